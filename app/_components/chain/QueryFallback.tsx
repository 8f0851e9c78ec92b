import type { ReactNode } from "react";

/**
 * What a detail page shows while its query has no data: the node's silence, loading, or `missing`
 * when the chain has no such thing (the query resolved to `null`).
 */
export function QueryFallback({
  heading,
  query,
  subject,
  missing,
}: {
  heading: ReactNode;
  query: { isError: boolean; data: unknown };
  subject: string;
  missing: ReactNode;
}) {
  let body = missing;
  if (query.isError) body = <p className="error">Could not read {subject}: the node did not answer.</p>;
  else if (query.data === undefined) body = <p className="muted">Loading…</p>;
  return (
    <>
      {heading}
      {body}
    </>
  );
}
