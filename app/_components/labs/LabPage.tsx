import Link from "next/link";
import type { ReactNode } from "react";

export interface LabTopic {
  /** The exhibit slide this lab belongs to, e.g. "gas" for `/#/gas`. */
  slide: string;
  title: string;
}

/**
 * The frame of every lab: what the visitor will see, the lab's sections, the goals checklist at the
 * end, and the way back to the exhibit topic it comes from.
 */
export function LabPage({
  title,
  lede,
  topic,
  willSee,
  goals,
  children,
}: {
  title: string;
  lede: ReactNode;
  topic: LabTopic;
  willSee: ReactNode[];
  goals: ReactNode;
  children: ReactNode;
}) {
  // A full page load: the exhibit is its own route group without the dApp's wallet code.
  const backToTopic = (
    <a href={`/#/${topic.slide}`} className="lab-topic-link">
      <span aria-hidden="true">←</span> Exhibit: {topic.title}
    </a>
  );
  return (
    <article className="lab">
      <header className="lab-header">
        <p className="lab-breadcrumbs">
          <Link href="/labs">Labs</Link> {backToTopic}
        </p>
        <h1>{title}</h1>
        <p className="lede">{lede}</p>
      </header>
      <section className="lab-section will-see" aria-labelledby="will-see">
        <h2 id="will-see">What you will see</h2>
        <ul>
          {willSee.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      </section>
      {children}
      {goals}
      <footer className="lab-footer">
        <p>Read about it in the exhibit: {backToTopic}</p>
      </footer>
    </article>
  );
}

/** One part of a lab, with its heading. */
export function LabSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="lab-section" aria-labelledby={id} id={`${id}-section`}>
      <h2 id={id}>{title}</h2>
      {intro ? <p className="lab-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
