import { Slide, SlideLink, Topic } from "../deck/parts.tsx";

const ORIGINAL =
  "https://bookstack.jbm.fyi/books/principles-of-computer-communication-systems/page/peer-to-peer-networking";

export function ThankYou() {
  const topic = "Thank you!";
  return (
    <Topic title={topic}>
      <Slide id="thank-you" title={topic}>
        <p>
          Thanks for visiting. This exhibit retells, in new words and with live demos, the interactive exhibit
          “Peer-to-Peer Networking: Rough Guide to the Internet”.
        </p>
        <p>
          Back to the <SlideLink to="welcome">beginning</SlideLink>, or on to the{" "}
          <SlideLink to="sources">sources</SlideLink>.
        </p>
      </Slide>
      <Slide id="sources" topic={topic} title="Sources">
        <p>
          Source material and references of the original exhibit:{" "}
          <a href={ORIGINAL} rel="noreferrer">
            Peer-to-Peer Networking, in Principles of Computer Communication Systems (bookstack.jbm.fyi)
          </a>
          .
        </p>
        <p>
          Facts updated since the original are dated on their slides. They come from ethereum.org (the Merge,
          staking, EIP-1559), the Bitcoin protocol’s halving schedule, CoinGecko (market values), Synergy
          Research Group (cloud market shares), Verisign’s Domain Name Industry Brief (domain counts) and
          Google’s IPv6 statistics.
        </p>
        <p className="note">Text, pictures and demos: Wayfare. Slides: reveal.js.</p>
      </Slide>
    </Topic>
  );
}
