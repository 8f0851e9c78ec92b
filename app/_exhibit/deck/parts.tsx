import type { ReactNode } from "react";

/** One topic: a horizontal slide whose sub-slides stack vertically. */
export function Topic({ title, children }: { title: string; children: ReactNode }) {
  return <section data-topic={title}>{children}</section>;
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
    <section id={id} className={className}>
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
