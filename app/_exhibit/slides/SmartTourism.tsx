import { LabLink, Slide, Topic } from "../deck/parts.tsx";

const TOPIC = "Smart Tourism";

export function SmartTourism() {
  return (
    <Topic title={TOPIC}>
      <Slide id="smart-tourism" title={TOPIC}>
        <p>
          Smart tourism is the travel trade using new technologies and practices to manage resources better
          and more sustainably, while becoming more competitive.
        </p>
        <p>Peer-to-peer networks can bring the tourism sector a number of benefits.</p>
      </Slide>
      <Slide id="tourism-connectivity" topic={TOPIC} title="Connected anywhere">
        <p>
          Peers can form ad hoc networks to exchange information even where there is no network
          infrastructure. Tourists in remote or less developed places could use them to keep in touch, and to
          find attractions and services.
        </p>
      </Slide>
      <Slide id="tourism-payments" topic={TOPIC} title="No local cash needed">
        <p>
          Abroad, most tourists first need some local currency. Digital currencies could remove that step:
          businesses could accept them directly, or exchanges could convert them quickly into local money or a
          digital version of it.
        </p>
        <p>
          Many services, such as ordering a taxi or food, already run through phone apps; letting them accept
          digital currency would be straightforward.
        </p>
        <LabLink href="/labs/pay">Pay a café in the Pay lab</LabLink>
      </Slide>
      <Slide id="tourism-data" topic={TOPIC} title="Sharing data, respecting privacy">
        <p>
          Travel agents, airlines, hotels, attractions and restaurants could use blockchains to share data
          about travellers in a smarter, more secure and more privacy-respecting way.
        </p>
        <p>
          That data could improve the trip itself, for example by managing queues, make marketing better, and
          make travel easier: the hotel already has what it needs when you arrive.
        </p>
      </Slide>
      <Slide id="tourism-documents" topic={TOPIC} title="Documents as tokens">
        <p>
          Blockchains could even do away with travel documents such as passports, visas and tickets,
          representing them as non-fungible tokens (NFTs).
        </p>
        <p>
          Currency tokens are fungible: any one is as good as another. An NFT is unique and equivalent to no
          other token, so it can stand for ownership of one particular asset, such as a work of art or a plane
          ticket.
        </p>
        <LabLink href="/labs/tickets">Buy a ticket that is an NFT in the Tickets lab</LabLink>
      </Slide>
    </Topic>
  );
}
