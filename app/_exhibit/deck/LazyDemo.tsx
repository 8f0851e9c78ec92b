"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";

const placeholder = () => <p className="demo-loading">Loading the demo…</p>;

const DEMOS = {
  hash: dynamic(() => import("../demos/HashDemo.tsx").then((module) => module.HashDemo), {
    ssr: false,
    loading: placeholder,
  }),
  mining: dynamic(() => import("../demos/MiningDemo.tsx").then((module) => module.MiningDemo), {
    ssr: false,
    loading: placeholder,
  }),
  chain: dynamic(() => import("../demos/ChainDemo.tsx").then((module) => module.ChainDemo), {
    ssr: false,
    loading: placeholder,
  }),
  swarm: dynamic(() => import("../demos/SwarmDemo.tsx").then((module) => module.SwarmDemo), {
    ssr: false,
    loading: placeholder,
  }),
};

export type DemoName = keyof typeof DEMOS;

/**
 * A demo whose code loads only when its slide comes near: reveal.js displays the slides within a
 * couple of steps of the current one, and that is when the demo's chunk is fetched.
 */
export function LazyDemo({ name }: { name: DemoName }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const slide = anchor.current?.closest("section");
    if (!slide || near) return;
    const check = () => {
      const display = slide.style.display;
      if (display && display !== "none") setNear(true);
    };
    check();
    const observer = new MutationObserver(check);
    observer.observe(slide, { attributes: true, attributeFilter: ["style"] });
    return () => observer.disconnect();
  }, [near]);

  const Demo = DEMOS[name];
  return (
    <div ref={anchor} className="demo" data-demo={name}>
      {near ? <Demo /> : placeholder()}
    </div>
  );
}
