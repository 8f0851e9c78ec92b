import { mulberry32 } from "./prng.ts";

/**
 * A small BitTorrent-style swarm: one peer starts with the whole file (the first seeder), the others
 * start with nothing (leechers). Every tick each leecher asks for the rarest piece it lacks from a
 * peer that has it; a peer that completes the file keeps seeding. Pure functions over immutable
 * state, with a seeded generator, so the same seed always gives the same run.
 */
export interface Peer {
  id: number;
  name: string;
  /** pieces[i] is true once the peer holds piece i. */
  pieces: readonly boolean[];
  /** The peer that published the file. */
  origin: boolean;
}

export interface Transfer {
  from: number;
  to: number;
  piece: number;
}

export type SwarmEvent =
  | { kind: "left"; tick: number; name: string; lostPieces: number[] }
  | { kind: "joined"; tick: number; name: string }
  | { kind: "completed"; tick: number; name: string };

export interface SwarmState {
  pieceCount: number;
  peers: readonly Peer[];
  tick: number;
  /** State of the seeded generator (mulberry32), carried between ticks. */
  rng: number;
  uploadSlots: number;
  downloadSlots: number;
  /** Transfers made in the last tick. */
  transfers: readonly Transfer[];
  /** Pieces no remaining peer holds: nobody can ever finish the file now. Sorted. */
  lost: readonly number[];
  /** What happened so far, newest last. */
  events: readonly SwarmEvent[];
  nextId: number;
}

export interface SwarmOptions {
  pieceCount?: number;
  leechers?: number;
  seed?: number;
  /** Pieces a peer can send per tick. */
  uploadSlots?: number;
  /** Pieces a peer can receive per tick. */
  downloadSlots?: number;
}

export const ORIGIN_NAME = "Sam";
const LEECHER_NAMES = [
  "Ada",
  "Bo",
  "Cy",
  "Dee",
  "Eli",
  "Fay",
  "Gus",
  "Hal",
  "Ivy",
  "Jo",
  "Kai",
  "Lu",
  "Max",
  "Nia",
];

export const DEFAULT_SWARM: Required<SwarmOptions> = {
  pieceCount: 12,
  leechers: 7,
  seed: 2001, // the year BitTorrent was first released
  uploadSlots: 2,
  downloadSlots: 2,
};

export function createSwarm(options: SwarmOptions = {}): SwarmState {
  const { pieceCount, leechers, seed, uploadSlots, downloadSlots } = { ...DEFAULT_SWARM, ...options };
  if (pieceCount < 1 || leechers < 0 || uploadSlots < 1 || downloadSlots < 1) {
    throw new RangeError("A swarm needs at least one piece and one upload and download slot per peer");
  }
  const peers: Peer[] = [
    { id: 0, name: ORIGIN_NAME, pieces: Array<boolean>(pieceCount).fill(true), origin: true },
  ];
  for (let i = 0; i < leechers; i++) {
    peers.push({
      id: i + 1,
      name: peerName(i),
      pieces: Array<boolean>(pieceCount).fill(false),
      origin: false,
    });
  }
  return {
    pieceCount,
    peers,
    tick: 0,
    rng: seed >>> 0,
    uploadSlots,
    downloadSlots,
    transfers: [],
    lost: [],
    events: [],
    nextId: leechers + 1,
  };
}

/** How many peers hold each piece. */
export function availability(state: Pick<SwarmState, "peers" | "pieceCount">): number[] {
  const counts = Array<number>(state.pieceCount).fill(0);
  for (const peer of state.peers) {
    peer.pieces.forEach((has, piece) => {
      if (has) counts[piece]++;
    });
  }
  return counts;
}

export function piecesHeld(peer: Peer): number {
  return peer.pieces.filter(Boolean).length;
}

export function isComplete(peer: Peer): boolean {
  return peer.pieces.every(Boolean);
}

/** Every piece is held by some peer other than the first seeder, so it can leave without loss. */
export function spreadBeyondOrigin(state: SwarmState): boolean {
  const others = state.peers.filter((peer) => !peer.origin);
  return availability({ peers: others, pieceCount: state.pieceCount }).every((count) => count > 0);
}

export type SwarmOutcome = "running" | "complete" | "stalled" | "empty";

/**
 * "complete": every remaining peer has the whole file; "stalled": a piece is lost, so the peers
 * missing it can never finish; "empty": nobody is left.
 */
