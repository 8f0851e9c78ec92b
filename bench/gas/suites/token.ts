// TRIP's ERC-20 operations beside OpenZeppelin's and Solady's ERC-20, and the ERC-1363 / EIP-3009
// extras beside OpenZeppelin's own extensions.
import type { Contract } from "../harness.ts";
import type { Implementation } from "../operations.ts";
import { type SuiteContext, scenario } from "../recorder.ts";
import { FIXED_DEADLINE, signPermit, signTransferAuthorization } from "../signatures.ts";
import { type Fund, UNIT, mintFunding, trip, tripFunding } from "./funding.ts";

const ERC20_IDS = [
  "token.transfer.existing",
  "token.transfer.new",
  "token.approve",
  "token.transferFrom.existing",
  "token.transferFrom.new",
  "token.permit",
] as const;

/** What each holder starts with, and what one operation moves. */
const BALANCE = 1_000n * UNIT;
const AMOUNT = 10n * UNIT;

export async function tokenSuite(context: SuiteContext): Promise<void> {
  const { env, wayfare } = context;

  if (wayfare.TripToken && wayfare.TripExchange) {
    const fund = tripFunding(env, wayfare);
    await scenario(context, "wayfare", ERC20_IDS, () =>
      erc20Operations(context, "wayfare", trip(wayfare), fund),
    );
    await scenario(context, "wayfare", ["token.transferWithAuthorization"], () =>
      authorizationTransfer(context, "wayfare", trip(wayfare), fund),
    );
    await scenario(context, "wayfare", ["token.transferAndCall"], () =>
      transferAndCall(context, "wayfare", trip(wayfare), fund),
    );
  }

  await scenario(context, "oz", ERC20_IDS, async () => {
    const token = await env.deploy("OZToken");
    await erc20Operations(context, "oz", token, mintFunding(env, token));
  });
  await scenario(context, "solady", ERC20_IDS, async () => {
    const token = await env.deploy("SoladyToken");
    await erc20Operations(context, "solady", token, mintFunding(env, token));
  });
  await scenario(context, "oz", ["token.transferWithAuthorization"], async () => {
    const token = await env.deploy("OZ3009Token");
    await authorizationTransfer(context, "oz", token, mintFunding(env, token));
  });
  await scenario(context, "oz", ["token.transferAndCall"], async () => {
    const token = await env.deploy("OZ1363Token");
    await transferAndCall(context, "oz", token, mintFunding(env, token));
  });
}

async function erc20Operations(
  { env, recorder }: SuiteContext,
  implementation: Implementation,
  token: Contract,
  fund: Fund,
): Promise<void> {
  const measure = (id: string, action: Parameters<typeof recorder.measure>[2]) =>
    recorder.measure(id, implementation, action);
  const alice = await env.fresh();
  const bob = await env.fresh();
  await fund(alice, BALANCE);
  await fund(bob, BALANCE);

  await measure("token.transfer.existing", () =>
    env.send(alice, token, { functionName: "transfer", args: [bob.account.address, AMOUNT] }),
  );
  const carol = await env.fresh();
  await measure("token.transfer.new", () =>
    env.send(alice, token, { functionName: "transfer", args: [carol.account.address, AMOUNT] }),
  );

  // A finite allowance of three times what the two transferFroms spend, so it stays non-zero (no refund).
  const spender = await env.fresh();
  await measure("token.approve", () =>
    env.send(alice, token, { functionName: "approve", args: [spender.account.address, 3n * AMOUNT] }),
  );
  await measure("token.transferFrom.existing", () =>
    env.send(spender, token, {
      functionName: "transferFrom",
      args: [alice.account.address, bob.account.address, AMOUNT],
    }),
  );
  const dave = await env.fresh();
  await measure("token.transferFrom.new", () =>
    env.send(spender, token, {
      functionName: "transferFrom",
      args: [alice.account.address, dave.account.address, AMOUNT],
    }),
  );

  // The owner signs; the spender submits and pays the gas.
  const owner = await env.fresh();
  const relayer = await env.fresh();
  const { v, r, s } = await signPermit(env, token, owner, relayer.account.address, AMOUNT, FIXED_DEADLINE);
  await measure("token.permit", () =>
    env.send(relayer, token, {
      functionName: "permit",
      args: [owner.account.address, relayer.account.address, AMOUNT, FIXED_DEADLINE, v, r, s],
    }),
  );
}

/** A tourist pays a café by signature; the café, which already holds the token, submits it. */
async function authorizationTransfer(
  { env, recorder }: SuiteContext,
  implementation: Implementation,
  token: Contract,
  fund: Fund,
): Promise<void> {
  const tourist = await env.fresh();
  const cafe = await env.fresh();
  await fund(tourist, BALANCE);
  await fund(cafe, BALANCE);
  const authorization = await signTransferAuthorization(
    env,
    token,
    tourist,
    cafe.account.address,
    AMOUNT,
    FIXED_DEADLINE,
    "wayfare bench authorization",
  );
  const { from, to, value, validAfter, validBefore, nonce, v, r, s } = authorization;
  await recorder.measure("token.transferWithAuthorization", implementation, () =>
    env.send(cafe, token, {
      functionName: "transferWithAuthorization",
      args: [from, to, value, validAfter, validBefore, nonce, v, r, s],
    }),
  );
}

/** Pays a contract that only accepts the transfer, so the row shows the token's own ERC-1363 cost. */
async function transferAndCall(
  { env, recorder }: SuiteContext,
  implementation: Implementation,
  token: Contract,
  fund: Fund,
): Promise<void> {
  const receiver = await env.deploy("BenchReceiver");
  const payer = await env.fresh();
  await fund(payer, BALANCE);
  await env.send(payer, token, { functionName: "transfer", args: [receiver.address, AMOUNT] });
  await recorder.measure("token.transferAndCall", implementation, () =>
    env.send(payer, token, { functionName: "transferAndCall", args: [receiver.address, AMOUNT] }),
  );
}
