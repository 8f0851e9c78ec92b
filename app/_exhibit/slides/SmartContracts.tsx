import { LabLink, Slide, Topic, Update } from "../deck/parts.tsx";

const TOPIC = "Smart Contracts";

export function SmartContracts() {
  return (
    <Topic title={TOPIC}>
      <Slide id="smart-contracts" title={TOPIC}>
        <p>
          Smart contracts are another revolutionary use of blockchains: computer programs that automatically
          carry out, control or record events according to the terms of a contract.
        </p>
        <p>
          The idea is older than blockchains. The earliest examples were vending machines, the example Nick
          Szabo used when he coined the term in the 1990s. In 2013 Vitalik Buterin proposed using a blockchain
          as a decentralised global computer that could run all kinds of applications, services and contracts.
        </p>
      </Slide>
      <Slide id="ethereum-gas" topic={TOPIC} title="Ethereum and gas">
        <p>
          Buterin created Ethereum, which defines the Ethereum Virtual Machine (EVM) and a currency, ether,
          used to pay for <em>gas</em>: a unit for the computation an operation needs on the EVM. Users say
          how much ether they offer per unit of gas, the <em>gas price</em>.
        </p>
        <p>
          Verifiers also run the computation and record the EVM’s new state on the chain. They are paid per
          unit of gas, so they favour transactions offering more: in practice, higher prices are processed
          first.
        </p>
      </Slide>
      <Slide id="ethereum-today" topic={TOPIC} title="Ethereum since 2021">
        <Update>
          Ethereum went live in July 2015 with Proof of Work and switched to Proof of Stake in September 2022.
          Since the London upgrade of August 2021 (EIP-1559), the gas price has two parts: a base fee set by
          the network, which is burned, and a priority tip for the block’s producer. The tip decides the
          order.
        </Update>
        <LabLink href="/labs/auction">Race for the last seat in the Auction lab</LabLink>
      </Slide>
      <Slide id="contracts-on-chain" topic={TOPIC} title="Contracts on the chain">
        <p>
          Smart contracts are programs of EVM instructions recorded on the blockchain; compilers turn
          languages such as Solidity into them. Once deployed, a contract cannot be changed, and anyone can
          inspect its code. Contracts can call other contracts and hold a balance.
        </p>
        <p>
          Thousands of decentralised applications run on Ethereum, from simple savings contracts that give
          your deposit back at a later date to online casinos. Currencies can be contracts too, so Ethereum
          hosts thousands of other digital currencies.
        </p>
      </Slide>
      <Slide id="rival-chains" topic={TOPIC} title="Rival chains">
        <p>
          Ethereum remains the most popular smart-contract platform, but many rival chains exist. Most
          implement the EVM, so contracts written for Ethereum run on them with few changes; others, such as
          the Linux Foundation’s Hyperledger Fabric, take a different approach.
        </p>
        <p>
          Rivals offer extra features, other consensus mechanisms, or faster and cheaper transactions, and
          “layer 2” networks now run EVM transactions cheaply and settle them on Ethereum.
        </p>
        <LabLink href="/labs/gas">See what a transaction costs in the Gas lab</LabLink>
      </Slide>
    </Topic>
  );
}
