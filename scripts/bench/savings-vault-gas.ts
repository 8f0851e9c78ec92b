// Whole-transaction gas of SavingsVault's user operations beside OpenZeppelin's plain ERC4626, measured
// in the same run from receipts. Run: `npx hardhat run scripts/bench/savings-vault-gas.ts`.
import { network } from "hardhat";
import { type Hash, encodeAbiParameters, maxUint256, parseEther } from "viem";

/** DESIGN.md's OpenZeppelin 5.7 figures (Hardhat 3.18 EDR, solc 0.8.28, 200 runs), for reference. */
const DESIGN_FIGURES: Record<string, number> = {
  "first-ever deposit": 111_124,
  "deposit, new depositor": 76_924,
  "deposit, existing depositor": 59_824,
  "partial withdraw": 57_220,
  "redeem all": 44_052,
};

const DAY = 24n * 60n * 60n;
const AMOUNT = parseEther("100");

const { viem, networkHelpers } = await network.create();
const publicClient = await viem.getPublicClient();
const [deployer, first, second, saver, goalSetter, lockedSaver] = await viem.getWalletClients();

const trip = await viem.deployContract("TripToken", [deployer.account.address]);
await trip.write.grantRole([await trip.read.MINTER_ROLE(), deployer.account.address]);
const savings = await viem.deployContract("SavingsVault", [trip.address]);
// OpenZeppelin's default offset (0), as in DESIGN.md's figures.
const plain = await viem.deployContract("ReferenceERC4626", [trip.address, 0]);

for (const wallet of [first, second, saver, goalSetter, lockedSaver]) {
  await trip.write.mint([wallet.account.address, parseEther("1000000")]);
  for (const vault of [savings, plain])
    await trip.write.approve([vault.address, maxUint256], { account: wallet.account });
}

async function gasOf(transaction: Promise<Hash>): Promise<number> {
  const receipt = await publicClient.waitForTransactionReceipt({ hash: await transaction });
  if (receipt.status !== "success")
    throw new Error(`Benchmark transaction ${receipt.transactionHash} reverted.`);
  return Number(receipt.gasUsed);
}

/** The same ERC-4626 sequence in either vault: first, new and existing deposits, then exits. */
async function standardOperations(vault: typeof plain): Promise<Map<string, number>> {
  const [a, b] = [first.account, second.account];
  const gas = new Map<string, number>();
  gas.set("first-ever deposit", await gasOf(vault.write.deposit([AMOUNT, a.address], { account: a })));
  gas.set("deposit, new depositor", await gasOf(vault.write.deposit([AMOUNT, b.address], { account: b })));
  gas.set(
    "deposit, existing depositor",
    await gasOf(vault.write.deposit([AMOUNT, a.address], { account: a })),
  );
  gas.set(
    "partial withdraw",
    await gasOf(vault.write.withdraw([AMOUNT / 2n, a.address, a.address], { account: a })),
  );
  const shares = await vault.read.balanceOf([b.address]);
  gas.set("redeem all", await gasOf(vault.write.redeem([shares, b.address, b.address], { account: b })));
  gas.set(
    "share transfer, existing recipient",
    await gasOf(vault.write.transfer([b.address, 1n], { account: a })),
  );
  return gas;
}

// Seen through the plain vault's ABI (a subset of SavingsVault's), so one typed function drives both.
const ours = await standardOperations(await viem.getContractAt("ReferenceERC4626", savings.address));
const theirs = await standardOperations(plain);

// Operations only SavingsVault has. `lock` is 30 days from the chain's clock.
const now = BigInt(await networkHelpers.time.latest());
const lock = now + 30n * DAY;
const lockData = (time: bigint) => encodeAbiParameters([{ type: "uint64" }], [time]);
const extra = new Map<string, number>();
extra.set(
  "depositWithLock, new depositor (first lock)",
  await gasOf(savings.write.depositWithLock([AMOUNT, lock], { account: saver.account })),
);
extra.set(
  "depositWithLock, existing depositor, same lock",
  await gasOf(savings.write.depositWithLock([AMOUNT, lock], { account: saver.account })),
);
extra.set(
  "depositWithLock, existing depositor, later lock",
  await gasOf(savings.write.depositWithLock([AMOUNT, lock + DAY], { account: saver.account })),
);
extra.set(
  "transferAndCall save with lock, new saver (no approval)",
  await gasOf(
    trip.write.transferAndCall([savings.address, AMOUNT, lockData(lock)], { account: lockedSaver.account }),
  ),
);
extra.set(
  "setGoal, no lock yet (fresh slot)",
  await gasOf(savings.write.setGoal(["Two weeks in Lisbon", AMOUNT], { account: goalSetter.account })),
);
extra.set(
  "setGoal, already locked (packed slot)",
  await gasOf(savings.write.setGoal(["Two weeks in Lisbon", AMOUNT], { account: lockedSaver.account })),
);
extra.set(
  "setUnlockTime, after a goal (packed slot)",
  await gasOf(savings.write.setUnlockTime([lock], { account: goalSetter.account })),
);
extra.set(
  "setUnlockTime, later lock",
  await gasOf(savings.write.setUnlockTime([lock + DAY], { account: goalSetter.account })),
);
extra.set("reward", await gasOf(savings.write.reward([AMOUNT / 10n], { account: first.account })));
await networkHelpers.time.increaseTo(lock + DAY);
const lockedShares = await savings.read.balanceOf([saver.account.address]);
extra.set(
  "redeem all after the lock expired",
  await gasOf(
    savings.write.redeem([lockedShares, saver.account.address, saver.account.address], {
      account: saver.account,
    }),
  ),
);

const rows = [...ours.keys()].map((operation) => ({
  operation,
  SavingsVault: ours.get(operation),
  "OZ ERC4626 (this run)": theirs.get(operation),
  Δ: (ours.get(operation) ?? 0) - (theirs.get(operation) ?? 0),
  "DESIGN.md OZ 5.7": DESIGN_FIGURES[operation] ?? "",
}));
console.log("Whole-transaction gas, same run:");
console.table(rows);
console.log("SavingsVault-only operations:");
console.table([...extra].map(([operation, gas]) => ({ operation, gas })));
