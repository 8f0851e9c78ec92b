import { type ReactNode, Suspense } from "react";

/**
 * One topic: a horizontal slide whose sub-slides stack vertically. Each topic is a Suspense boundary,
 * so React hydrates the topics after the page's shell in short slices it can interrupt, instead of
 * one long task over all 80 slides while the visitor waits to navigate.
 *
 * reveal.js gives every section its classes, style and ARIA state, and may do so before React has
 * hydrated the topic (a deep link starts it at once): the sections' attributes are reveal's, so
 * React is told not to report them (`suppressHydrationWarning` covers the element's own attributes).
 */
export function Topic({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Suspense>
      <section data-topic={title} suppressHydrationWarning>
        {children}
      </section>
    </Suspense>
  );
}

/**
 * One slide. `id` is its deep link (`/#/<id>`). The topic's first slide carries the topic title as
 * its heading (`h2`); later slides show the topic as an eyebrow above their own `h3`.
 */
export function Slide({
  id,
  topic,
  title,
  children,
  className,
}: {
  id: string;
  /** The topic's name, shown above the heading of later slides. */
  topic?: string;
  title: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  return (
    // Its attributes are reveal.js's once it starts: see Topic.
    <section id={id} className={className} suppressHydrationWarning>
      {topic ? (
        <>
          <p className="eyebrow">{topic}</p>
          <h3>{title}</h3>
        </>
      ) : (
        <h2>{title}</h2>
      )}
      {children}
    </section>
  );
}

/** A link into one of Wayfare's labs (a full page load: the labs bring their own wallet code). */
export function LabLink({ href, children }: { href: `/labs/${string}`; children: ReactNode }) {
  return (
    <p className="lab-link">
      <a href={href}>
        {children} <span aria-hidden="true">→</span>
      </a>
    </p>
  );
}

/** A link to another slide of the exhibit, by its id. */
export function SlideLink({ to, children }: { to: string; children: ReactNode }) {
  return <a href={`#/${to}`}>{children}</a>;
}

/** A dated note on a fact that has changed since the original exhibit was written. */
export function Update({ children }: { children: ReactNode }) {
  return (
    <p className="update">
      <strong>Update: </strong>
      {children}
    </p>
  );
}
