"use client";

import { useNow } from "../../_hooks/useNow.ts";
import { formatAge, formatTimestamp } from "../../_lib/format.ts";

/** "12 s ago", with the exact UTC time on hover and for screen readers in the <time> element. */
export function Age({ timestamp }: { timestamp: bigint }) {
  const now = useNow();
  const iso = new Date(Number(timestamp) * 1000).toISOString();
  return (
    <time dateTime={iso} title={formatTimestamp(timestamp)}>
      {now === null ? formatTimestamp(timestamp) : formatAge(now - Number(timestamp))}
    </time>
  );
}
