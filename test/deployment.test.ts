import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";

import WayfareModule from "../deploy/modules/Wayfare.ts";

describe("Wayfare deployment", async () => {
  const { ignition, viem } = await network.create();
  const { tripToken, tripExchange, gasAuction } = await ignition.deploy(WayfareModule);
  const [deployer] = await viem.getWalletClients();

  it("makes the desk TRIP's only minter and renounces the admin role", async () => {
    const minterRole = await tripToken.read.MINTER_ROLE();
    const adminRole = await tripToken.read.DEFAULT_ADMIN_ROLE();
    assert.equal(await tripToken.read.hasRole([minterRole, tripExchange.address]), true);
    assert.equal(await tripToken.read.hasRole([minterRole, deployer.account.address]), false);
    assert.equal(await tripToken.read.hasRole([adminRole, deployer.account.address]), false);
  });

  it("deploys the desk with the default rate", async () => {
    assert.equal(await tripExchange.read.rate(), 1000n);
    assert.equal((await tripExchange.read.token()).toLowerCase(), tripToken.address.toLowerCase());
  });

  it("deploys the gas auction with the deployer as its operator and no rounds", async () => {
    const operatorRole = await gasAuction.read.OPERATOR_ROLE();
    assert.equal(await gasAuction.read.hasRole([operatorRole, deployer.account.address]), true);
    assert.equal(await gasAuction.read.roundCount(), 0n);
  });
});
