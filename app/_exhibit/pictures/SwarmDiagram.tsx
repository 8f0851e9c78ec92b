interface DiagramPeer {
  x: number;
  y: number;
  label: string;
  /** Which of the file's six pieces this peer holds. */
  pieces: boolean[];
  /** Label and pieces above the circle (the top row, whose arrows leave downwards). */
  above?: boolean;
}

const SEEDER: DiagramPeer = {
  x: 48,
  y: 124,
  label: "Seeder",
  pieces: [true, true, true, true, true, true],
  above: true,
};
const LEECHERS: DiagramPeer[] = [
  { x: 168, y: 112, label: "Leecher", pieces: [true, false, true, false, false, true], above: true },
  { x: 280, y: 128, label: "Leecher", pieces: [false, true, false, false, true, false], above: true },
  { x: 100, y: 200, label: "Leecher", pieces: [false, false, true, true, false, false] },
  { x: 232, y: 206, label: "Leecher", pieces: [true, false, false, false, false, false] },
];
const PEERS = [SEEDER, ...LEECHERS];
const TRACKER = { x: 160, y: 22 };
const RADIUS = 14;
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
        One seeder holds all six pieces of the file, shown as six filled squares under it; four leechers each
        hold a different few. Arrows show pieces moving directly between peers: from the seeder to leechers,
        and from leechers to other leechers, so every peer downloads and uploads at the same time.
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
        const start = { x: a.x + ux * (RADIUS + 3), y: a.y + uy * (RADIUS + 3) };
        const end = { x: b.x - ux * (RADIUS + 5), y: b.y - uy * (RADIUS + 5) };
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
              x={mid.x - 4.5}
              y={mid.y - 4.5}
              width={9}
              height={9}
              rx={2}
              className="pic-piece pic-piece-moving"
              data-piece={piece + 1}
            />
          </g>
        );
      })}
      <rect x={TRACKER.x - 38} y={TRACKER.y - 14} width={76} height={28} rx={6} className="pic-tracker" />
      <text x={TRACKER.x} y={TRACKER.y + 4.5} className="pic-label pic-label-strong">
        Tracker
      </text>
      {PEERS.map((peer, i) => (
        <g key={`p${i}`}>
          <circle cx={peer.x} cy={peer.y} r={RADIUS} className={i === 0 ? "pic-seeder" : "pic-peer"} />
          <PieceBar
            x={peer.x}
            y={peer.above ? peer.y - RADIUS - 13 : peer.y + RADIUS + 5}
            pieces={peer.pieces}
          />
          <text x={peer.x} y={peer.above ? peer.y - RADIUS - 18 : peer.y + RADIUS + 28} className="pic-label">
            {peer.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
