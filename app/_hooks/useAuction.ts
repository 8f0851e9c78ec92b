"use client";

// The Auction lab's reads and its race. The race is the race module's (`scripts/lib/race.ts`, the one
// `npm run race` runs): the visitor's entry goes through their connected wallet, the bots' and the
// operator's through the local node's unlocked accounts, so no key but the visitor's is involved.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import {
  type Address,
  type PublicClient,
  createTestClient,
  createWalletClient,
  custom,
  isAddressEqual,
  zeroAddress,
} from "viem";
import { useConfig, useConnection } from "wagmi";
import { getWalletClient } from "wagmi/actions";

import {
  type RaceBidder,
  RaceError,
  type RaceResult,
  SEND_TIMEOUT_MS,
  openRound,
  quoteEntry,
  readRound,
  runRace,
} from "../../scripts/lib/race.ts";
import { type BotName, OPERATOR, auctionExplainer, prizeFor } from "../_lib/auction.ts";
import { UserFacingError } from "../_lib/errors.ts";
import { explainLabError } from "../_lib/lab-errors.ts";
import { restoreAutomineOnLeave, restoreStaleAutomine } from "../_lib/local-node.ts";
import { LOCAL_CHAIN_ID } from "../_lib/network.ts";
import type { TypedContract } from "./useLabContracts.ts";
import { useLiveQuery } from "./useLive.ts";
import { localAccount, useLocalNode } from "./useLocalNode.ts";
import { useNetwork } from "./useNetwork.ts";
import { useWalletReady } from "./useWalletReady.ts";

type Auction = TypedContract<"GasAuction">;

export interface RoundSummary {
  id: bigint;
  prize: string;
  openedBlock: bigint;
  /** The zero address while nobody has entered. */
  winner: Address;
  entryCount: bigint;
}

/** How many of the newest rounds the lab lists. */
const ROUND_HISTORY = 8n;

/** The newest rounds, newest first, following the chain. */
export function useRounds(auction: Auction | undefined) {
  return useLiveQuery(
    ["auction-rounds", auction?.address],
    async (client) => {
      const count = await client.readContract({ ...auction!, functionName: "roundCount" });
      const ids: bigint[] = [];
      for (let id = count; id > 0n && id > count - ROUND_HISTORY; id--) ids.push(id);
      return Promise.all(
        ids.map(async (id): Promise<RoundSummary> => {
          const [prize, openedBlock, winner, entryCount] = await client.readContract({
            ...auction!,
            functionName: "round",
            args: [id],
          });
          return { id, prize, openedBlock, winner, entryCount };
        }),
      );
    },
    { enabled: Boolean(auction) },
  );
}

/** A finished round's race block, read back from the chain (it never changes once mined). */
export function useRoundBlock(
  auction: Auction | undefined,
  round: RoundSummary | undefined,
  nameOf: (address: Address) => string,
) {
  const local = useLocalNode();
  const client = local.client;
  return useQuery({
    queryKey: [
      "wayfare",
      "auction-round-block",
      auction?.address,
      round?.id.toString(),
      round?.openedBlock.toString(),
      round?.winner,
    ],
    enabled: Boolean(client && auction && round && round.winner !== zeroAddress),
    staleTime: Infinity,
    queryFn: async () =>
      (await readRound({ publicClient: client!, auction: auction!, roundId: round!.id, nameOf })) ?? null,
  });
}

/** What an entry into `roundId` would cost the visitor at most, and what they hold: for the tip field. */
export function useEntryQuote(auction: Auction | undefined, roundId: bigint | undefined) {
  const visitor = useConnection().address;
  const local = useLocalNode();
  return useLiveQuery(
    ["auction-entry-quote", auction?.address, roundId?.toString(), visitor],
    async (client) => {
      const [quote, balance] = await Promise.all([
        quoteEntry({ publicClient: client, auction: auction!, roundId: roundId!, account: visitor! }),
        client.getBalance({ address: visitor! }),
      ]);
      return { quote, balance };
    },
    { enabled: Boolean(auction && roundId !== undefined && visitor && local.available) },
  );
}

export type RaceState =
  | { phase: "idle" }
  | { phase: "running"; step: string }
  | { phase: "done"; result: RaceResult; nextRound?: bigint; note?: string }
  | { phase: "failed"; message: string };

export interface RaceTips {
  /** The visitor's tip, in wei per gas. */
  visitor: bigint;
  bots: readonly { name: BotName; tip: bigint }[];
}

/** The id of the newest round if nobody has entered it yet. */
async function openRoundId(client: PublicClient, auction: Auction): Promise<bigint | undefined> {
  const count = await client.readContract({ ...auction, functionName: "roundCount" });
  if (count === 0n) return undefined;
  const [, , winner] = await client.readContract({ ...auction, functionName: "round", args: [count] });
  return winner === zeroAddress ? count : undefined;
}

/**
 * The race on the local chain: a round is opened if none is, the visitor's entry is sent from their
 * wallet and the bots' from the node's unlocked accounts into one paused block (`runRace`), and the
 * operator puts the next seat up once the block is in.
 */
