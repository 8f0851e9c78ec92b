"use client";

import { useEffect, useState } from "react";

import {
  type Peer,
  type SwarmEvent,
  type SwarmState,
  addPeer,
  availability,
  createSwarm,
  isComplete,
  outcome,
  piecesHeld,
  removePeer,
  spreadBeyondOrigin,
  step,
} from "../swarm.ts";

/** Time between ticks while playing. */
const TICK_MS = 700;

function role(peer: Peer): string {
  if (peer.origin) return "first seeder";
  return isComplete(peer) ? "seeder" : "leecher";
}

function describeEvent(event: SwarmEvent | undefined): string {
  if (!event) return "";
  switch (event.kind) {
    case "left":
      return event.lostPieces.length === 0
        ? `${event.name} left; no piece was lost.`
        : `${event.name} left with the last copy of piece ${event.lostPieces.map((piece) => piece + 1).join(", ")}: lost.`;
    case "joined":
      return `${event.name} joined.`;
    case "completed":
      return `${event.name} has the whole file and now seeds.`;
  }
}

function statusLine(state: SwarmState): string {
  const result = outcome(state);
  const done = state.peers.filter(isComplete).length;
  if (result === "empty") return "Everyone left: the file is gone.";
  if (result === "complete") return `Complete: all ${state.peers.length} peers have the whole file.`;
  const lost = state.lost.map((piece) => piece + 1).join(", ");
  if (result === "stalled") {
    return `Stalled: piece ${lost} is lost, so ${state.peers.length - done} peer${state.peers.length - done === 1 ? "" : "s"} can never finish.`;
  }
  const spread = spreadBeyondOrigin(state)
    ? " Every piece has spread beyond the first seeder."
    : state.peers.some((peer) => peer.origin)
      ? " Some pieces exist only on the first seeder."
      : "";
  const lostNote = lost ? ` Piece ${lost} is lost.` : "";
  return `Tick ${state.tick}: ${done} of ${state.peers.length} peers have the whole file.${spread}${lostNote}`;
}

/** A BitTorrent swarm: seeders, leechers, rarest-first, and peers the visitor can remove. */
export function SwarmDemo() {
  const [state, setState] = useState(() => createSwarm());
  const [playing, setPlaying] = useState(false);
  const result = outcome(state);
  const running = playing && result === "running";

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setState((current) => step(current)), TICK_MS);
    return () => clearInterval(timer);
  }, [running]);

  const counts = availability(state);
  const received = new Set(state.transfers.map((transfer) => `${transfer.to}:${transfer.piece}`));
  const lastEvent = describeEvent(state.events.at(-1));

  return (
    <div className="demo-panel swarm">
      <p className="demo-intro">
        Sam shares a file of {state.pieceCount} pieces; leechers fetch the rarest piece first. Play, then
        remove peers with ×, even Sam once every piece has spread.
      </p>
      <div className="demo-buttons">
        <button type="button" onClick={() => setPlaying((value) => !value)} disabled={result !== "running"}>
          {running ? "Pause" : "Play"}
        </button>
        <button type="button" onClick={() => setState(step)} disabled={running || result !== "running"}>
          Step
        </button>
        <button type="button" onClick={() => setState(addPeer)}>
          Add a peer
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            setState(createSwarm());
          }}
        >
          Reset
        </button>
      </div>
      <p className="demo-status" role="status" data-testid="swarm-status" data-outcome={result}>
        {statusLine(state)} {lastEvent}
      </p>
      <ul className="peers" aria-label="Peers">
        {state.peers.map((peer) => (
          <li
            key={peer.id}
            className={`peer ${peer.origin ? "origin" : ""} ${isComplete(peer) ? "complete" : ""}`}
          >
            <div className="peer-head">
              <span className="peer-name">{peer.name}</span>
              <span className="peer-role">{role(peer)}</span>
              <button
                type="button"
                className="peer-remove"
                aria-label={`Remove ${peer.name} (${role(peer)}, ${piecesHeld(peer)} of ${state.pieceCount} pieces)`}
                onClick={() => setState((current) => removePeer(current, peer.id))}
              >
                ×
              </button>
            </div>
            <div
              className="pieces"
              role="img"
              aria-label={`${peer.name} has ${piecesHeld(peer)} of ${state.pieceCount} pieces`}
            >
              {peer.pieces.map((has, piece) => (
                <span
                  key={piece}
                  className={`piece ${has ? "has" : ""} ${received.has(`${peer.id}:${piece}`) ? "new" : ""}`}
                />
              ))}
            </div>
          </li>
        ))}
      </ul>
      <div className="availability">
        <span className="demo-label" id="swarm-copies">
          Copies of each piece
        </span>
        <ol aria-labelledby="swarm-copies">
          {counts.map((count, piece) => (
            <li key={piece} className={count === 0 ? "lost" : count === 1 ? "rare" : ""}>
              <span className="visually-hidden">Piece {piece + 1}: </span>
              {count === 0 ? "✗" : count}
              <span className="visually-hidden">
                {count === 0 ? " (lost)" : count === 1 ? " copy" : " copies"}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
