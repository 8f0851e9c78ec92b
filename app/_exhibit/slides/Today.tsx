import { Slide, SlideLink, Topic } from "../deck/parts.tsx";

const TOPIC = "Peer-to-Peer Networking Today";

export function Today() {
  return (
    <Topic title={TOPIC}>
      <Slide id="today" title={TOPIC}>
        <p>Peer-to-peer networks now carry a wide range of applications. This exhibit looks at five:</p>
        <ul className="topic-list">
          <li>
            <SlideLink to="bittorrent">BitTorrent and file sharing</SlideLink>
          </li>
          <li>
            <SlideLink to="blockchain">Blockchain</SlideLink>
          </li>
          <li>
            <SlideLink to="currencies">Digital currencies</SlideLink>
          </li>
          <li>
            <SlideLink to="smart-contracts">Smart contracts</SlideLink>
          </li>
          <li>
            <SlideLink to="smart-tourism">Smart tourism</SlideLink>
          </li>
        </ul>
        <p>
          …and then lets you try them in <SlideLink to="gas">Wayfare’s labs</SlideLink>.
        </p>
      </Slide>
    </Topic>
  );
}
