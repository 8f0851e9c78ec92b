// The Debian Chromium that browser tests, screenshots and Lighthouse drive, and the flags that keep
// it offline, headless and quiet (no sandbox: it runs as root in containers).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
