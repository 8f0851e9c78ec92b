import { LabLink, Slide, SlideLink, Topic } from "../deck/parts.tsx";

/**
 * The topics that lead into Wayfare's labs. Each lab links back to its topic's first slide:
 * /#/gas, /#/pay, /#/save, /#/tickets and /#/auction.
 */
export function GasTopic() {
  const topic = "Gas: what a transaction costs";
  return (
    <Topic title={topic}>
      <Slide id="gas" title={topic}>
        <p>
          Every Ethereum transaction pays for the work it causes, measured in gas. Even a plain transfer of
          ether costs 21,000 gas, the intrinsic cost of any transaction.
        </p>
        <p>
          On top come the data it carries (16 gas per non-zero byte, 4 per zero byte), the code it runs, and
          above all the storage it writes: filling an empty storage slot costs 20,000 gas, plus 2,100 the
          first time a transaction touches that slot.
        </p>
      </Slide>
      <Slide id="gas-fees" topic={topic} title="Base fee and tip">
        <p>
          The fee is the gas used times the gas price, and since August 2021 (EIP-1559) the price has two
          parts. The <em>base fee</em> is set by the protocol for each block, rising by up to 12.5% after a
          block that is more than half full and falling after one that is less, and it is burned.
        </p>
        <p>
          The <em>priority fee</em>, or tip, goes to the block’s producer, and it decides the order: the{" "}
          <SlideLink to="auction">auction</SlideLink> shows how.
        </p>
      </Slide>
      <Slide id="gas-lab" topic={topic} title="Try it: the Gas lab">
        <p>
          Send real transactions on a local chain and take their cost apart: intrinsic gas, calldata,
          execution and storage, base fee and tip, and the base fee moving block by block.
        </p>
        <LabLink href="/labs/gas">Open the Gas lab</LabLink>
      </Slide>
    </Topic>
  );
}

export function PayTopic() {
  const topic = "Paying your way: a travel currency";
  return (
    <Topic title={topic}>
      <Slide id="pay" title={topic}>
        <p>
          Wayfare’s labs use TRIP, a travel currency: an ERC-20 token on a local chain. An exchange desk,
          itself a contract, changes ETH into TRIP at a fixed 1,000 TRIP per ETH and back again, and always
          holds enough ETH to buy back every TRIP in circulation.
        </p>
      </Slide>
      <Slide id="pay-gasless" topic={topic} title="Paying without gas">
        <p>
          Every transaction needs ETH for gas, which a tourist holding only TRIP does not have. With EIP-3009,
          the scheme the USDC stablecoin uses, the tourist signs a payment instead; the café submits it and
          pays the gas, and the token contract checks the signature before moving the money.
        </p>
        <LabLink href="/labs/pay">Open the Pay lab</LabLink>
      </Slide>
    </Topic>
  );
}

export function SaveTopic() {
  const topic = "Saving for the next trip";
  return (
    <Topic title={topic}>
      <Slide id="save" title={topic}>
        <p>
          A savings contract that keeps a deposit and returns it at a later date is one of the simple
          applications the original exhibit mentions. Wayfare’s vault follows ERC-4626, the standard for
          tokenised vaults: you deposit TRIP and receive shares.
        </p>
        <p>
          You choose when your savings unlock, can only move that date later, and cannot withdraw before it.
        </p>
      </Slide>
      <Slide id="save-growth" topic={topic} title="Watching it grow">
        <p>
          When a sponsor adds rewards to the vault, every share is worth more TRIP: the share price rises for
          all savers at once. Set a goal, follow its progress, and see the lock hold until its time.
        </p>
        <LabLink href="/labs/save">Open the Save lab</LabLink>
      </Slide>
    </Topic>
  );
}

export function TicketsTopic() {
  const topic = "Tickets as NFTs";
  return (
    <Topic title={topic}>
      <Slide id="tickets" title={topic}>
        <p>
          A ticket is a natural non-fungible token: one journey, one seat, no two alike. Wayfare’s tickets
          follow ERC-721. You pay in TRIP, your seat is numbered, and journeys that are sold out or have
          departed refuse further sales. Each ticket’s picture is an SVG drawn by the contract itself, on
          chain.
        </p>
      </Slide>
      <Slide id="tickets-check-in" topic={topic} title="From ticket to souvenir">
        <p>
          At the gate an inspector checks your ticket in. From then on it is locked to you as a souvenir
          (ERC-5192), and no ticket changes hands after departure. Resales pay the issuer a royalty
          (ERC-2981).
        </p>
        <LabLink href="/labs/tickets">Open the Tickets lab</LabLink>
      </Slide>
    </Topic>
  );
}

export function AuctionTopic() {
  const topic = "The auction for the last seat";
  return (
    <Topic title={topic}>
      <Slide id="auction" title={topic}>
        <p>
          The original exhibit notes that users offering higher gas prices have their transactions processed
          first. On Ethereum today it is the priority tip that counts: block builders order the transactions
          in a block by the tip they pay.
        </p>
      </Slide>
      <Slide id="auction-race" topic={topic} title="Who gets the seat?">
        <p>
          You and a few bots race for one prize in the same block, each offering a different tip. The chain
          pauses, everyone submits, one block is mined, and you see the order: highest tip first. The losers’
          transactions still run, fail, and pay for their gas.
        </p>
        <LabLink href="/labs/auction">Open the Auction lab</LabLink>
      </Slide>
    </Topic>
  );
}
