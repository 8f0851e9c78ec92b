/** Resolves on a later task, letting the browser paint and handle input between chunks of work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds of work per chunk: short enough that typing and clicking stay smooth. */
export const SLICE_MS = 12;
