"use client";

import type { RevealApi, RevealConfig } from "reveal.js";
import { type ReactNode, useEffect, useRef, useState } from "react";

import { counterText } from "../counter.ts";
import { DeckToolbar } from "./DeckToolbar.tsx";
import { holdEarlyInput } from "./early-input.ts";

/** Keys that activate a focused control: the control gets them, not the slide navigation. */
const ACTIVATION_KEYS = new Set([" ", "Enter"]);
const CONTROL_SELECTOR = "button, a[href], summary, select, [role='button']";

function deckConfig(deck: () => RevealApi | undefined, reducedMotion: boolean): RevealConfig {
  return {
    // Slides are laid out by CSS at the viewport's own size (no scaling), so text stays readable on
    // a phone and the server-rendered first slide does not move when reveal.js takes over.
    width: "100%",
    height: "100%",
    margin: 0,
    minScale: 1,
    maxScale: 1,
    center: false,
    display: "flex",
    // Reveal switches narrow screens to a scrolling view by default; the exhibit swipes instead.
    scrollActivationWidth: 0,
    // A named deep link per slide (#/history-usenet), and one history entry per slide.
    hash: true,
    history: true,
    controls: true,
    controlsTutorial: true,
    controlsBackArrows: "faded",
    progress: true,
    slideNumber: (slide: HTMLElement) => [slideCounter(deck(), slide)] as unknown as [string, string, string],
    showSlideNumber: "all",
    overview: true,
    touch: true,
    keyboardCondition: (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      return !(ACTIVATION_KEYS.has(event.key) && target?.closest(CONTROL_SELECTOR));
    },
    transition: reducedMotion ? "none" : "slide",
    backgroundTransition: "none",
    fragments: false,
    viewDistance: 2,
    mobileViewDistance: 2,
    hideInactiveCursor: false,
    postMessage: false,
    previewLinks: false,
  };
}

function slideCounter(deck: RevealApi | undefined, slide: HTMLElement): string {
  if (!deck || !slide) return "";
  const { h, v } = deck.getIndices(slide);
  const topics = deck.getHorizontalSlides();
  const slides = topics[h]?.querySelectorAll(":scope > section").length || 1;
  return counterText({ topic: h, topics: topics.length, slide: v ?? 0, slides });
}

/** Runs `start` when the browser is first idle (1.5 s at most); returns what cancels it. */
function whenIdle(start: () => void): () => void {
  if (typeof requestIdleCallback !== "function") {
    const timer = setTimeout(start, 200);
    return () => clearTimeout(timer);
  }
  const request = requestIdleCallback(start, { timeout: 1500 });
  return () => cancelIdleCallback(request);
}

/**
 * The exhibit's slide deck: reveal.js over server-rendered slides. Reveal is loaded after the first
 * paint, when the browser is idle (the first slide is visible without it), so the page's first-load
 * JavaScript stays small and its start does not delay that paint.
 */
export function Deck({ children }: { children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [deck, setDeck] = useState<RevealApi>();

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let instance: RevealApi | undefined;
    let cancelled = false;
    let started = false;
    let cancelIdleStart = () => {};
    const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
    const start = async () => {
      if (started) return;
      started = true;
      cancelIdleStart();
      const { default: Reveal } = await import("reveal.js");
      if (cancelled) return;
      // Without a background colour of its own, reveal.js reads each slide's computed style to pick
      // a contrast class, forcing a style recalculation per slide (80 of them) as it starts. A
      // transparent colour lets the theme's background show and skips those reads.
      for (const section of element.querySelectorAll("section")) {
        section.dataset.backgroundColor ??= "rgba(0, 0, 0, 0)";
      }
      instance = new Reveal(
        element,
        deckConfig(() => instance, reducedMotion),
      );
      // reveal.js listens for keys from here on; what was held until now follows once it has started.
      earlyInput.releaseKeys();
      await instance.initialize();
      if (cancelled) return;
      earlyInput.replay();
      setDeck(instance);
    };
    // Starting reveal.js is one long task (layout passes over every slide): run before the first
    // paint, it held the first slide back on a phone, and that slide reads well without it. A URL
    // that names a slide needs it at once: only reveal.js can show that slide; so do a key and a touch.
    const earlyInput = holdEarlyInput(element, () => void start());
    if (location.hash.length > 2) void start();
    else cancelIdleStart = whenIdle(() => void start());
    return () => {
      cancelled = true;
      cancelIdleStart();
      earlyInput.stop();
      instance?.destroy();
    };
  }, []);

  return (
    <main className="exhibit" aria-label="Peer-to-peer networking: an interactive exhibit">
      <div className="reveal" ref={root}>
        <div className="slides">{children}</div>
      </div>
      <DeckToolbar deck={deck} />
    </main>
  );
}
