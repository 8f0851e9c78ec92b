import { LazyDemo } from "../deck/LazyDemo.tsx";
import { Slide, Topic } from "../deck/parts.tsx";
import { SwarmDiagram } from "../pictures/SwarmDiagram.tsx";

const TOPIC = "BitTorrent";

export function BitTorrent() {
  return (
    <Topic title={TOPIC}>
      <Slide id="bittorrent" title={TOPIC}>
        <p>
          BitTorrent, often just “torrent”, is the most popular file-sharing protocol. Bram Cohen released it
          in 2001 to share large files efficiently over slow networks.
        </p>
        <p>
          In 2019 it generated 2.24% of the internet’s downstream traffic and 27.58% of its upstream traffic:
          every BitTorrent user uploads as well as downloads.
        </p>
      </Slide>
      <Slide id="bittorrent-swarm" topic={TOPIC} title="Joining the swarm">
        <p>
          Instead of downloading from one server, you join a <em>swarm</em> of peers and trade with them. The
          file is split into <em>pieces</em>; a complete copy is a <em>seed</em>, and a peer sharing one is a{" "}
          <em>seeder</em>. Every piece a peer receives, it can pass on. Peers fetch many pieces at once, in
          any order, and reassemble the file at the end.
        </p>
        <p>
          Once a seeder has sent every piece into the swarm, it can leave: the others can still complete the
          file from each other, and each finished peer can seed in turn. Only those who want the file share
          the work of distributing it.
        </p>
      </Slide>
      <Slide id="swarm-picture" topic={TOPIC} title="How the swarm interacts">
        <SwarmDiagram />
        <p className="caption">
          The tracker only introduces peers to each other; the pieces travel directly between peers.
        </p>
      </Slide>
      <Slide id="swarm-demo" topic={TOPIC} title="Try it: a swarm" className="demo-slide">
        <LazyDemo name="swarm" />
      </Slide>
      <Slide id="torrent-files" topic={TOPIC} title="Torrent files and trackers">
        <p>
          To download, you first need the <em>torrent file</em>: a small text file that describes the content,
          names a tracker, and lists a cryptographic hash of every piece (SHA-1 in the original format,
          SHA-256 in BitTorrent v2), so accidental or malicious changes are caught.
        </p>
        <p>
          A <em>tracker</em> is a server that keeps track of which peers have the file; your client asks it
          for peers. The protocol has no way to search for torrent files: that is left to <em>indexes</em>,
          websites with searchable collections of them.
        </p>
      </Slide>
      <Slide id="bittorrent-decentralised" topic={TOPIC} title="Taking out the centre">
        <p>
          Relying on trackers makes classic BitTorrent a hybrid network with a central point of failure.{" "}
          <em>Multitrackers</em> let one torrent name several trackers. <em>Peer exchange</em> (PEX) lets
          peers tell each other about the swarm directly, though it cannot bring a newcomer in.
        </p>
        <p>
          <em>Distributed trackers</em> can: a database spread over the peers themselves, a Distributed Hash
          Table (DHT). That leaves the indexes as the last central part, and DHT-based indexes are slowly
          replacing them too.
        </p>
      </Slide>
      <Slide id="bittorrent-controversy" topic={TOPIC} title="Legal, but contested">
        <p>
          BitTorrent is criticised for carrying copyrighted and illicit material. The protocol is entirely
          legal, only some content is not, yet many internet providers block or throttle torrent traffic, and
          many users hide theirs behind VPNs.
        </p>
        <p>
          Authorities block indexes and trackers and pursue their operators, who try to stay anonymous.
          Blocked indexes return under new names or move to the dark web, reachable only with special clients
          such as Tor. All this drove the push to decentralise the protocol further.
        </p>
      </Slide>
    </Topic>
  );
}
