/**
 * Holds what a visitor does before reveal.js listens (it starts when the browser is first idle), so
 * that an early → or swipe is not lost: the first key or touch asks for reveal.js at once
 * (`onFirstInput`), and everything held is sent again, in order, once it has started.
 */
export function holdEarlyInput(deck: HTMLElement, onFirstInput: () => void) {
  const held: (KeyboardEvent | PointerEvent)[] = [];
  const hold = (event: KeyboardEvent | PointerEvent) => {
    held.push(event);
    if (held.length === 1) onFirstInput();
  };
  // A swipe is only complete with its start: a touch that reached reveal.js while the first ones were
  // still held would count from the wrong place, so touches are held (and kept from it) until replay.
  const holdTouch = (event: PointerEvent) => {
    if (event.pointerType !== "touch") return;
    event.stopPropagation();
    hold(event);
  };
  const stopHoldingKeys = () => document.removeEventListener("keydown", hold);
  const stopHoldingTouches = () => {
    for (const type of TOUCH_TYPES) deck.removeEventListener(type, holdTouch, true);
  };
  document.addEventListener("keydown", hold);
  for (const type of TOUCH_TYPES) deck.addEventListener(type, holdTouch, true);

  return {
    /** reveal.js is about to listen for keys: from here on they are its own. */
    releaseKeys: stopHoldingKeys,
    /** reveal.js listens: sends what was held again, where it happened, and stops holding. */
    replay: () => {
      stopHoldingKeys();
      stopHoldingTouches();
      for (const event of held.splice(0)) event.target?.dispatchEvent(copyOf(event));
    },
    /** Stops holding and forgets what was held (the deck is going away). */
    stop: () => {
      stopHoldingKeys();
      stopHoldingTouches();
      held.length = 0;
    },
  };
}

const TOUCH_TYPES = ["pointerdown", "pointermove", "pointerup", "pointercancel"] as const;

function copyOf(event: KeyboardEvent | PointerEvent): Event {
  const { shiftKey, ctrlKey, altKey, metaKey } = event;
  const common = { shiftKey, ctrlKey, altKey, metaKey, bubbles: true, cancelable: true, composed: true };
  if (event instanceof KeyboardEvent) {
    const { key, code, location, repeat } = event;
    // reveal.js reads the legacy keyCode, so the copy carries it too.
    return new KeyboardEvent(event.type, { ...common, key, code, keyCode: event.keyCode, location, repeat });
  }
  const { pointerId, pointerType, isPrimary, clientX, clientY, screenX, screenY, button, buttons } = event;
  return new PointerEvent(event.type, {
    ...common,
    pointerId,
    pointerType,
    isPrimary,
    clientX,
    clientY,
    screenX,
    screenY,
    button,
    buttons,
  });
}