export function useRace(auction: Auction | undefined) {
  const config = useConfig();
  const network = useNetwork();
  const walletReady = useWalletReady();
  const local = useLocalNode();
  const [state, setState] = useState<RaceState>({ phase: "idle" });
  const running = state.phase === "running";

  // A race whose tab was closed before it finished may have left the chain without automine: heal it
  // when the lab opens, never while this tab's own race has mining paused.
  const localClient = local.available ? local.client : undefined;
  useEffect(() => {
    if (localClient && !running) restoreStaleAutomine(localClient).catch(() => undefined);
  }, [localClient, running]);

  // Closing or leaving the tab mid-race would leave mining paused until the next race: switch it back on.
  const rpcUrl = network.rpcUrl;
  useEffect(() => {
    if (!running || !local.available) return;
    const onLeave = () => void restoreAutomineOnLeave(rpcUrl);
    window.addEventListener("pagehide", onLeave);
    return () => window.removeEventListener("pagehide", onLeave);
  }, [running, local.available, rpcUrl]);

  const race = useCallback(
    async (tips: RaceTips) => {
      const step = (label: string) => setState({ phase: "running", step: label });
      step("Checking the seat…");
      try {
        if (!auction) {
          throw new UserFacingError(
            "not-deployed",
            "GasAuction is not deployed on this network: deploy Wayfare first (see the banner above).",
          );
        }
        if (!local.available || !local.client) {
          throw new UserFacingError(
            "wrong-network",
            `The race needs the local chain (${LOCAL_CHAIN_ID}), where the bots' accounts and the mining switch are.`,
          );
        }
        const visitor = await walletReady(step);
        const client = local.client;
        const chain = client.chain!;
        // The node signs for its unlocked accounts: the browser sends `eth_sendTransaction` with their address.
        const node = custom({ request: client.request });
        const unlocked = (address: Address) =>
          createWalletClient({ account: address, chain, transport: node });
        const operator = unlocked(localAccount(OPERATOR).address);
        const openFresh = async () => {
          const count = await client.readContract({ ...auction, functionName: "roundCount" });
          return openRound({ publicClient: client, operator, auction, prize: prizeFor(count + 1n) });
        };

        let roundId = await openRoundId(client, auction);
        if (roundId === undefined) {
          step("The operator puts a fresh seat up…");
          roundId = await openFresh();
        }
        const wallet = await getWalletClient(config, { chainId: network.chainId, account: visitor });
        const bidders: RaceBidder[] = [
          { name: "Your wallet", wallet, tip: tips.visitor },
          ...tips.bots
            // A visitor using a bot's account in the dev wallet races as themselves.
            .filter((bot) => !isAddressEqual(localAccount(bot.name).address, visitor))
            .map((bot) => ({
              name: bot.name,
              wallet: unlocked(localAccount(bot.name).address),
              tip: bot.tip,
            })),
        ];
        step(
          `Confirm your entry in your wallet within ${SEND_TIMEOUT_MS / 1000} s. The chain holds its next block until the bots have entered too.`,
        );
        const result = await runRace({
          publicClient: client,
          testClient: createTestClient({ chain, mode: "hardhat", transport: node }),
          auction,
          roundId,
          bidders,
        });
        setState({ phase: "done", result });
        // A fresh seat for the next race, as the demo data leaves one for the first.
        try {
          setState({ phase: "done", result, nextRound: await openFresh() });
        } catch (error) {
          setState({
            phase: "done",
            result,
            note: `The next seat could not be put up (${explainLabError(error, [auctionExplainer]).message}); the next race tries again.`,
          });
        }
      } catch (error) {
        setState({
          phase: "failed",
          message:
            error instanceof RaceError
              ? error.message
              : explainLabError(error, [auctionExplainer], {
                  contractName: "GasAuction",
                  functionName: "enter",
                }).message,
        });
      }
    },
    [auction, config, local, network, walletReady],
  );

  const reset = useCallback(() => setState({ phase: "idle" }), []);
  return { state, race, reset, busy: running };
}

/** The visitor's entries in every round, from GasAuction's `Entered` events: the lab's goals. */
export function useAuctionGoals(auction: Auction | undefined) {
  const visitor = useConnection().address;
  return useLiveQuery(
    ["auction-goals", auction?.address, visitor],
    async (client) => {
      const logs = await client.getContractEvents({
        address: auction!.address,
        abi: auction!.abi,
        eventName: "Entered",
        args: { bidder: visitor },
        fromBlock: 0n,
      });
      const won = logs.filter((log) => log.args.position === 0n);
      const lost = logs.filter((log) => log.args.position! > 0n);
      const lastLoss = lost.at(-1);
      const lossReceipt = lastLoss
        ? await client.getTransactionReceipt({ hash: lastLoss.transactionHash })
        : undefined;
      return {
        entered: logs.length,
        won: won.length,
        lastWin: won.at(-1)?.args.roundId,
        lost: lost.length,
        lastLoss: lastLoss && {
          roundId: lastLoss.args.roundId!,
          paid: lossReceipt!.gasUsed * lossReceipt!.effectiveGasPrice,
        },
      };
    },
    { enabled: Boolean(auction && visitor) },
  );
}
