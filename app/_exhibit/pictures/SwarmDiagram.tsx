interface DiagramPeer {
  x: number;
  y: number;
  label: string;
  /** Which of the file's six pieces this peer holds. */
  pieces: boolean[];
}

const SEEDER: DiagramPeer = { x: 52, y: 118, label: "Seeder", pieces: [true, true, true, true, true, true] };
const LEECHERS: DiagramPeer[] = [
  { x: 170, y: 96, label: "Leecher", pieces: [true, false, true, false, false, true] },
  { x: 276, y: 132, label: "Leecher", pieces: [false, true, false, false, true, false] },
  { x: 116, y: 214, label: "Leecher", pieces: [false, false, true, true, false, false] },
  { x: 238, y: 218, label: "Leecher", pieces: [true, false, false, false, false, false] },
];
const PEERS = [SEEDER, ...LEECHERS];
const TRACKER = { x: 160, y: 22 };
/** Pieces moving this moment: [from, to, piece]. */
const EXCHANGES: [number, number, number][] = [
  [0, 1, 3],
  [1, 2, 0],
  [2, 1, 4],
  [3, 4, 2],
  [1, 3, 5],
  [0, 3, 1],
];

function PieceBar({ x, y, pieces }: { x: number; y: number; pieces: boolean[] }) {
  return (
    <g transform={`translate(${x - 27} ${y})`}>
      {pieces.map((has, i) => (
        <rect
          key={i}
          x={i * 9}
          width={8}
          height={8}
          rx={1.5}
          className={has ? "pic-piece" : "pic-piece-missing"}
        />
      ))}
    </g>
  );
}

/** The BitTorrent swarm (the original's "Diagram showing how the swarm interacts"). */
export function SwarmDiagram() {
  return (
    <svg
      viewBox="0 0 320 262"
      role="img"
      aria-labelledby="swarm-title swarm-desc"
      className="picture picture-wide"
    >
      <title id="swarm-title">How a BitTorrent swarm trades pieces</title>
      <desc id="swarm-desc">
        A tracker at the top is connected by dashed lines to five peers: it only tells them about each other.
        One seeder holds all six pieces of the file; four leechers each hold a different few. Arrows show
        pieces moving directly between peers: from the seeder to leechers, and from leechers to other
        leechers, so every peer downloads and uploads at the same time.
      </desc>
      <defs>
        <marker
          id="swarm-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0 0 L10 5 L0 10 z" className="pic-arrowhead" />
        </marker>
      </defs>
      {PEERS.map((peer, i) => (
        <line
          key={`t${i}`}
          x1={TRACKER.x}
          y1={TRACKER.y + 14}
          x2={peer.x}
          y2={peer.y}
          className="pic-tracker-link"
        />
      ))}
      {EXCHANGES.map(([from, to, piece]) => {
        const a = PEERS[from];
        const b = PEERS[to];
        const length = Math.hypot(b.x - a.x, b.y - a.y);
        const ux = (b.x - a.x) / length;
        const uy = (b.y - a.y) / length;
        const start = { x: a.x + ux * 22, y: a.y + uy * 22 };
        const end = { x: b.x - ux * 24, y: b.y - uy * 24 };
        const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
        return (
          <g key={`${from}-${to}`}>
            <line
              x1={start.x}
              y1={start.y}
              x2={end.x}
              y2={end.y}
              className="pic-transfer"
              markerEnd="url(#swarm-arrow)"
            />
            <rect
              x={mid.x - 5}
              y={mid.y - 5}
              width={10}
              height={10}
              rx={2}
              className="pic-piece pic-piece-moving"
            />
            <text x={mid.x} y={mid.y + 3.5} className="pic-piece-number">
              {piece + 1}
            </text>
          </g>
        );
      })}
      <rect x={TRACKER.x - 38} y={TRACKER.y - 14} width={76} height={28} rx={6} className="pic-tracker" />
      <text x={TRACKER.x} y={TRACKER.y + 4.5} className="pic-label pic-label-strong">
        Tracker
      </text>
      {PEERS.map((peer, i) => (
        <g key={`p${i}`}>
          <circle cx={peer.x} cy={peer.y} r={18} className={i === 0 ? "pic-seeder" : "pic-peer"} />
          <text x={peer.x} y={peer.y + 32} className="pic-label">
            {peer.label}
          </text>
          <PieceBar x={peer.x} y={peer.y - 4} pieces={peer.pieces} />
        </g>
      ))}
    </svg>
  );
}
