// Servers and commands the bench starts run in their own process groups, so Ctrl-C on the bench does
// not reach them: every one is registered here and stopped (by its group) if the bench is interrupted.
const running = new Set<() => Promise<void>>();

/** Registers `stop` until the returned function is called (when the process is stopped normally). */
export function track(stop: () => Promise<void>): () => void {
  running.add(stop);
  return () => {
    running.delete(stop);
  };
}

/** On Ctrl-C or SIGTERM: stop everything still registered, then exit. */
export function stopAllOnInterrupt(): void {
  const interrupt = () => {
    void Promise.allSettled([...running].map((stop) => stop())).then(() => process.exit(130));
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
}
