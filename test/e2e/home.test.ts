import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { openPage, sharedApp } from "./harness.ts";

describe("home page", () => {
  it("renders without console errors and the theme switch is remembered", async () => {
    const app = await sharedApp();
    const { page, errors } = await openPage({ colorScheme: "dark" });
    await page.goto(app.url);
    assert.equal(await page.getAttribute("html", "data-theme"), "dark");
    await page.getByRole("button", { name: "Switch to light theme" }).click();
    assert.equal(await page.getAttribute("html", "data-theme"), "light");
    await page.reload();
    assert.equal(await page.getAttribute("html", "data-theme"), "light");
    assert.deepEqual(errors, []);
  });
});
