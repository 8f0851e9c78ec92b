import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { openPage, sharedStack } from "./harness.ts";
import { TEST_WALLET_NAME, injectTestWallet } from "./test-wallet.ts";

const TOURIST = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const TIMEOUT = { timeout: 90_000 };

/** The console page, with the test wallet injected when `walletChainId` is given. */
async function openConsole(walletChainId?: number) {
  const { app, node } = await sharedStack();
  const opened = await openPage();
  if (walletChainId !== undefined) {
    await injectTestWallet(opened.page, { rpcUrl: node.url, account: TOURIST, chainId: walletChainId });
  }
  await opened.page.goto(`${app.url}/console`);
  return opened;
}

describe("wallet connection", () => {
  it("connects an injected EIP-6963 wallet by name and stays connected after a reload", TIMEOUT, async () => {
    const { page, errors } = await openConsole(31337);
    await page.getByRole("button", { name: "Connect wallet" }).click();
    const dialog = page.getByRole("dialog", { name: "Connect a wallet" });
    await dialog.getByRole("button", { name: TEST_WALLET_NAME }).click();
    const account = page.getByRole("button", { name: /Account Tourist 0x7099/ });
    await account.waitFor();
    await page.reload();
    await account.waitFor();
    assert.equal(await page.getByRole("button", { name: "Connect wallet" }).count(), 0);
    assert.deepEqual(errors, []);
  });

  it(
    "offers the dev wallet when there is no browser wallet, by account name, and switches account",
    TIMEOUT,
    async () => {
      const { page, errors } = await openConsole();
      await page.getByRole("button", { name: "Connect wallet" }).click();
      const dialog = page.getByRole("dialog", { name: "Connect a wallet" });
      await dialog.getByText("No wallet found in this browser").waitFor();
      assert.match((await dialog.textContent()) ?? "", /test only/i);
      await dialog.getByLabel("Act as").selectOption("Hotel");
      await dialog.getByRole("button", { name: "Use the dev wallet" }).click();
      await page.getByRole("button", { name: /Account Hotel 0x3C44/ }).click();

      const account = page.getByRole("dialog", { name: "Connected as Hotel" });
      await account.getByLabel("Act as").selectOption("Café");
      await page.getByRole("dialog", { name: "Connected as Café" }).waitFor();
      await page.getByRole("button", { name: "Close" }).click();
      await page.getByRole("button", { name: /Account Café 0x15d3/ }).waitFor();
      assert.deepEqual(errors, []);
    },
  );

  it(
    "gives test ETH from the faucet and shows the confirmed transaction with its fees",
    TIMEOUT,
    async () => {
      const { page } = await openConsole();
      await page.getByRole("button", { name: "Connect wallet" }).click();
      await page.getByRole("button", { name: "Use the dev wallet" }).click();
      await page.getByRole("button", { name: /Account Tourist/ }).click();
      const dialog = page.getByRole("dialog", { name: "Connected as Tourist" });
      await dialog.getByRole("button", { name: "Get 10 test ETH" }).click();
      const status = dialog.locator('[data-phase="confirmed"]');
      await status.waitFor();
      const text = (await status.textContent()) ?? "";
      assert.match(text, /Confirmed in block #\d+/);
      assert.match(text, /Gas used21,000/);
      assert.match(text, /ETH burned \+ .* ETH tip/);
    },
  );

  it("tells a wallet on the wrong network to switch, adds Wayfare Local and switches", TIMEOUT, async () => {
    const { page, errors } = await openConsole(1);
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("button", { name: TEST_WALLET_NAME }).click();
    const banner = page.locator('[data-banner="wrong-network"]');
    await banner.waitFor();
    assert.match((await banner.textContent()) ?? "", /on another network \(chain 1\)/);
    await banner.getByRole("button", { name: "Switch to Wayfare Local" }).click();
    await banner.waitFor({ state: "detached" });

    const wallet = await page.evaluate(() => {
      const { testWallet } = window as unknown as {
        testWallet: { chainId: number; requests: { method: string; params: unknown }[] };
      };
      return { chainId: testWallet.chainId, requests: testWallet.requests };
    });
    assert.equal(wallet.chainId, 31337);
    const added = wallet.requests.find((request) => request.method === "wallet_addEthereumChain");
    const [chain] = added?.params as { chainId: string; chainName: string; rpcUrls: string[] }[];
    assert.equal(chain.chainId, "0x7a69");
    assert.equal(chain.chainName, "Wayfare Local");
    assert.deepEqual(chain.rpcUrls, [(await sharedStack()).node.url]);
    assert.deepEqual(errors, []);
  });

  it(
    "connects the dev wallet with the keyboard alone, with a visible focus ring at every stop",
    TIMEOUT,
    async () => {
      const { page } = await openConsole();
      const focused = () =>
        page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          return {
            text: element.textContent?.trim() ?? "",
            inDialog: Boolean(element.closest("dialog[open]")),
            outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
          };
        });
      const tabTo = async (label: string) => {
        for (let presses = 0; presses < 40; presses++) {
          await page.keyboard.press("Tab");
          const now = await focused();
          assert.ok(now.outline, `"${now.text}" has no visible focus ring`);
          if (now.text === label) return now;
        }
        assert.fail(`Tab never reached "${label}"`);
      };
      await tabTo("Connect wallet");
      await page.keyboard.press("Enter");
      const choice = await tabTo("Use the dev wallet");
      assert.ok(choice.inDialog, "focus stays inside the open dialog");
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: /Account Tourist/ }).waitFor();
    },
  );
});
