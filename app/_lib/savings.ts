// The Save lab's arithmetic and words: progress towards a goal, the time left on a lock by the chain's
// clock, the unlock date a visitor asks for, the goals read from the vault's events, and the vault's
// refusals explained.
import { formatArgument } from "./errors.ts";
import { DAY, formatAmount, formatDuration, formatTimestamp } from "./format.ts";
import type { DecodedRevert, RevertExplainer } from "./lab-errors.ts";

/** The longest lock the lab offers, in days: ten years. */
const MAX_LOCK_DAYS = 3650;

export interface GoalProgress {
  /** 0 to 100, one decimal. */
  percent: number;
  reached: boolean;
  /** TRIP still missing (0 when reached). */
  remaining: bigint;
}

export function goalProgress(saved: bigint, target: bigint): GoalProgress {
  if (target <= 0n) return { percent: 0, reached: false, remaining: 0n };
  const reached = saved >= target;
  const tenths = reached ? 1000n : (saved * 1000n) / target;
  return { percent: Number(tenths) / 10, reached, remaining: reached ? 0n : target - saved };
}

export interface LockState {
  locked: boolean;
  /** What to show: "Locked until … (29 d 23 h left)", "Unlocked since …", "Never locked". */
  text: string;
  secondsLeft: bigint;
}

/** The lock as of the chain's clock `now` (the pending block's time, not the last block's). */
export function lockState(unlockTime: bigint, now: bigint): LockState {
  if (unlockTime === 0n)
    return { locked: false, text: "Not locked: you never set an unlock date.", secondsLeft: 0n };
  if (now < unlockTime) {
    const left = unlockTime - now;
    return {
      locked: true,
      text: `Locked until ${formatTimestamp(unlockTime)}: ${formatDuration(left)} left.`,
      secondsLeft: left,
    };
  }
  return { locked: false, text: `Unlocked since ${formatTimestamp(unlockTime)}.`, secondsLeft: 0n };
}

export type LockResult = { ok: true; unlockTime: bigint } | { ok: false; message: string };

/** "Lock for N days", checked against the current lock (a lock only moves later). */
export function parseLockDays(text: string, now: bigint, currentUnlock: bigint): LockResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "Enter how many days to lock your savings for." };
  if (trimmed.startsWith("-")) return { ok: false, message: "The number of days cannot be negative." };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: "Enter a whole number of days, like 30." };
  const days = BigInt(trimmed);
  if (days === 0n) return { ok: false, message: "Lock for at least one day." };
  if (days > BigInt(MAX_LOCK_DAYS))
    return { ok: false, message: `Lock for at most ${MAX_LOCK_DAYS} days (ten years).` };
  const unlockTime = now + days * DAY;
  if (unlockTime < currentUnlock) {
    const minimum = (currentUnlock - now + DAY - 1n) / DAY;
    return {
      ok: false,
      message: `Your savings are already locked until ${formatTimestamp(currentUnlock)}, and a lock only moves later: choose at least ${minimum} days.`,
    };
  }
  return { ok: true, unlockTime };
}

/** Where a log sits in the chain: logs are ordered by block, then by their index in the block. */
export interface LogPosition {
  blockNumber: bigint;
  logIndex: number;
}

/** For `sort`: earlier logs first. */
export function byChainOrder(a: LogPosition, b: LogPosition): number {
  if (a.blockNumber !== b.blockNumber) return a.blockNumber < b.blockNumber ? -1 : 1;
  return a.logIndex - b.logIndex;
}

function isAtOrBefore(a: LogPosition, b: LogPosition): boolean {
  return byChainOrder(a, b) <= 0;
}

/** The visitor's part of the vault's events, each list in chain order. */
export interface SavingsHistory {
  /** `Deposit` events for the visitor, with their block's time. */
  deposits: (LogPosition & { assets: bigint; timestamp: bigint })[];
  /** `UnlockTimeSet` events for the visitor. */
  locks: (LogPosition & { unlockTime: bigint })[];
  /** `GoalSet` events for the visitor. */
  goals: (LogPosition & { label: string; target: bigint })[];
  /** `Withdraw` events of the visitor's savings. */
  withdrawals: (LogPosition & { assets: bigint })[];
  /** svTRIP `Transfer` events to or from the visitor (mints and burns included), signed: + in, - out. */
  shareMoves: (LogPosition & { shares: bigint })[];
  /** Every `Rewarded` event of the vault, whoever's savings it went to. */
  rewards: (LogPosition & { assets: bigint })[];
}

/** What the goals checklist ticks, each with the on-chain fact that shows it. */
export interface SavingsGoals {
  /** The first deposit made while a lock was in force (the lock later than the deposit's block). */
  lockedDeposit?: { blockNumber: bigint; assets: bigint; unlockTime: bigint };
  /** The latest goal with a target (a cleared goal still counts as having set one). */
  goal?: { label: string; target: bigint };
  /** The first reward paid while the visitor held svTRIP: yield that reached their savings. */
  reward?: { blockNumber: bigint; assets: bigint };
  /** TRIP withdrawn after the locked deposit, hence after its unlock date. */
  withdrawnAfterUnlock: bigint;
}

