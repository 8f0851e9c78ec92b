/** What a lab section shows when Wayfare's contracts are not on this network. */
export function NotDeployed({ what = "Wayfare's contracts" }: { what?: string }) {
  return (
    <p className="muted">
      {what} are not deployed on this network yet, so this part cannot run: see the banner at the top for what
      to do.
    </p>
  );
}
