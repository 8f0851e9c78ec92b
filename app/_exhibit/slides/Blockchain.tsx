import { LazyDemo } from "../deck/LazyDemo.tsx";
import { Slide, SlideLink, Topic, Update } from "../deck/parts.tsx";
import { ChainPicture } from "../pictures/ChainPicture.tsx";

const TOPIC = "Blockchain";

export function Blockchain() {
  return (
    <Topic title={TOPIC}>
      <Slide id="blockchain" title={TOPIC}>
        <p>
          A blockchain is a peer-to-peer distributed database in which every peer can be sure its data is
          identical to every other peer’s. Every transaction is executed and shared by all of them, and once
          the network accepts a record, it stays on the chain permanently, verifiably and unchangeably.
        </p>
        <p>
          Blockchains were invented in 2008 by Satoshi Nakamoto, a person or group still unknown, for the
          digital currency that became Bitcoin. (Chaining records by hash goes back to Haber and Stornetta’s
          time-stamping work of 1991.)
        </p>
      </Slide>
      <Slide id="blockchain-principles" topic={TOPIC} title="Principles">
        <ul className="terms">
          <li>
            <strong>Decentralised:</strong> no reliance on any single central authority.
          </li>
          <li>
            <strong>Transparent:</strong> all data and operations are visible to and auditable by all.
          </li>
          <li>
            <strong>Trustless:</strong> no need to trust any authority or individual.
          </li>
          <li>
            <strong>Immutable:</strong> stored data cannot be erased; changes are recorded as an audit trail.
          </li>
          <li>
            <strong>Anonymous:</strong> no need to reveal your real-world identity (strictly, pseudonymous: an
            address’s history is public).
          </li>
          <li>
            <strong>Open source:</strong> anyone can check the code and build on it.
          </li>
        </ul>
        <p className="note">Not every application built on a blockchain lives up to these.</p>
      </Slide>
      <Slide id="blockchain-new-records" topic={TOPIC} title="How a record is added">
        <ol>
          <li>The sender broadcasts the new record to the network.</li>
          <li>It joins a pool of pending transactions.</li>
          <li>Verifiers pick records from the pool, validate them and group them into a block.</li>
          <li>
            Verifiers compete to have their block accepted; there are several ways to settle the contest.
          </li>
          <li>Every node runs a consensus algorithm to decide which block to confirm.</li>
          <li>Every node adds the confirmed block to its copy of the chain.</li>
        </ol>
      </Slide>
      <Slide id="blockchain-elements" topic={TOPIC} title="Three elements">
        <p>Every blockchain is made of three fundamental elements:</p>
        <ul className="topic-list">
          <li>
            <SlideLink to="blocks">Blocks</SlideLink>: the records, chained together
          </li>
          <li>
            <SlideLink to="nodes">Nodes</SlideLink>: the machines that keep copies
          </li>
          <li>
            <SlideLink to="verifiers">Verifiers</SlideLink>: those who propose new blocks
          </li>
        </ul>
      </Slide>
      <Slide id="blocks" topic={TOPIC} title="Blocks">
        <p>
          The chain is an ever-growing sequence of blocks, each linked to the one before. A block holds a
          batch of data, whatever the blockchain is for, and a header with two hashes and a timestamp: the
          hash of the previous block, and a hash of this block’s own data.
        </p>
        <ChainPicture />
      </Slide>
      <Slide id="chain-verification" topic={TOPIC} title="Verifying the chain">
        <p>
          To verify a chain, hash the data in the newest block and check that it matches the hash in its
          header. Then hash the previous block and check it against the previous-block hash in that header,
          and so on, back to the first block.
        </p>
        <p>
          Finding two inputs with the same hash is practically impossible, so a mismatch anywhere means the
          data in a block was tampered with or corrupted.
        </p>
      </Slide>
      <Slide id="chain-demo" topic={TOPIC} title="Try it: tamper with a block" className="demo-slide">
        <LazyDemo name="chain" />
      </Slide>
      <Slide id="hash-functions" topic={TOPIC} title="Hash functions">
        <p>
          A cryptographic hash function is a one-way function: it takes input of any size and returns output
          of a fixed size, such as the 256 bits of Keccak-256, the hash Ethereum uses.
        </p>
        <ol>
          <li>Given any input, the output is easy to compute.</li>
          <li>Given an output, finding an input that produces it is very hard.</li>
          <li>Finding two inputs with the same output is very hard.</li>
        </ol>
      </Slide>
      <Slide id="hash-demo" topic={TOPIC} title="Try it: Keccak-256" className="demo-slide">
        <LazyDemo name="hash" />
      </Slide>
      <Slide id="nodes" topic={TOPIC} title="Nodes">
        <p>
          No single device should control the whole blockchain. Instead many machines, the <em>nodes</em>,
          each keep their own copy, and a majority of them must agree before the chain is updated. Once they
          agree, a new block can be added.
        </p>
        <p className="note">
          You can use a blockchain without being a “full node”: take the latest block of the longest chain
          available and verify it with a number of other nodes.
        </p>
      </Slide>
      <Slide id="verifiers" topic={TOPIC} title="Verifiers">
        <p>
          Verifiers take transactions from the pool, check that each is valid (for a transfer, that the
          sender’s balance covers it), group them into a block and propose it to the network.
        </p>
        <p>
          They then compete to have their block accepted. The two most popular ways to settle the contest are
          Proof of Work and Proof of Stake. The winner usually earns a reward, and on many blockchains the
          same machines are both nodes and verifiers.
        </p>
      </Slide>
      <Slide id="proof-of-work" topic={TOPIC} title="Proof of Work (PoW)">
        <p>
          Proof of Work is the contest Nakamoto proposed; doing it is <em>mining</em>. Miners vary a number in
          the block header, the <em>nonce</em>, until the header’s hash falls below a{" "}
          <em>difficulty target</em>, which the network adjusts to keep blocks coming at a constant rate.
          Hashes are one-way, so only brute force works.
        </p>
        <p>
          Change anything in a block and its nonce must be found again, and so must every later block’s.
          Nakamoto called it “one-CPU-one-vote”: the longest chain, with the most work in it, is the
          majority’s decision.
        </p>
      </Slide>
      <Slide id="mining-demo" topic={TOPIC} title="Try it: mine a nonce" className="demo-slide">
        <LazyDemo name="mining" />
      </Slide>
      <Slide id="proof-of-stake" topic={TOPIC} title="Proof of Stake (PoS)">
        <p>
          Proof of Work is criticised for the vast computing time and electricity spent guessing nonces, and
          for how few blocks it adds per minute. Proof of Stake answers that: a verifier’s chance of having
          its block accepted depends on how large a stake it holds in the network. Two things protect it:
        </p>
        <ol>
          <li>An attacker would need a very large, very expensive stake.</li>
          <li>Attacking would devalue the very stake the attacker paid for.</li>
        </ol>
      </Slide>
      <Slide id="the-merge" topic={TOPIC} title="Proof of Stake today">
        <Update>
          Ethereum moved from Proof of Work to Proof of Stake on 15 September 2022 (“the Merge”), cutting its
          energy use by about 99.95%. Each validator locks up 32 ETH, part of which is destroyed (“slashed”)
          if it cheats. Bitcoin still uses Proof of Work.
        </Update>
        <p>
          Wayfare’s labs run on a local Ethereum chain:{" "}
          <SlideLink to="gas">see what a transaction costs</SlideLink>.
        </p>
      </Slide>
    </Topic>
  );
}