/** The unlock time in force at `at`: the latest `UnlockTimeSet` at or before it (locks only move later). */
export function unlockTimeAt(locks: SavingsHistory["locks"], at: LogPosition): bigint {
  return locks.filter((lock) => isAtOrBefore(lock, at)).at(-1)?.unlockTime ?? 0n;
}

/** The visitor's goals, from their events alone: nothing the browser stored. */
export function savingsGoals(history: SavingsHistory): SavingsGoals {
  const locked = history.deposits.find((deposit) => unlockTimeAt(history.locks, deposit) > deposit.timestamp);
  const goal = history.goals.filter((set) => set.target > 0n).at(-1);
  const sharesAt = (at: LogPosition) =>
    history.shareMoves.filter((move) => isAtOrBefore(move, at)).reduce((sum, move) => sum + move.shares, 0n);
  const reward = history.rewards.find((paid) => sharesAt(paid) > 0n);
  // The vault refuses every withdrawal before the unlock date, and a lock only moves later: whatever
  // was withdrawn after the locked deposit was withdrawn after its unlock date.
  const withdrawnAfterUnlock = locked
    ? history.withdrawals
        .filter((withdrawal) => !isAtOrBefore(withdrawal, locked))
        .reduce((sum, withdrawal) => sum + withdrawal.assets, 0n)
    : 0n;
  return {
    lockedDeposit: locked && {
      blockNumber: locked.blockNumber,
      assets: locked.assets,
      unlockTime: unlockTimeAt(history.locks, locked),
    },
    goal: goal && { label: goal.label, target: goal.target },
    reward: reward && { blockNumber: reward.blockNumber, assets: reward.assets },
    withdrawnAfterUnlock,
  };
}

/** The vault's events that move or reveal the share price. */
const PRICE_EVENTS: Record<string, string> = {
  Deposit: "deposit",
  Withdraw: "withdrawal",
  Rewarded: "reward",
};

/** The newest `limit` blocks with a deposit, withdrawal or reward, each with what happened in it. */
export function priceHistoryBlocks(
  logs: readonly { blockNumber: bigint; eventName: string }[],
  limit: number,
): { blockNumber: bigint; event: string }[] {
  const byBlock = new Map<bigint, string[]>();
  for (const log of logs) {
    const word = PRICE_EVENTS[log.eventName];
    if (!word) continue;
    const words = byBlock.get(log.blockNumber) ?? [];
    if (!words.includes(word)) words.push(word);
    byBlock.set(log.blockNumber, words);
  }
  return [...byBlock.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .slice(-limit)
    .map(([blockNumber, words]) => ({ blockNumber, event: words.join(", ") }));
}

/** `SavingsLocked(0x8626f6…1199, 1,752,592,000)`: the custom error as the vault sent it. */
function decodedCall({ errorName, args }: DecodedRevert): string {
  return `${errorName}(${args.map(formatArgument).join(", ")})`;
}

export interface ExplainerContext {
  /** The chain's clock (pending block's time), for "how long is left". */
  now?: bigint;
  /** On the local chain the lab can fast-forward time: say so. */
  canFastForward?: boolean;
}

/** The vault's refusals: the decoded custom error, then what it means and what to do. */
export function savingsExplainer({ now, canFastForward = false }: ExplainerContext = {}): RevertExplainer {
  const words = ({ errorName, args }: DecodedRevert): string | undefined => {
    switch (errorName) {
      case "SavingsLocked": {
        const unlockTime = args[1] as bigint;
        const left =
          now !== undefined && now < unlockTime
            ? ` (${formatDuration(unlockTime - now)} from now by the chain's clock)`
            : "";
        const wait = canFastForward
          ? "Wait for the date, or fast-forward the local chain's time below."
          : "Wait for the date.";
        return `your savings are locked until ${formatTimestamp(unlockTime)}${left}. You promised not to touch them before then, and the vault keeps the promise for you: nobody can withdraw, redeem or move these shares early. ${wait}`;
      }
      case "UnlockTimeTooEarly":
        return `a lock can only move later: you asked for ${formatTimestamp(args[1] as bigint)}, but your savings are locked until ${formatTimestamp(args[2] as bigint)}.`;
      case "GoalLabelTooLong":
        return `the goal's name is ${args[0]} bytes long; the vault keeps at most ${args[1]}. Shorten it.`;
      case "NoSharesToReward":
        return "nobody saves in the vault yet, so a reward would go to no one.";
      case "ERC4626ExceededMaxWithdraw":
        return `you can withdraw at most ${formatAmount(args[2] as bigint, 18)} TRIP now, and asked for ${formatAmount(args[1] as bigint, 18)} TRIP.`;
      case "ERC4626ExceededMaxRedeem":
        return "that is more svTRIP than you can redeem now.";
      default:
        return undefined;
    }
  };
  return (revert) => {
    const meaning = words(revert);
    return meaning && `The vault refused with ${decodedCall(revert)}: ${meaning}`;
  };
}
