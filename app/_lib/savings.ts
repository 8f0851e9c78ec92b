// The Save lab's arithmetic and words: progress towards a goal, the time left on a lock by the chain's
// clock, the unlock date a visitor asks for, and the vault's refusals explained.
import { formatAmount, formatTimestamp } from "./format.ts";
import type { RevertExplainer } from "./lab-errors.ts";

const MINUTE = 60n;
const HOUR = 60n * MINUTE;
export const DAY = 24n * HOUR;
/** The longest lock the lab offers, in days: ten years. */
export const MAX_LOCK_DAYS = 3650;

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

/** "29 d 23 h", "5 h 12 min", "3 min 4 s": a duration in its two largest units. */
export function formatDuration(seconds: bigint): string {
  const s = seconds < 0n ? 0n : seconds;
  const parts: [bigint, string][] = [
    [s / DAY, "d"],
    [(s % DAY) / HOUR, "h"],
    [(s % HOUR) / MINUTE, "min"],
    [s % MINUTE, "s"],
  ];
  const first = parts.findIndex(([value]) => value > 0n);
  if (first === -1) return "0 s";
  return parts
    .slice(first, first + 2)
    .filter(([value]) => value > 0n)
    .map(([value, unit]) => `${value} ${unit}`)
    .join(" ");
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

/** The vault's refusals, with the chain's clock for "how long is left". */
export function savingsExplainer(now: bigint | undefined): RevertExplainer {
  return ({ errorName, args }) => {
    switch (errorName) {
      case "SavingsLocked": {
        const unlockTime = args[1] as bigint;
        const left =
          now !== undefined && now < unlockTime
            ? ` (${formatDuration(unlockTime - now)} from now by the chain's clock)`
            : "";
        return `Your savings are locked until ${formatTimestamp(unlockTime)}${left}. You promised not to touch them before then, and the vault keeps the promise for you: nobody can withdraw, redeem or move these shares early. Wait for the date${now !== undefined ? ", or on the local chain fast-forward time below" : ""}.`;
      }
      case "UnlockTimeTooEarly":
        return `A lock can only move later: you asked for ${formatTimestamp(args[1] as bigint)}, but your savings are locked until ${formatTimestamp(args[2] as bigint)}.`;
      case "GoalLabelTooLong":
        return `The goal's name is ${args[0]} bytes long; the vault keeps at most ${args[1]}. Shorten it.`;
      case "NoSharesToReward":
        return "Nobody saves in the vault yet, so a reward would go to no one.";
      case "ERC4626ExceededMaxWithdraw":
        return `You can withdraw at most ${formatAmount(args[2] as bigint, 18)} TRIP now, and asked for ${formatAmount(args[1] as bigint, 18)} TRIP.`;
      case "ERC4626ExceededMaxRedeem":
        return "That is more svTRIP than you can redeem now.";
      default:
        return undefined;
    }
  };
}
