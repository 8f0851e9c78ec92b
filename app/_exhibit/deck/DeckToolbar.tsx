"use client";

import type { RevealApi } from "reveal.js";
import { useEffect, useState } from "react";

/** The overview button (top-right; the theme switch has the top-left corner). */
export function DeckToolbar({ deck }: { deck: RevealApi | undefined }) {
  const [overview, setOverview] = useState(false);

  useEffect(() => {
    if (!deck) return;
    const shown = () => setOverview(true);
    const hidden = () => setOverview(false);
    deck.on("overviewshown", shown);
    deck.on("overviewhidden", hidden);
    return () => {
      deck.off("overviewshown", shown);
      deck.off("overviewhidden", hidden);
    };
  }, [deck]);

  return (
    <button
      type="button"
      className="overview-toggle"
      aria-pressed={overview}
      aria-label="Overview of all slides"
      title="Overview of all slides (Esc)"
      disabled={!deck}
      onClick={() => deck?.toggleOverview()}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <g fill="currentColor">
          <rect x="3" y="3" width="7" height="7" rx="1.5" />
          <rect x="14" y="3" width="7" height="7" rx="1.5" />
          <rect x="3" y="14" width="7" height="7" rx="1.5" />
          <rect x="14" y="14" width="7" height="7" rx="1.5" />
        </g>
      </svg>
    </button>
  );
}
