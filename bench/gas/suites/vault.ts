// The savings vault beside plain OpenZeppelin and Solady ERC-4626 vaults over the same TRIP token.
import { encodeAbiParameters } from "viem";

import type { Contract } from "../harness.ts";
import type { Implementation } from "../operations.ts";
import { type SuiteContext, scenario } from "../recorder.ts";
import { type Fund, UNIT, trip, tripFunding } from "./funding.ts";

const ERC4626_IDS = [
  "vault.deposit.first",
  "vault.deposit.newDepositor",
  "vault.deposit.again",
  "vault.withdraw.partial",
  "vault.redeem.all",
] as const;
/** Wayfare-only ways of saving, compared with the reference's plain deposit by a new depositor. */
const LOCK_IDS = ["vault.depositWithLock", "vault.saveByTransferAndCall"] as const;

const BALANCE = 1_000n * UNIT;
const AMOUNT = 100n * UNIT;
/** Savers lock until a fixed date (2100-01-01 UTC), so the calldata is the same on every run. */
const UNLOCK_TIME = 4_102_444_800n;

export async function vaultSuite(context: SuiteContext): Promise<void> {
  const { env, wayfare, recorder } = context;
  if (!wayfare.TripToken || !wayfare.TripExchange) return;
  const token = trip(wayfare);
  const fund = tripFunding(env, wayfare);

  const savingsVault = wayfare.SavingsVault;
  if (savingsVault) {
    await scenario(context, "wayfare", ERC4626_IDS, () =>
      erc4626Operations(context, "wayfare", savingsVault, token, fund),
    );
    await scenario(context, "wayfare", LOCK_IDS, async () => {
      const saver = await env.fresh();
      await fund(saver, BALANCE);
      await env.send(saver, token, { functionName: "approve", args: [savingsVault.address, 2n * AMOUNT] });
      await recorder.measure("vault.depositWithLock", "wayfare", () =>
        env.send(saver, savingsVault, { functionName: "depositWithLock", args: [AMOUNT, UNLOCK_TIME] }),
      );

      const oneStepSaver = await env.fresh();
      await fund(oneStepSaver, BALANCE);
      const data = encodeAbiParameters([{ type: "uint64" }], [UNLOCK_TIME]);
      await recorder.measure("vault.saveByTransferAndCall", "wayfare", () =>
        env.send(oneStepSaver, token, {
          functionName: "transferAndCall",
          args: [savingsVault.address, AMOUNT, data],
        }),
      );
    });
  }

  for (const [implementation, contractName] of [
    ["oz", "OZVault"],
    ["solady", "SoladyVault"],
  ] as const) {
    await scenario(context, implementation, [...ERC4626_IDS, ...LOCK_IDS], async () => {
      const vault = await env.deploy(contractName, [token.address]);
      await erc4626Operations(context, implementation, vault, token, fund);
      const plainDeposit = recorder.get("vault.deposit.newDepositor", implementation);
      if (plainDeposit) recorder.fill(LOCK_IDS, implementation, plainDeposit);
    });
  }
}

async function erc4626Operations(
  { env, recorder }: SuiteContext,
  implementation: Implementation,
  vault: Contract,
  token: Contract,
  fund: Fund,
): Promise<void> {
  const depositor = async () => {
    const wallet = await env.fresh();
    await fund(wallet, BALANCE);
    // A finite allowance larger than the deposits, so each deposit leaves it non-zero.
    await env.send(wallet, token, { functionName: "approve", args: [vault.address, 3n * AMOUNT] });
    return wallet;
  };
  const deposit = (wallet: Awaited<ReturnType<typeof depositor>>) =>
    env.send(wallet, vault, { functionName: "deposit", args: [AMOUNT, wallet.account.address] });

  const first = await depositor();
  if ((await env.read<bigint>(vault, "totalSupply")) === 0n) {
    await recorder.measure("vault.deposit.first", implementation, () => deposit(first));
  } else {
    recorder.fill(["vault.deposit.first"], implementation, {
      unavailable: "the deployment already holds deposits",
    });
    await deposit(first);
  }
  const second = await depositor();
  await recorder.measure("vault.deposit.newDepositor", implementation, () => deposit(second));
  await recorder.measure("vault.deposit.again", implementation, () => deposit(first));

  const owner = second.account.address;
  await recorder.measure("vault.withdraw.partial", implementation, () =>
    env.send(second, vault, { functionName: "withdraw", args: [AMOUNT / 2n, owner, owner] }),
  );
  const shares = await env.read<bigint>(vault, "balanceOf", [first.account.address]);
  await recorder.measure("vault.redeem.all", implementation, () =>
    env.send(first, vault, {
      functionName: "redeem",
      args: [shares, first.account.address, first.account.address],
    }),
  );
}
