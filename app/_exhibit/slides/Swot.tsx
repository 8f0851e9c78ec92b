import type { ReactNode } from "react";

import { Slide, Topic } from "../deck/parts.tsx";

type Point = [term: string, text: ReactNode];

/** A list topic split over as many slides as it needs to stay readable on a phone. */
function PointsTopic({
  id,
  title,
  more,
  pages,
}: {
  id: string;
  title: string;
  /** Heading of the second slide. */
  more: string;
  pages: Point[][];
}) {
  return (
    <Topic title={title}>
      {pages.map((points, page) => (
        <Slide
          key={page}
          id={page === 0 ? id : `${id}-${page + 1}`}
          topic={page === 0 ? undefined : title}
          title={page === 0 ? title : more}
        >
          <ul className="terms">
            {points.map(([term, text]) => (
              <li key={term}>
                <strong>{term}:</strong> {text}
              </li>
            ))}
          </ul>
        </Slide>
      ))}
    </Topic>
  );
}

export function Strengths() {
  return (
    <PointsTopic
      id="strengths"
      title="Strengths of Peer-to-Peer Networks"
      more="Flexible and open"
      pages={[
        [
          ["Resilience", "no single point of failure: losing one peer, or several, does not bring it down."],
          ["Inexpensive", "no dedicated servers; devices people already have can join."],
          [
            "Cost reduction",
            "users maintain their own peers and less infrastructure is needed: fewer support staff.",
          ],
          ["Self-scaling", "every peer that joins to use the service is also there to provide it."],
          [
            "Decentralised",
            "no authority controls it, so censorship and regulation are hard or impossible; no single bottleneck.",
          ],
        ],
        [
          ["Ad hoc", "does not depend on existing infrastructure."],
          ["Self-organising", "forms and grows without planning or coordination."],
          ["Adaptability", "new clients of any kind can join easily."],
          [
            "Transparency",
            "more transparent than traditional networks; peers know the topology around them.",
          ],
          [
            "DDoS protection",
            "“pure” P2P networks are almost immune to distributed denial-of-service attacks.",
          ],
        ],
      ]}
    />
  );
}

export function Weaknesses() {
  return (
    <PointsTopic
      id="weaknesses"
      title="Weaknesses of Peer-to-Peer Networks"
      more="Hard to govern"
      pages={[
        [
          [
            "Security",
            "peers often let other peers use their hardware, which brings new security challenges.",
          ],
          [
            "The web is built for client–server",
            "asymmetric links and the internet’s layout get in the way: most peers sit at the edge and can only reach each other through some central party.",
          ],
          [
            "Interoperability",
            "most P2P networks speak one specialised protocol, so a new application often needs a whole new network.",
          ],
          ["Finding resources", "locating things is hard without falling back on a central index."],
        ],
        [
          [
            "Lack of control",
            "with no central authority it is hard to stop misuse, such as hogging all the bandwidth or sharing illegal content.",
          ],
          [
            "Lack of planning",
            "P2P networks grow unplanned, so their topology, size, stability, throughput and location cannot be planned or predicted.",
          ],
          [
            "Uncooperative behaviour",
            "users can consume without contributing, creating imbalances and bottlenecks. BitTorrent calls peers that download without staying to seed “leechers”.",
          ],
        ],
      ]}
    />
  );
}

export function Opportunities() {
  return (
    <PointsTopic
      id="opportunities"
      title="Opportunities for Peer-to-Peer Networks"
      more="Power to the edges"
      pages={[
        [
          ["Coverage", "extending networks to places that lack infrastructure."],
          [
            "New networks",
            "a wide-area P2P internet could open great opportunities for new technologies and applications.",
          ],
          ["New markets", "P2P networks, cryptocurrencies above all, have created a range of new markets."],
          ["Censorship resistance", "sharing censored information under oppressive regimes."],
        ],
        [
          ["Accessibility", "connecting without paying an internet provider, on cheaper devices."],
          [
            "Cost cutting",
            "technologies such as digital currencies cut out intermediaries, brokers and middlemen.",
          ],
          [
            "Individual control",
            "handing some of the power gathered by big technology companies and governments back to individuals.",
          ],
          ["Data", "blockchains can manage data more efficiently and transparently."],
        ],
      ]}
    />
  );
}

export function Threats() {
  return (
    <PointsTopic
      id="threats"
      title="Threats to Peer-to-Peer Networks"
      more="An internet built for something else"
      pages={[
        [
          [
            "Security",
            "P2P users may be outside protections such as firewalls and more exposed to attackers, which could put people off.",
          ],
          [
            "Legal",
            "illegal activity could damage a protocol’s reputation and even bring legal action against it.",
          ],
          [
            "Regulation",
            "action against the more revolutionary ideas could cut their profitability and productivity and discourage adoption.",
          ],
          ["Uncooperative traffic", "a flood of peers that only consume could overwhelm a network."],
        ],
        [
          [
            "Infrastructure",
            "today’s web is optimised for client–server and may not cope with the two-way traffic mass adoption would bring.",
          ],
          ["Centralisation", "relying on central services or components erodes the benefits of P2P."],
          [
            "Resistance",
            "much of the internet’s infrastructure belongs to a few private companies that may not let P2P protocols run.",
          ],
          ["Access", "providers often block BitTorrent traffic and may block other P2P protocols in future."],
        ],
      ]}
    />
  );
}

export function TakingAdvantage() {
  const title = "Taking advantage of Peer-to-Peer Networks";
  return (
    <Topic title={title}>
      <Slide id="taking-advantage" title={title}>
        <ul>
          <li>Use P2P technology to cut out brokers, middlemen and intermediaries.</li>
          <li>
            Use a blockchain for transparent, authoritative, permanent, traceable and verifiable records that
            many people need to read and write.
          </li>
          <li>Want full control, or to know who takes part? Use a private or permissioned blockchain.</li>
          <li>Critical systems can avoid a single point of failure through decentralisation.</li>
          <li>
            P2P fits when you would rather not rely on a central authority, such as a government or a cloud
            provider.
          </li>
        </ul>
      </Slide>
    </Topic>
  );
}
