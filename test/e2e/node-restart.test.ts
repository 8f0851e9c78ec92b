import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { openPage, redeploy, restartChain, sharedStack, stopChain } from "./harness.ts";

describe("chain restarts", () => {
  it(
    "says the node is down, then that the contracts are missing, and recovers once redeployed",
    { timeout: 180_000 },
    async () => {
      const { app } = await sharedStack();
      const { page, errors } = await openPage();
      await page.goto(`${app.url}/console?contract=TripToken`);
      const symbol = page.locator('[data-value="symbol"]').getByText('"TRIP"');
      await symbol.waitFor();

      await stopChain();
      const down = page.locator('[data-banner="node-down"]');
      await down.waitFor({ timeout: 15_000 });
      assert.match(
        (await down.textContent()) ?? "",
        /Nothing answers at http:\/\/127\.0\.0\.1:\d+\. Start it with npm start/,
      );

      await restartChain({ deploy: false });
      const missing = page.locator('[data-banner="contracts-missing"]');
      await missing.waitFor({ timeout: 15_000 });
      assert.match((await missing.textContent()) ?? "", /npm run deploy -- --network localhost/);
      assert.equal(await down.count(), 0);

      await redeploy();
      await missing.waitFor({ state: "detached", timeout: 15_000 });
      await symbol.waitFor();
      // Failed polls while the node was down are expected network errors, not page errors.
      assert.deepEqual(
        errors.filter((error) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(error)),
        [],
      );
    },
  );
});