export function outcome(state: SwarmState): SwarmOutcome {
  if (state.peers.length === 0) return "empty";
  if (state.peers.every(isComplete)) return "complete";
  const lost = new Set(state.lost);
  const canProgress = state.peers.some((peer) => peer.pieces.some((has, piece) => !has && !lost.has(piece)));
  return canProgress ? "running" : "stalled";
}

/** One round of trading: each leecher fetches up to `downloadSlots` pieces, rarest first. */
export function step(state: SwarmState): SwarmState {
  if (outcome(state) !== "running") return { ...state, transfers: [] };
  const rng = mulberry32(state.rng);
  // Rarity as the swarm will see it after this tick, so two leechers don't chase the same copy.
  const planned = availability(state);
  const freeUploads = new Map(state.peers.map((peer) => [peer.id, state.uploadSlots]));
  const incoming = new Map<number, Set<number>>();
  const transfers: Transfer[] = [];
  const leechers = rng.shuffled(state.peers.filter((peer) => !isComplete(peer)));

  // Round-robin: every leecher gets its first piece before anyone gets a second.
  for (let round = 0; round < state.downloadSlots; round++) {
    for (const leecher of leechers) {
      const wanted = incoming.get(leecher.id) ?? new Set<number>();
      const candidates: number[] = [];
      for (let piece = 0; piece < state.pieceCount; piece++) {
        if (leecher.pieces[piece] || wanted.has(piece)) continue;
        if (state.peers.some((peer) => peer.pieces[piece] && (freeUploads.get(peer.id) ?? 0) > 0)) {
          candidates.push(piece);
        }
      }
      if (candidates.length === 0) continue;
      const rarest = Math.min(...candidates.map((piece) => planned[piece]));
      const piece = rng.pick(candidates.filter((candidate) => planned[candidate] === rarest));
      const source = rng.pick(
        state.peers.filter((peer) => peer.pieces[piece] && (freeUploads.get(peer.id) ?? 0) > 0),
      );
      freeUploads.set(source.id, (freeUploads.get(source.id) ?? 0) - 1);
      planned[piece]++;
      wanted.add(piece);
      incoming.set(leecher.id, wanted);
      transfers.push({ from: source.id, to: leecher.id, piece });
    }
  }

  const tick = state.tick + 1;
  const events = [...state.events];
  const peers = state.peers.map((peer) => {
    const received = incoming.get(peer.id);
    if (!received) return peer;
    const updated = { ...peer, pieces: peer.pieces.map((has, piece) => has || received.has(piece)) };
    if (isComplete(updated)) events.push({ kind: "completed", tick, name: peer.name });
    return updated;
  });
  return { ...state, peers, tick, rng: rng.state, transfers, events };
}

/** The peer leaves the swarm; pieces that only it held are lost. */
export function removePeer(state: SwarmState, id: number): SwarmState {
  const leaving = state.peers.find((peer) => peer.id === id);
  if (!leaving) return state;
  const peers = state.peers.filter((peer) => peer.id !== id);
  const counts = availability({ peers, pieceCount: state.pieceCount });
  const lost = counts.flatMap((count, piece) => (count === 0 ? [piece] : []));
  const lostPieces = lost.filter((piece) => !state.lost.includes(piece));
  return {
    ...state,
    peers,
    lost,
    transfers: state.transfers.filter((transfer) => transfer.from !== id && transfer.to !== id),
    events: [...state.events, { kind: "left", tick: state.tick, name: leaving.name, lostPieces }],
  };
}

/** A new leecher joins with nothing. */
export function addPeer(state: SwarmState): SwarmState {
  const name = peerName(state.nextId - 1);
  const peer: Peer = {
    id: state.nextId,
    name,
    pieces: Array<boolean>(state.pieceCount).fill(false),
    origin: false,
  };
  return {
    ...state,
    peers: [...state.peers, peer],
    nextId: state.nextId + 1,
    events: [...state.events, { kind: "joined", tick: state.tick, name }],
  };
}

/** Steps until the swarm completes, stalls, or `maxTicks` pass. */
export function runToEnd(state: SwarmState, maxTicks = 1_000): SwarmState {
  let current = state;
  for (let i = 0; i < maxTicks && outcome(current) === "running"; i++) current = step(current);
  return current;
}

function peerName(index: number): string {
  const base = LEECHER_NAMES[index % LEECHER_NAMES.length];
  const round = Math.floor(index / LEECHER_NAMES.length);
  return round === 0 ? base : `${base} ${round + 1}`;
}
