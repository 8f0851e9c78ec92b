/** Six devices around a centre, used by both halves of the picture so they compare like for like. */
const RING = Array.from({ length: 6 }, (_, i) => {
  const angle = (Math.PI / 3) * i - Math.PI / 2;
  return { x: 100 + 70 * Math.cos(angle), y: 90 + 70 * Math.sin(angle) };
});
/** The peer-to-peer mesh: neighbours on the ring plus the three long diagonals. */
const MESH: [number, number][] = [
  [0, 1],
  [1, 2],
  [2, 3],
  [3, 4],
  [4, 5],
  [5, 0],
  [0, 3],
  [1, 4],
  [2, 5],
];

function ClientServer() {
  return (
    <svg viewBox="0 0 200 180" role="img" aria-labelledby="cs-title cs-desc" className="picture">
      <title id="cs-title">Client–server architecture</title>
      <desc id="cs-desc">
        Six client devices, each connected by a single line to one server in the middle. The clients are not
        connected to each other: everything goes through the server.
      </desc>
      {RING.map((client, i) => (
        <line key={`l${i}`} x1={client.x} y1={client.y} x2={100} y2={90} className="pic-link" />
      ))}
      <rect x={78} y={62} width={44} height={56} rx={5} className="pic-server" />
      {[74, 86, 98].map((y) => (
        <line key={y} x1={86} x2={114} y1={y} y2={y} className="pic-server-line" />
      ))}
      <circle cx={108} cy={109} r={3} className="pic-server-line-dot" />
      {RING.map((client, i) => (
        <g key={`c${i}`} transform={`translate(${client.x - 14} ${client.y - 11})`}>
          <rect width={28} height={18} rx={3} className="pic-node" />
          <line x1={-3} x2={31} y1={21} y2={21} className="pic-node-base" />
        </g>
      ))}
    </svg>
  );
}

function PeerToPeer() {
  return (
    <svg viewBox="0 0 200 180" role="img" aria-labelledby="p2p-title p2p-desc" className="picture">
      <title id="p2p-title">Peer-to-peer architecture</title>
      <desc id="p2p-desc">
        Six peers of equal size in a ring, each connected directly to several others and none in the middle:
        removing any one peer leaves the rest still connected.
      </desc>
      {MESH.map(([a, b]) => (
        <line
          key={`${a}-${b}`}
          x1={RING[a].x}
          y1={RING[a].y}
          x2={RING[b].x}
          y2={RING[b].y}
          className="pic-link"
        />
      ))}
      {RING.map((peer, i) => (
        <circle key={i} cx={peer.x} cy={peer.y} r={14} className="pic-peer" />
      ))}
    </svg>
  );
}

/** Client–server and peer-to-peer, side by side (the original's "Side-by-Side" picture). */
export function SideBySide() {
  return (
    <div className="side-by-side">
      <figure>
        <ClientServer />
        <figcaption>Client–server</figcaption>
      </figure>
      <figure>
        <PeerToPeer />
        <figcaption>Peer-to-peer</figcaption>
      </figure>
    </div>
  );
}
