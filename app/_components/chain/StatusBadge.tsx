/** A receipt's outcome as a badge. */
export function StatusBadge({ status }: { status: "success" | "reverted" | "pending" }) {
  if (status === "success") return <span className="badge success">success</span>;
  if (status === "reverted") return <span className="badge danger">reverted</span>;
  return <span className="badge warning">pending</span>;
}
