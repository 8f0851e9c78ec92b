export default function EmptyPage() {
  return (
    <main>
      <h1>An empty page</h1>
      <p>
        Served by the same Next.js as Wayfare, with no code of its own: what any App Router page pays before
        it does anything, and so the best score a page of this framework can get here.
      </p>
    </main>
  );
}
