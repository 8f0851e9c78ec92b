// TRIP and the exchange desk as Ignition deploys them, used the way wallets and merchants use them.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { HDNodeWallet, TypedDataEncoder } from "ethers";
import { network } from "hardhat";
import {
  type Address,
  type Hex,
  concat,
  encodeAbiParameters,
  getAddress,
  hashDomain,
  hashTypedData,
  keccak256,
  parseEther,
  parseSignature,
  toHex,
} from "viem";

import WayfareModule from "../deploy/modules/Wayfare.ts";
import { DEMO_ACCOUNTS, HARDHAT_MNEMONIC } from "../scripts/lib/demo-accounts.ts";
import {
  CANCEL_AUTHORIZATION_TYPES,
  PERMIT_TYPES,
  RECEIVE_WITH_AUTHORIZATION_TYPES,
  TRANSFER_WITH_AUTHORIZATION_TYPES,
  randomNonce,
  tripDomain,
} from "../scripts/lib/typed-data.ts";

/**
 * USDC's EIP-3009 typed data, field for field as FiatToken v2 defines it (what wallets and payment
 * libraries send to `eth_signTypedData_v4` for USDC), written out here rather than imported so the
 * test compares TRIP with USDC and not with itself.
 */
const USDC_TYPES = {
  EIP712Domain: [
    { name: "name", type: "string" },
    { name: "version", type: "string" },
    { name: "chainId", type: "uint256" },
    { name: "verifyingContract", type: "address" },
  ],
  TransferWithAuthorization: [
    { name: "from", type: "address" },
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "validAfter", type: "uint256" },
    { name: "validBefore", type: "uint256" },
    { name: "nonce", type: "bytes32" },
  ],
  ReceiveWithAuthorization: [
    { name: "from", type: "address" },
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "validAfter", type: "uint256" },
    { name: "validBefore", type: "uint256" },
    { name: "nonce", type: "bytes32" },
  ],
  CancelAuthorization: [
    { name: "authorizer", type: "address" },
    { name: "nonce", type: "bytes32" },
  ],
} as const;

/** EIP-712's `encodeType` for a struct without nested structs. */
function encodeType(name: keyof typeof USDC_TYPES): string {
  return `${name}(${USDC_TYPES[name].map((field) => `${field.type} ${field.name}`).join(",")})`;
}

const accountIndex = (name: (typeof DEMO_ACCOUNTS)[number]["name"]) =>
  DEMO_ACCOUNTS.findIndex((account) => account.name === name);

