/**
 * Holds the keys pressed before reveal.js listens (it starts when the browser is first idle), so
 * that an early → is not lost: the first key asks for reveal.js at once (`onFirstKey`), and the
 * held keys are sent again, in order, once it has started.
 */
export function holdEarlyKeys(onFirstKey: () => void) {
  const held: KeyboardEvent[] = [];
  const hold = (event: KeyboardEvent) => {
    held.push(event);
    if (held.length === 1) onFirstKey();
  };
  document.addEventListener("keydown", hold);
  return {
    /** Stops holding keys: reveal.js's own listener takes them from here on. */
    stop: () => document.removeEventListener("keydown", hold),
    /** Sends the held keys again, where they were pressed, for reveal.js to handle. */
    replay: () => {
      for (const event of held.splice(0)) event.target?.dispatchEvent(copyOf(event));
    },
  };
}

function copyOf(event: KeyboardEvent): KeyboardEvent {
  const { key, code, location, repeat, shiftKey, ctrlKey, altKey, metaKey } = event;
  // reveal.js reads the legacy keyCode, so the copy carries it too.
  return new KeyboardEvent(event.type, {
    key,
    code,
    keyCode: event.keyCode,
    location,
    repeat,
    shiftKey,
    ctrlKey,
    altKey,
    metaKey,
    bubbles: true,
    cancelable: true,
  });
}
