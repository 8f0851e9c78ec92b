import { LabLink, Slide, Topic, Update } from "../deck/parts.tsx";

const TOPIC = "Digital Currencies";

export function DigitalCurrencies() {
  return (
    <Topic title={TOPIC}>
      <Slide id="currencies" title={TOPIC}>
        <p>
          Digital currencies, or cryptocurrencies, were the first application of blockchains. Many others have
          come since, but currencies remain the most popular and the most valuable.
        </p>
        <p>
          When the original exhibit was written, the whole cryptocurrency market was worth over $2.5 trillion.
        </p>
        <Update>
          Such figures swing widely: the total fell below $1 trillion in June 2022 and first passed $4
          trillion in July 2025 (as reported by CoinGecko). Check a live source for today’s value.
        </Update>
      </Slide>
      <Slide id="bitcoin" topic={TOPIC} title="Bitcoin">
        <p>
          Bitcoin was the first blockchain currency and is still the most popular. It is a global currency and
          payment system: people transfer value with no intermediary such as a bank, outside the control of
          central banks, currency authorities and governments.
        </p>
        <p>
          Each user has a public key, from which their address is made, and a private key that secures access
          to their “wallet”.
        </p>
        <Update>
          Bitcoin alone was worth over $1 trillion when the original was written, and passed $2 trillion in
          December 2024, when one bitcoin first cost more than $100,000.
        </Update>
      </Slide>
      <Slide id="bitcoin-mining" topic={TOPIC} title="Mining bitcoin">
        <p>
          Bitcoin uses Proof of Work. It adjusts the difficulty target (every 2,016 blocks) so that a block is
          found about every 10 minutes, and the miner who finds the nonce is rewarded with newly created
          bitcoins.
        </p>
        <Update>
          The reward halves every 210,000 blocks, roughly every four years: from 50 bitcoins in 2009 to 3.125
          since April 2024. No more than 21 million will ever exist.
        </Update>
      </Slide>
      <Slide id="currencies-lab" topic={TOPIC} title="Try it: a travel currency">
        <p>
          In Wayfare’s Pay lab you change ETH into TRIP, a travel currency on a local chain, and pay a hotel,
          a taxi and a café with it.
        </p>
        <LabLink href="/labs/pay">Open the Pay lab</LabLink>
      </Slide>
    </Topic>
  );
}
