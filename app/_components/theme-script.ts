/** Storage key of the visitor's chosen theme ("light" | "dark"). */
export const THEME_STORAGE_KEY = "wayfare-theme";

/**
 * Runs before the first paint (inlined in <head>) so the page never flashes the wrong theme: the
 * remembered choice wins, otherwise the system's `prefers-color-scheme`.
 */
export const themeBootScript = `(() => {
  try {
    const saved = localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});
    const theme = saved === "light" || saved === "dark"
      ? saved
      : matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    document.documentElement.dataset.theme = theme;
  } catch {
    document.documentElement.dataset.theme = "light";
  }
})();`;
