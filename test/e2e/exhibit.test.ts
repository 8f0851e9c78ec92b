// The exhibit at `/`: navigation (keys, on-screen controls, swipe), deep links and history, the
// theme, every topic of the original, the demos, and a phone-sized layout without overflow.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { keccak256, stringToBytes } from "viem";

import { type PageOptions, eventually, openPage, settled, sharedApp } from "./harness.ts";

/** Topic titles of the original exhibit, in its order (with the headings of its picture slide and of the blockchain's parts). */
const SOURCE_TITLES = [
  "Peer-to-Peer Networking",
  "What are Peer-to-Peer Networks?",
  "Side-by-Side",
  "History",
  "Peer-to-Peer Networking Today",
  "BitTorrent",
  "Blockchain",
  "Blocks",
  "Nodes",
  "Verifiers",
  "Proof of Work (PoW)",
  "Proof of Stake (PoS)",
  "Digital Currencies",
  "Smart Contracts",
  "Smart Tourism",
  "Future",
  "Strengths of Peer-to-Peer Networks",
  "Weaknesses of Peer-to-Peer Networks",
  "Opportunities for Peer-to-Peer Networks",
  "Threats to Peer-to-Peer Networks",
  "Taking advantage of Peer-to-Peer Networks",
  "Thank you!",
  "Sources",
];
/** The topic slides the labs link back to, and the lab each one links into. */
const LAB_TOPICS = {
  gas: "/labs/gas",
  pay: "/labs/pay",
  save: "/labs/save",
  tickets: "/labs/tickets",
  auction: "/labs/auction",
};
const TOPIC_COUNT = 21;
const LAST_SLIDE = "sources";

async function open(hash = "", options: PageOptions = {}) {
  const app = await sharedApp();
  const opened = await openPage(options);
  await opened.page.goto(`${app.url}/${hash}`);
  await opened.page.waitForSelector(".reveal.ready");
  return { ...opened, app };
}

/**
 * Opens `/` in a browser that is never idle, so reveal.js has not started (only input can start it).
 * The deck asks for idle time right after it starts holding input: that is when a test may act.
 */
async function openBeforeDeckStarts(options: PageOptions = {}) {
  const app = await sharedApp();
  const opened = await openPage(options);
  await opened.page.addInitScript(() => {
    window.requestIdleCallback = () => {
      Object.assign(window, { deckAskedForIdle: true });
      return 0;
    };
  });
  await opened.page.goto(`${app.url}/`);
  await opened.page.waitForFunction(() => "deckAskedForIdle" in window);
  await eventually(() => opened.page.locator("h1").innerText(), "Peer-to-Peer Networking");
  assert.equal(await opened.page.locator(".reveal.ready").count(), 0);
  return opened;
}

/** The id of the slide on screen. */
function currentSlide(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector(".slides > section.present > section.present")?.id);
}

async function expectSlide(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector(".slides > section.present > section.present")?.id === expected,
    id,
  );
  await page.waitForFunction((expected) => location.hash === `#/${expected}`, id);
}

function counter(page: Page): Promise<string> {
  return page.locator(".reveal .slide-number").innerText();
}

