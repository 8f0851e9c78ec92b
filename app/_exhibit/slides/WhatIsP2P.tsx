import { Slide, SlideLink, Topic } from "../deck/parts.tsx";
import { SideBySide } from "../pictures/SideBySide.tsx";

const TOPIC = "What are Peer-to-Peer Networks?";

export function WhatIsP2P() {
  return (
    <Topic title={TOPIC}>
      <Slide id="what-is-p2p" title={TOPIC}>
        <p>
          A peer-to-peer network (P2P, or Peer2Peer) is a distributed network whose members all have the same
          standing. They are called <em>peers</em> or <em>nodes</em>.
        </p>
        <p>
          Nobody is only a customer: each peer lends some of its own processing power, disk space or bandwidth
          directly to the others, with no intermediary. Those pooled resources are what the network’s services
          and content are made of.
        </p>
      </Slide>
      <Slide id="hybrid-and-pure" topic={TOPIC} title="Hybrid and pure">
        <p>
          <strong>Hybrid</strong> peer-to-peer networks still need a central party for some part of the
          service, such as a directory that helps peers find each other.
        </p>
        <p>
          <strong>Pure</strong> peer-to-peer networks need nothing central: remove any single peer, whichever
          it is, and the service carries on. You can put that to the test on a{" "}
          <SlideLink to="swarm-demo">BitTorrent swarm</SlideLink> later in the exhibit.
        </p>
      </Slide>
      <Slide id="client-server" topic={TOPIC} title="The alternative: client–server">
        <p>
          In a client–server network, one central and more powerful machine, the <em>server</em>, offers
          content or a service to one or more less powerful <em>clients</em>.
        </p>
        <p>
          The clients only consume: they use what the server provides and contribute none of their own
          resources. Most of the web works this way.
        </p>
      </Slide>
      <Slide id="side-by-side" topic={TOPIC} title="Side-by-Side">
        <SideBySide />
        <p className="caption">
          Client–server architecture: every client depends on the one server. Peer-to-peer architecture: each
          peer links to several others, so losing one breaks nothing.
        </p>
      </Slide>
    </Topic>
  );
}
