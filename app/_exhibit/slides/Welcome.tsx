import { Topic } from "../deck/parts.tsx";

export function Welcome() {
  return (
    <Topic title="Peer-to-Peer Networking">
      <section id="welcome" className="title-slide">
        <p className="eyebrow">Wayfare · an interactive exhibit</p>
        <h1>Peer-to-Peer Networking</h1>
        <p className="subtitle">A rough guide to the internet</p>
        <p>
          How computers share without a centre, from the ARPANET to BitTorrent, blockchains and smart
          contracts, and what that could mean for travel.
        </p>
        <ul className="how-to">
          <li>
            Go <strong>right</strong> for the next topic and <strong>down</strong> for more on this one: arrow
            keys, swipe, or the arrows in the corner.
          </li>
          <li>
            <kbd>Esc</kbd> or the grid button shows every slide at once.
          </li>
          <li>The button in the top-left corner changes the look.</li>
        </ul>
      </section>
    </Topic>
  );
}