/** The present slide's headings and whether its content fits inside it. */
function inspectSlide(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector(".slides > section.present > section.present") as HTMLElement;
    return {
      id: slide.id,
      headings: [...slide.querySelectorAll("h1, h2, h3")].map((heading) => heading.textContent?.trim() ?? ""),
      loading: slide.querySelector(".demo-loading") !== null,
      overflowX: slide.scrollWidth - slide.clientWidth,
      overflowY: slide.scrollHeight - slide.clientHeight,
      pageOverflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

/** A touch screen for `page`, driven through the returned DevTools session. */
async function touchScreen(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
  return cdp;
}

async function swipe(cdp: CDPSession, from: { x: number; y: number }, to: { x: number; y: number }) {
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [from] });
  for (let i = 1; i <= 6; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / 6, y: from.y + ((to.y - from.y) * i) / 6 };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

describe("exhibit", () => {
  it("opens on the title slide and navigates right and down by keyboard, with counter and URL following", async () => {
    const { page, errors } = await open();
    await eventually(() => currentSlide(page), "welcome");
    await eventually(() => page.locator("h1").innerText(), "Peer-to-Peer Networking");
    await eventually(() => counter(page), `Topic 1 of ${TOPIC_COUNT}`);

    await page.keyboard.press("ArrowRight");
    await expectSlide(page, "what-is-p2p");
    await eventually(() => counter(page), `Topic 2 of ${TOPIC_COUNT} · 1 of 4`);

    await page.keyboard.press("ArrowDown");
    await expectSlide(page, "hybrid-and-pure");
    await eventually(() => counter(page), `Topic 2 of ${TOPIC_COUNT} · 2 of 4`);

    await page.keyboard.press("ArrowUp");
    await expectSlide(page, "what-is-p2p");
    await page.keyboard.press("ArrowLeft");
    await expectSlide(page, "welcome");
    assert.deepEqual(errors, []);
  });

  it("starts the deck at the first key pressed before the browser is idle, and handles that key", async () => {
    const { page, errors } = await openBeforeDeckStarts();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    await expectSlide(page, "hybrid-and-pure");
    await eventually(() => counter(page), `Topic 2 of ${TOPIC_COUNT} · 2 of 4`);
    assert.deepEqual(errors, []);
  });

  it("starts the deck at the first swipe on a phone before the browser is idle, and follows that swipe", async () => {
    const { context, page, errors } = await openBeforeDeckStarts({ width: 360, height: 640 });
    const cdp = await touchScreen(context, page);
    await swipe(cdp, { x: 300, y: 300 }, { x: 60, y: 300 });
    await expectSlide(page, "what-is-p2p");
    await eventually(() => counter(page), `Topic 2 of ${TOPIC_COUNT} · 1 of 4`);
    assert.deepEqual(errors, []);
  });

  it("navigates by the on-screen controls and shows an overview", async () => {
    const { page, errors } = await open();
    await page.getByRole("button", { name: "next slide" }).click();
    await expectSlide(page, "what-is-p2p");
    await page.getByRole("button", { name: "below slide" }).click();
    await expectSlide(page, "hybrid-and-pure");
    await page.getByRole("button", { name: "below slide" }).click();
    await expectSlide(page, "client-server");
    await page.getByRole("button", { name: "above slide" }).click();
    await expectSlide(page, "hybrid-and-pure");
    await page.getByRole("button", { name: "previous slide" }).click();
    await expectSlide(page, "welcome");

    const overview = page.getByRole("button", { name: "Overview of all slides" });
    await overview.click();
    await page.waitForSelector(".reveal.overview");
    await eventually(() => overview.getAttribute("aria-pressed"), "true");
    await page.keyboard.press("Escape");
    await page.waitForSelector(".reveal:not(.overview)");
    await eventually(() => overview.getAttribute("aria-pressed"), "false");
    assert.deepEqual(errors, []);
  });

  it("reloads a deep link on the same slide, and back and forward walk the slides", async () => {
    const { page, errors } = await open("#/history-napster");
    await expectSlide(page, "history-napster");
    await eventually(() => counter(page), `Topic 3 of ${TOPIC_COUNT} · 11 of 11`);
    await page.reload();
    await page.waitForSelector(".reveal.ready");
    await expectSlide(page, "history-napster");

    await page.keyboard.press("ArrowRight");
    await expectSlide(page, "today");
    await page.keyboard.press("ArrowRight");
    await expectSlide(page, "bittorrent");
    await page.goBack();
    await expectSlide(page, "today");
    await page.goBack();
    await expectSlide(page, "history-napster");
    await page.goForward();
    await expectSlide(page, "today");
    assert.deepEqual(errors, []);
  });

  it("switches the theme, restyles the deck and remembers the choice", async () => {
    const { page, errors } = await open("", { colorScheme: "dark" });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await eventually(() => page.getAttribute("html", "data-theme"), "dark");
    await eventually(() => background(), "rgb(20, 23, 28)");
    await page.getByRole("button", { name: "Switch to light theme" }).click();
    await eventually(() => page.getAttribute("html", "data-theme"), "light");
    await eventually(() => background(), "rgb(247, 245, 240)");
    await page.reload();
    await page.waitForSelector(".reveal.ready");
    await eventually(() => page.getAttribute("html", "data-theme"), "light");
    assert.deepEqual(errors, []);
  });

  it("walks the whole deck and finds every topic of the original, in order, and every lab link", async () => {
    const { page, errors } = await open();
    const headings: string[] = [];
    const visited: string[] = [];
    for (;;) {
      const slide = await inspectSlide(page);
      visited.push(slide.id);
      headings.push(...slide.headings);
      if (slide.id === LAST_SLIDE) break;
      assert.ok(visited.length < 200, "the walk never reached the last slide");
      await page.keyboard.press("n");
      await page.waitForFunction(
        (previous) => document.querySelector(".slides > section.present > section.present")?.id !== previous,
        slide.id,
      );
    }
    const slideCount = await page.locator(".slides > section > section").count();
    assert.equal(new Set(visited).size, slideCount, "every slide is visited once");

    let from = 0;
    for (const title of SOURCE_TITLES) {
      const index = headings.indexOf(title, from);
      assert.ok(index >= 0, `"${title}" appears after "${headings[from - 1]}"`);
      from = index + 1;
    }

    for (const [topic, lab] of Object.entries(LAB_TOPICS)) {
      assert.ok(visited.includes(topic), `#/${topic} is a slide`);
      // The topic's last slide links into its lab.
      const topicSlides = page.locator(`.slides > section:has(> section#${topic}) > section`);
      const last = topicSlides.last();
      assert.equal(await last.locator(`a[href="${lab}"]`).count(), 1, `${topic} ends with a link to ${lab}`);
    }
    assert.deepEqual(errors, []);
  });

  it("hashes typed text with Keccak-256 as you type", async () => {
    const { page, errors } = await open("#/hash-demo");
    const input = page.getByLabel("Text to hash");
    const hash = page.getByTestId("hash");
    await input.fill("Hello, Wayfare");
    const first = keccak256(stringToBytes("Hello, Wayfare"));
    assert.equal(
      await settled(
        () => hash.innerText(),
        (text) => text === first,
      ),
      first,
    );
    await input.press("!");
    const second = keccak256(stringToBytes("Hello, Wayfare!"));
    assert.equal(
      await settled(
        () => hash.innerText(),
        (text) => text === second,
      ),
      second,
    );
    await eventually(() => page.locator(".demo-status").innerText(), /changed \d+ of the 64 digits/);
    assert.deepEqual(errors, []);
  });

  it("mines a nonce whose hash meets the chosen difficulty", async () => {
    const { page, errors } = await open("#/mining-demo");
    await page.getByLabel("Block data").fill("Bo pays Cy 2 TRIP");
    const difficulty = page.getByRole("slider");
    await difficulty.focus();
    await difficulty.press("ArrowLeft");
    assert.equal(
      await settled(
        () => difficulty.inputValue(),
        (value) => value === "2",
      ),
      "2",
    );
    await expectSlide(page, "mining-demo");
    await page.getByRole("button", { name: "Mine" }).click();
    const result = page.getByTestId("mined-hash");
    await result.waitFor();
    const nonce = Number(await result.getAttribute("data-nonce"));
    const expected = keccak256(stringToBytes(`Bo pays Cy 2 TRIP#${nonce}`));
    await eventually(() => result.innerText(), expected);
    assert.ok(expected.startsWith("0x00"), expected);
    await eventually(() => page.getByTestId("mining-status").innerText(), /^Found nonce/);
    assert.deepEqual(errors, []);
  });

  it("breaks the links after a tampered block until each following block is re-mined", async () => {
    const { page, errors } = await open("#/chain-demo");
    const state = (n: number) => page.getByTestId(`block-${n}`).getAttribute("data-state");
    const link = (n: number) => page.getByTestId(`link-${n}`).innerText();
    const status = page.getByTestId("chain-status");
    await eventually(() => status.innerText(), /Chain verified/);
    await page.getByLabel("Block 2", { exact: true }).fill("Ada pays Bo 500 TRIP");
    assert.equal(
      await settled(
        () => state(2),
        (value) => value === "broken",
      ),
      "broken",
    );
    await eventually(() => link(3), /broken/);
    await eventually(() => state(3), "broken", "its link to block 2 is broken");
    await eventually(() => state(4), "unverified", "intact itself, but it builds on a broken block");
    await eventually(() => status.innerText(), /Chain broken at block 2/);

    await page.getByRole("button", { name: "Mine block 2" }).click();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=block-2]")?.getAttribute("data-state") === "valid",
    );
    await eventually(() => link(3), /broken/, "block 3 still records the old hash of block 2");
    await settled(
      () => status.innerText(),
      (text) => /block 3/.test(text),
    );
    await eventually(() => status.innerText(), /Chain broken at block 3/);

    await page.getByRole("button", { name: "Mine block 3" }).click();
    await page.waitForFunction(
      () => document.querySelector("[data-testid=block-3]")?.getAttribute("data-state") === "valid",
    );
    await eventually(() => link(4), /broken/, "re-mining block 3 changed its hash in turn");

    await page.getByRole("button", { name: "Mine block 4" }).click();
    await page.waitForFunction(() =>
      /Chain verified/.test(document.querySelector("[data-testid=chain-status]")?.textContent ?? ""),
    );
    assert.deepEqual(errors, []);
  });

  it("completes the swarm's download after the first seeder leaves, and reports a lost piece", async () => {
    const { page, errors } = await open("#/swarm-demo");
    const status = page.getByTestId("swarm-status");
    // Keyboard: Space on a focused demo button presses it instead of turning the slide.
    await page.getByRole("button", { name: "Step" }).focus();
    await page.keyboard.press(" ");
    await settled(
      () => status.innerText(),
      (text) => text.startsWith("Tick 1:"),
    );
    await expectSlide(page, "swarm-demo");
    for (let tick = 2; !/Every piece has spread/.test(await status.innerText()); tick++) {
      assert.ok(tick < 50, "the pieces never spread");
      await page.getByRole("button", { name: "Step" }).click();
      await settled(
        () => status.innerText(),
        (text) => text.startsWith(`Tick ${tick}:`),
      );
    }
    await page.getByRole("button", { name: /^Remove Sam \(first seeder/ }).click();
    assert.match(
      await settled(
        () => status.innerText(),
        (text) => /Sam left/.test(text),
      ),
      /Sam left; no piece was lost/,
    );
    await page.getByRole("button", { name: "Play" }).click();
    await page.waitForSelector("[data-testid=swarm-status][data-outcome=complete]", { timeout: 30_000 });
    await eventually(() => status.innerText(), /Complete: all 7 peers have the whole file/);

    await page.getByRole("button", { name: "Reset" }).click();
    await settled(
      () => status.innerText(),
      (text) => text.startsWith("Tick 0:"),
    );
    await page.getByRole("button", { name: "Step" }).click();
    await settled(
      () => status.innerText(),
      (text) => text.startsWith("Tick 1:"),
    );
    await page.getByRole("button", { name: /^Remove Sam \(first seeder/ }).click();
    assert.match(
      await settled(
        () => status.innerText(),
        (text) => /Sam left/.test(text),
      ),
      /Sam left with the last copy of piece .*: lost/,
    );
    await page.getByRole("button", { name: "Play" }).click();
    await page.waitForSelector("[data-testid=swarm-status][data-outcome=stalled]", { timeout: 30_000 });
    await eventually(() => status.innerText(), /Stalled: piece .* is lost/);
    assert.deepEqual(errors, []);
  });

  it("swipes between slides on a 360 px phone, and no slide overflows", async () => {
    const { context, page, errors } = await open("", { width: 360, height: 640 });
    const cdp = await touchScreen(context, page);
    await swipe(cdp, { x: 300, y: 300 }, { x: 60, y: 300 });
    await expectSlide(page, "what-is-p2p");
    await swipe(cdp, { x: 180, y: 480 }, { x: 180, y: 180 });
    await expectSlide(page, "hybrid-and-pure");
    await swipe(cdp, { x: 180, y: 180 }, { x: 180, y: 480 });
    await expectSlide(page, "what-is-p2p");
    await swipe(cdp, { x: 60, y: 300 }, { x: 300, y: 300 });
    await expectSlide(page, "welcome");

    const overflowing: string[] = [];
    for (;;) {
      await page.waitForFunction(
        () => !document.querySelector(".slides > section.present > section.present .demo-loading"),
      );
      const slide = await inspectSlide(page);
      if (slide.overflowX > 0 || slide.overflowY > 0 || slide.pageOverflowX > 0) {
        overflowing.push(`${slide.id} (${slide.overflowX} px wide, ${slide.overflowY} px tall)`);
      }
      if (slide.id === LAST_SLIDE) break;
      await page.keyboard.press("n");
      await page.waitForFunction(
        (previous) => document.querySelector(".slides > section.present > section.present")?.id !== previous,
        slide.id,
      );
    }
    assert.deepEqual(overflowing, []);
    assert.deepEqual(errors, []);
  });
});
