const BLOCKS = [
  { height: 41, prev: "00c4…", data: "9e1f…", time: "10:31" },
  { height: 42, prev: "0a7b…", data: "41d2…", time: "10:41" },
  { height: 43, prev: "03f8…", data: "c07a…", time: "10:52" },
];
const WIDTH = 96;
const GAP = 21;

/** A chain of three blocks, each header pointing back at the block before it. */
export function ChainPicture() {
  return (
    <svg
      viewBox="0 0 330 136"
      role="img"
      aria-labelledby="chain-title chain-desc"
      className="picture picture-wide"
    >
      <title id="chain-title">A chain of blocks</title>
      <desc id="chain-desc">
        Three blocks, numbered 41, 42 and 43, side by side. Each has a header holding the hash of the previous
        block, a hash of its own data and a timestamp, above its data. An arrow runs from each block&apos;s
        previous-hash field back to the block before it, so the blocks form a chain.
      </desc>
      <defs>
        <marker
          id="chain-arrow"
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
      {BLOCKS.map((block, i) => {
        const x = i * (WIDTH + GAP);
        return (
          <g key={block.height} transform={`translate(${x} 6)`}>
            <rect width={WIDTH} height={124} rx={7} className="pic-block" />
            <path
              d={`M0 7 a7 7 0 0 1 7 -7 h${WIDTH - 14} a7 7 0 0 1 7 7 v15 h-${WIDTH} z`}
              className="pic-block-head"
            />
            <text x={WIDTH / 2} y={16} className="pic-label pic-label-inverse">
              Block {block.height}
            </text>
            <text x={8} y={40} className="pic-field">
              prev {block.prev}
            </text>
            <text x={8} y={58} className="pic-field">
              data {block.data}
            </text>
            <text x={8} y={76} className="pic-field">
              time {block.time}
            </text>
            <line x1={8} x2={WIDTH - 8} y1={86} y2={86} className="pic-divider" />
            {[98, 108, 118].map((y, row) => (
              <rect
                key={y}
                x={8}
                y={y - 4}
                width={WIDTH - 16 - row * 14}
                height={5}
                rx={2.5}
                className="pic-data"
              />
            ))}
          </g>
        );
      })}
      {BLOCKS.slice(1).map((block, i) => {
        const x = (i + 1) * (WIDTH + GAP);
        return (
          <path
            key={block.height}
            d={`M${x + 4} 42 C ${x - 10} 42, ${x - 8} 20, ${x - GAP + 1} 20`}
            className="pic-transfer"
            markerEnd="url(#chain-arrow)"
          />
        );
      })}
    </svg>
  );
}