describe("TRIP currency on the deployed Wayfare module", async () => {
  const { viem, ignition, networkHelpers } = await network.create();
  const publicClient = await viem.getPublicClient();
  const wallets = await viem.getWalletClients();
  const tourist = wallets[accountIndex("Tourist")];
  const cafe = wallets[accountIndex("Café")];
  const hotel = wallets[accountIndex("Hotel")];
  const saver = wallets[accountIndex("Saver")];
  const chainId = await publicClient.getChainId();

  async function deployWayfare() {
    return ignition.deploy(WayfareModule);
  }

  /** A fresh deployment in which the tourist has bought TRIP for `eth`. */
  async function touristWithTrip(eth = "1") {
    const deployment = await networkHelpers.loadFixture(deployWayfare);
    await deployment.tripExchange.write.buy({ account: tourist.account, value: parseEther(eth) });
    return deployment;
  }

  /** The fee a mined transaction cost its sender. */
  async function feeOf(hash: Hex): Promise<bigint> {
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    assert.equal(receipt.status, "success");
    return receipt.gasUsed * receipt.effectiveGasPrice;
  }

  /** An authorization to pay `value` valid from a minute ago for the next hour. */
  async function authorization(from: Address, to: Address, value: bigint) {
    const now = BigInt(await networkHelpers.time.latest());
    return { from, to, value, validAfter: now - 60n, validBefore: now + 3600n, nonce: randomNonce() };
  }

  it("sells TRIP to a tourist at the desk's rate", async () => {
    const { tripToken, tripExchange } = await networkHelpers.loadFixture(deployWayfare);
    await viem.assertions.emitWithArgs(
      tripExchange.write.buy({ account: tourist.account, value: parseEther("1") }),
      tripExchange,
      "Bought",
      [getAddress(tourist.account.address), parseEther("1"), parseEther("1000")],
    );
    assert.equal(await tripToken.read.balanceOf([tourist.account.address]), parseEther("1000"));
    assert.equal(await publicClient.getBalance({ address: tripExchange.address }), parseEther("1"));
    assert.equal(await tripExchange.read.outstanding(), await tripToken.read.totalSupply());
  });

  it("lets nobody but the desk mint or burn once deployed", async () => {
    const { tripToken } = await touristWithTrip();
    const minterRole = await tripToken.read.MINTER_ROLE();
    const adminRole = await tripToken.read.DEFAULT_ADMIN_ROLE();
    const deployer = wallets[accountIndex("Deployer")];
    for (const wallet of [deployer, tourist]) {
      const caller = getAddress(wallet.account.address);
      await viem.assertions.revertWithCustomErrorWithArgs(
        tripToken.write.mint([caller, 1n], { account: wallet.account }),
        tripToken,
        "AccessControlUnauthorizedAccount",
        [caller, minterRole],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        tripToken.write.burn([1n], { account: wallet.account }),
        tripToken,
        "AccessControlUnauthorizedAccount",
        [caller, minterRole],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        tripToken.write.grantRole([minterRole, caller], { account: wallet.account }),
        tripToken,
        "AccessControlUnauthorizedAccount",
        [caller, adminRole],
      );
    }
  });

  it("lets a merchant submit the tourist's signed authorization and pay the gas", async () => {
    const { tripToken } = await touristWithTrip();
    const touristEthBefore = await publicClient.getBalance({ address: tourist.account.address });
    const cafeEthBefore = await publicClient.getBalance({ address: cafe.account.address });

    const message = await authorization(tourist.account.address, cafe.account.address, parseEther("4.5"));
    const signature = await tourist.signTypedData({
      domain: tripDomain(chainId, tripToken.address),
      types: TRANSFER_WITH_AUTHORIZATION_TYPES,
      primaryType: "TransferWithAuthorization",
      message,
    });
    const { from, to, value, validAfter, validBefore, nonce } = message;
    const hash = await tripToken.write.transferWithAuthorization(
      [from, to, value, validAfter, validBefore, nonce, signature],
      { account: cafe.account },
    );
    const fee = await feeOf(hash);

    assert.ok(fee > 0n);
    assert.equal(await publicClient.getBalance({ address: tourist.account.address }), touristEthBefore);
    assert.equal(await publicClient.getBalance({ address: cafe.account.address }), cafeEthBefore - fee);
    assert.equal(await tripToken.read.balanceOf([cafe.account.address]), parseEther("4.5"));
    assert.equal(await tripToken.read.balanceOf([tourist.account.address]), parseEther("995.5"));
    assert.equal(await tripToken.read.authorizationState([from, nonce]), true);

    await viem.assertions.revertWithCustomErrorWithArgs(
      tripToken.write.transferWithAuthorization(
        [from, to, value, validAfter, validBefore, nonce, signature],
        {
          account: cafe.account,
        },
      ),
      tripToken,
      "AuthorizationAlreadyUsed",
      [getAddress(from), nonce],
    );
  });

  it("takes a receive authorization in the v, r, s form from the payee only", async () => {
    const { tripToken } = await touristWithTrip();
    const message = await authorization(tourist.account.address, hotel.account.address, parseEther("80"));
    const { v, r, s } = parseSignature(
      await tourist.signTypedData({
        domain: tripDomain(chainId, tripToken.address),
        types: RECEIVE_WITH_AUTHORIZATION_TYPES,
        primaryType: "ReceiveWithAuthorization",
        message,
      }),
    );
    assert.ok(v !== undefined);
    const { from, to, value, validAfter, validBefore, nonce } = message;
    const args = [from, to, value, validAfter, validBefore, nonce, Number(v), r, s] as const;

    await viem.assertions.revertWithCustomErrorWithArgs(
      tripToken.write.receiveWithAuthorization(args, { account: cafe.account }),
      tripToken,
      "CallerNotPayee",
      [getAddress(cafe.account.address), getAddress(hotel.account.address)],
    );
    await tripToken.write.receiveWithAuthorization(args, { account: hotel.account });
    assert.equal(await tripToken.read.balanceOf([hotel.account.address]), parseEther("80"));
  });

  it("refuses an authorization its signer canceled", async () => {
    const { tripToken } = await touristWithTrip();
    const message = await authorization(tourist.account.address, cafe.account.address, parseEther("1"));
    const domain = tripDomain(chainId, tripToken.address);
    const payment = await tourist.signTypedData({
      domain,
      types: TRANSFER_WITH_AUTHORIZATION_TYPES,
      primaryType: "TransferWithAuthorization",
      message,
    });
    const cancel = await tourist.signTypedData({
      domain,
      types: CANCEL_AUTHORIZATION_TYPES,
      primaryType: "CancelAuthorization",
      message: { authorizer: message.from, nonce: message.nonce },
    });
    await viem.assertions.emitWithArgs(
      tripToken.write.cancelAuthorization([message.from, message.nonce, cancel], { account: cafe.account }),
      tripToken,
      "AuthorizationCanceled",
      [getAddress(message.from), message.nonce],
    );
    const { from, to, value, validAfter, validBefore, nonce } = message;
    await viem.assertions.revertWithCustomErrorWithArgs(
      tripToken.write.transferWithAuthorization([from, to, value, validAfter, validBefore, nonce, payment], {
        account: cafe.account,
      }),
      tripToken,
      "AuthorizationAlreadyCanceled",
      [getAddress(from), nonce],
    );
  });

  it("verifies a signature made for USDC's typed data with TRIP's domain", async () => {
    const { tripToken } = await touristWithTrip();
    assert.equal(
      await tripToken.read.TRANSFER_WITH_AUTHORIZATION_TYPEHASH(),
      keccak256(toHex(encodeType("TransferWithAuthorization"))),
    );
    assert.equal(
      await tripToken.read.RECEIVE_WITH_AUTHORIZATION_TYPEHASH(),
      keccak256(toHex(encodeType("ReceiveWithAuthorization"))),
    );
    assert.equal(
      await tripToken.read.CANCEL_AUTHORIZATION_TYPEHASH(),
      keccak256(toHex(encodeType("CancelAuthorization"))),
    );

    // The domain as a wallet discovers it (EIP-5267), not as this project writes it.
    const [, name, version, domainChainId, verifyingContract] = await tripToken.read.eip712Domain();
    const domain = { name, version, chainId: domainChainId, verifyingContract };
    assert.equal(hashDomain({ domain, types: USDC_TYPES }), await tripToken.read.DOMAIN_SEPARATOR());

    const message = await authorization(tourist.account.address, cafe.account.address, parseEther("2"));
    const typedData = {
      domain,
      types: USDC_TYPES,
      primaryType: "TransferWithAuthorization",
      message,
    } as const;
    const { from, to, value, validAfter, validBefore, nonce } = message;
    const onChainDigest = keccak256(
      concat([
        "0x1901",
        await tripToken.read.DOMAIN_SEPARATOR(),
        keccak256(
          encodeAbiParameters(
            [
              { type: "bytes32" },
              { type: "address" },
              { type: "address" },
              { type: "uint256" },
              { type: "uint256" },
              { type: "uint256" },
              { type: "bytes32" },
            ],
            [
              await tripToken.read.TRANSFER_WITH_AUTHORIZATION_TYPEHASH(),
              from,
              to,
              value,
              validAfter,
              validBefore,
              nonce,
            ],
          ),
        ),
      ]),
    );
    assert.equal(hashTypedData(typedData), onChainDigest);

    const signature = await tourist.signTypedData(typedData);
    await tripToken.write.transferWithAuthorization(
      [from, to, value, validAfter, validBefore, nonce, signature],
      {
        account: cafe.account,
      },
    );
    assert.equal(await tripToken.read.balanceOf([cafe.account.address]), parseEther("2"));
  });

  it("lets a merchant spend a permit with transferFrom", async () => {
    const { tripToken } = await touristWithTrip();
    const deadline = BigInt(await networkHelpers.time.latest()) + 3600n;
    const amount = parseEther("120");
    const { v, r, s } = parseSignature(
      await tourist.signTypedData({
        domain: tripDomain(chainId, tripToken.address),
        types: PERMIT_TYPES,
        primaryType: "Permit",
        message: {
          owner: tourist.account.address,
          spender: hotel.account.address,
          value: amount,
          nonce: await tripToken.read.nonces([tourist.account.address]),
          deadline,
        },
      }),
    );
    assert.ok(v !== undefined);
    await tripToken.write.permit(
      [tourist.account.address, hotel.account.address, amount, deadline, Number(v), r, s],
      {
        account: hotel.account,
      },
    );
    assert.equal(await tripToken.read.allowance([tourist.account.address, hotel.account.address]), amount);
    assert.equal(await tripToken.read.nonces([tourist.account.address]), 1n);

    await tripToken.write.transferFrom([tourist.account.address, hotel.account.address, amount], {
      account: hotel.account,
    });
    assert.equal(await tripToken.read.balanceOf([hotel.account.address]), amount);
    assert.equal(await tripToken.read.allowance([tourist.account.address, hotel.account.address]), 0n);
  });

  it("lets an ERC-1271 smart account pay with an authorization its owner signed", async () => {
    const { tripToken } = await touristWithTrip();
    const smartAccount = await viem.deployContract("ERC1271WalletMock", [saver.account.address]);
    await tripToken.write.transfer([smartAccount.address, parseEther("10")], { account: tourist.account });

    const message = await authorization(smartAccount.address, cafe.account.address, parseEther("3"));
    const typedData = {
      domain: tripDomain(chainId, tripToken.address),
      types: TRANSFER_WITH_AUTHORIZATION_TYPES,
      primaryType: "TransferWithAuthorization",
      message,
    } as const;
    const { from, to, value, validAfter, validBefore, nonce } = message;

    const notTheOwner = await tourist.signTypedData(typedData);
    await viem.assertions.revertWithCustomErrorWithArgs(
      tripToken.write.transferWithAuthorization(
        [from, to, value, validAfter, validBefore, nonce, notTheOwner],
        {
          account: cafe.account,
        },
      ),
      tripToken,
      "InvalidAuthorizationSignature",
      [getAddress(smartAccount.address)],
    );

    const signature = await saver.signTypedData(typedData);
    await tripToken.write.transferWithAuthorization(
      [from, to, value, validAfter, validBefore, nonce, signature],
      {
        account: cafe.account,
      },
    );
    assert.equal(await tripToken.read.balanceOf([smartAccount.address]), parseEther("7"));
    assert.equal(await tripToken.read.balanceOf([cafe.account.address]), parseEther("3"));
  });

  it("accepts an authorization signed with ethers v6 and submitted with viem", async () => {
    const { tripToken } = await touristWithTrip();
    const ethersTourist = HDNodeWallet.fromPhrase(
      HARDHAT_MNEMONIC,
      undefined,
      `m/44'/60'/0'/0/${accountIndex("Tourist")}`,
    );
    assert.equal(ethersTourist.address, getAddress(tourist.account.address));

    const message = await authorization(tourist.account.address, cafe.account.address, parseEther("7.25"));
    const domain = tripDomain(chainId, tripToken.address);
    const types = {
      TransferWithAuthorization: [...TRANSFER_WITH_AUTHORIZATION_TYPES.TransferWithAuthorization],
    };
    assert.equal(
      TypedDataEncoder.hash(domain, types, message),
      hashTypedData({ domain, types, primaryType: "TransferWithAuthorization", message }),
    );

    const signature = (await ethersTourist.signTypedData(domain, types, message)) as Hex;
    const { from, to, value, validAfter, validBefore, nonce } = message;
    await viem.assertions.emitWithArgs(
      tripToken.write.transferWithAuthorization(
        [from, to, value, validAfter, validBefore, nonce, signature],
        {
          account: cafe.account,
        },
      ),
      tripToken,
      "AuthorizationUsed",
      [getAddress(from), nonce],
    );
    assert.equal(await tripToken.read.balanceOf([cafe.account.address]), parseEther("7.25"));
  });

  it("buys TRIP back with one transferAndCall to the desk", async () => {
    const { tripToken, tripExchange } = await touristWithTrip("2");
    const ethBefore = await publicClient.getBalance({ address: tourist.account.address });
    const hash = await tripToken.write.transferAndCall([tripExchange.address, parseEther("500")], {
      account: tourist.account,
    });
    await viem.assertions.emitWithArgs(Promise.resolve(hash), tripExchange, "Sold", [
      getAddress(tourist.account.address),
      parseEther("500"),
      parseEther("0.5"),
    ]);
    const fee = await feeOf(hash);
    assert.equal(
      await publicClient.getBalance({ address: tourist.account.address }),
      ethBefore + parseEther("0.5") - fee,
    );
    assert.equal(await tripToken.read.balanceOf([tourist.account.address]), parseEther("1500"));
    assert.equal(await tripToken.read.totalSupply(), parseEther("1500"));
    assert.equal(await tripExchange.read.outstanding(), parseEther("1500"));
    assert.equal(await publicClient.getBalance({ address: tripExchange.address }), parseEther("1.5"));
  });
});
