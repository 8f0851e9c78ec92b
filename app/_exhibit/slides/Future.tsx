import { Slide, Topic, Update } from "../deck/parts.tsx";

const TOPIC = "Future";

export function Future() {
  return (
    <Topic title={TOPIC}>
      <Slide id="future" title={TOPIC}>
        <p>
          Society today largely follows the client–server model: large corporations such as Google and Amazon
          serve everyone else. A small number of powerful companies provide much of the internet’s physical
          infrastructure, its routers and servers, and so control much of the internet.
        </p>
        <p>
          Cloud computing is especially concentrated: three companies, Amazon, Microsoft and Google, held 60%
          of the cloud server market when the original was written.
        </p>
        <Update>
          Their combined share was still above 60% in 2025, by Synergy Research Group’s estimates.
        </Update>
      </Slide>
      <Slide id="future-bottom-up" topic={TOPIC} title="Top-down or bottom-up">
        <p>
          That concentration gives a few companies great control over what content appears online, who gets
          the fastest connections, and which servers get shut down.
        </p>
        <p>
          The internet has been built from the top down. Peer-to-peer networks offer a chance to rebuild it
          from the bottom up, with users more in control of the content and data they share.
        </p>
      </Slide>
      <Slide id="future-finance" topic={TOPIC} title="Finance without intermediaries?">
        <p>
          In finance, a few banks control access to most people’s assets, and many markets are closed to
          smaller players. Central banks and governments steer the economy through regulation and monetary
          policy, and can inflate their currencies at will.
        </p>
        <p>
          Digital currencies are assets that government pressure cannot inflate and that need no bank, and
          smart contracts already offer many financial services: <em>decentralised finance</em>, or DeFi.
          Widely adopted, supporters argue, they could end government-controlled money and open markets to
          individuals.
        </p>
      </Slide>
      <Slide id="future-beyond-finance" topic={TOPIC} title="Beyond finance">
        <p>
          Smart contracts and blockchains are not only about money. Ethereum already runs games, casinos and
          cloud storage, and other industries have proposals: hospitals and researchers sharing data while
          respecting privacy; energy markets with better data and forecasts; a decentralised identity that
          vouches for you without handing your data to every service; buying and selling homes made painless.
        </p>
        <p>Blockchain is young; its finest applications may still be beyond imagining.</p>
      </Slide>
      <Slide id="future-mesh" topic={TOPIC} title="A parallel internet">
        <p>
          Modern wireless technology could let peers build mesh networks over wide areas without the usual
          infrastructure, which is useful for phones and connected cars. Widely adopted, that could become a
          parallel global internet.
        </p>
        <p>
          It would work best with a standard peer-to-peer network stack, like TCP/IP today, so that many
          protocols and applications share one general-purpose network instead of each growing its own.
          (libp2p, used by IPFS and by Ethereum’s consensus layer, is a step in that direction.)
        </p>
      </Slide>
    </Topic>
  );
}
