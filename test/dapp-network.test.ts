import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { NetworkConfigError, readNetworkConfig, toChain } from "../app/_lib/network.ts";

describe("dApp network configuration", () => {
  it("defaults to the local chain on 127.0.0.1:8545", () => {
    assert.deepEqual(readNetworkConfig({}), {
      chainId: 31337,
      rpcUrl: "http://127.0.0.1:8545",
      name: "Wayfare Local",
    });
  });

  it("reads chain id, RPC URL and name from the environment", () => {
    const config = readNetworkConfig({
      WAYFARE_CHAIN_ID: "31337",
      WAYFARE_RPC_URL: "http://127.0.0.1:40123",
    });
    assert.equal(config.rpcUrl, "http://127.0.0.1:40123");
    assert.equal(readNetworkConfig({ WAYFARE_CHAIN_ID: "777", WAYFARE_CHAIN_NAME: "Lab" }).name, "Lab");
  });

  it("knows Sepolia's name and explorer", () => {
    const config = readNetworkConfig({
      WAYFARE_CHAIN_ID: "11155111",
      WAYFARE_RPC_URL: "https://rpc.example",
    });
    assert.equal(config.name, "Sepolia");
    assert.equal(config.explorerUrl, "https://sepolia.etherscan.io");
    assert.equal(toChain(config).blockExplorers?.default.url, "https://sepolia.etherscan.io");
  });

  it("rejects a chain id that is not a positive whole number", () => {
    assert.throws(() => readNetworkConfig({ WAYFARE_CHAIN_ID: "local" }), NetworkConfigError);
    assert.throws(() => readNetworkConfig({ WAYFARE_CHAIN_ID: "-1" }), /positive whole number/);
  });

  it("rejects an RPC URL that is not http(s)", () => {
    assert.throws(() => readNetworkConfig({ WAYFARE_RPC_URL: "8545" }), /must be a URL/);
    assert.throws(() => readNetworkConfig({ WAYFARE_RPC_URL: "ws://127.0.0.1:8545" }), /http\(s\)/);
  });

  it("builds a viem chain with ETH as currency", () => {
    const chain = toChain(readNetworkConfig({}));
    assert.equal(chain.id, 31337);
    assert.equal(chain.nativeCurrency.symbol, "ETH");
    assert.deepEqual(chain.rpcUrls.default.http, ["http://127.0.0.1:8545"]);
  });
});
