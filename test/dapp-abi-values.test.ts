import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { AbiParameter } from "viem";

import {
  type FieldValue,
  InputError,
  displayValue,
  functionKey,
  functionSignature,
  initialFieldValue,
  joinAmount,
  parseArguments,
  parseFieldValue,
  parseInteger,
  splitAmount,
} from "../app/_lib/abi-values.ts";

const param = (type: string, name = "x", components?: AbiParameter[]) =>
  ({ type, name, ...(components ? { components } : {}) }) as AbiParameter;

const JOURNEY = param("tuple", "journey", [
  param("string", "origin"),
  param("uint64", "departure"),
  param("address", "issuer"),
]);

describe("console form values", () => {
  it("starts fields empty, bools false, fixed arrays at their length and tuples per component", () => {
    assert.equal(initialFieldValue(param("uint256")), "");
    assert.equal(initialFieldValue(param("bool")), "false");
    assert.deepEqual(initialFieldValue(param("address[2]")), ["", ""]);
    assert.deepEqual(initialFieldValue(param("uint8[]")), []);
    assert.deepEqual(initialFieldValue(JOURNEY), ["", "", ""]);
  });

  it("parses integers in decimal, grouped, scientific, hex and with units", () => {
    assert.equal(parseInteger("1000"), 1000n);
    assert.equal(parseInteger("1,000_000"), 1_000_000n);
    assert.equal(parseInteger("1e18"), 10n ** 18n);
    assert.equal(parseInteger("0x3e8"), 1000n);
    assert.equal(parseInteger("1.5 ether"), 1_500_000_000_000_000_000n);
    assert.equal(parseInteger("2 gwei"), 2_000_000_000n);
    assert.equal(parseInteger("0.25eth"), 250_000_000_000_000_000n);
    assert.equal(parseInteger("-7"), -7n);
  });

  it("rejects fractions of a wei and non-numbers", () => {
    assert.throws(() => parseInteger("1.5"), /not a whole number of wei/);
    assert.throws(() => parseInteger("0.0000000001 gwei"), /not a whole number of wei/);
    assert.throws(() => parseInteger("ten"), /is not a number/);
    assert.throws(() => parseInteger(""), /enter a number/);
    assert.throws(() => parseInteger("0x10 ether"), /hex number cannot have a unit/);
  });

  it("splits and joins amounts with their unit", () => {
    assert.deepEqual(splitAmount("1.5 ether"), { amount: "1.5", unit: "ether" });
    assert.deepEqual(splitAmount("42"), { amount: "42", unit: "wei" });
    assert.equal(joinAmount("3", "gwei"), "3 gwei");
    assert.equal(joinAmount("3", "wei"), "3");
    assert.equal(joinAmount("", "ether"), "");
  });

  it("checks integer ranges by type", () => {
    assert.equal(parseFieldValue(param("uint8"), "255"), 255n);
    assert.throws(() => parseFieldValue(param("uint8", "fee"), "256"), /fee: above uint8's maximum \(255\)/);
    assert.throws(
      () => parseFieldValue(param("uint256", "amount"), "-1"),
      /amount: uint256 cannot be negative/,
    );
    assert.equal(parseFieldValue(param("int8"), "-128"), -128n);
    assert.throws(() => parseFieldValue(param("int8"), "-129"), /below int8's minimum/);
  });

  it("validates and checksums addresses", () => {
    assert.equal(
      parseFieldValue(param("address"), "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"),
      "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    );
    assert.throws(
      () => parseFieldValue(param("address", "to"), "0x1234"),
      /to: an address is 0x followed by 40 hex digits/,
    );
    assert.throws(
      () => parseFieldValue(param("address"), "0x70997970C51812dc3A010C7d01b50e0d17dc79c8"),
      /checksum/,
    );
  });

  it("validates bools, bytes and fixed bytes", () => {
    assert.equal(parseFieldValue(param("bool"), "true"), true);
    assert.throws(() => parseFieldValue(param("bool"), "yes"), /true or false/);
    assert.equal(parseFieldValue(param("bytes"), ""), "0x");
    assert.equal(parseFieldValue(param("bytes"), "0xabcd"), "0xabcd");
    assert.throws(() => parseFieldValue(param("bytes"), "0xabc"), /even number of hex digits/);
    assert.equal(parseFieldValue(param("bytes4"), "0xDEADBEEF"), "0xdeadbeef");
    assert.throws(() => parseFieldValue(param("bytes32"), "0x12"), /exactly 64 hex digits/);
  });

  it("keeps strings exactly as typed", () => {
    assert.equal(parseFieldValue(param("string"), "  Lisbon "), "  Lisbon ");
  });

  it("parses arrays element by element and checks fixed lengths", () => {
    assert.deepEqual(parseFieldValue(param("uint256[]"), ["1", "2 gwei"]), [1n, 2_000_000_000n]);
    assert.throws(
      () => parseFieldValue(param("uint256[2]", "pair"), ["1"]),
      /pair: needs exactly 2 items, has 1/,
    );
    assert.throws(
      () => parseFieldValue(param("uint8[]", "list"), ["1", "x"]),
      /list\[1\]: "x" is not a number/,
    );
  });

  it("parses named tuples into objects and unnamed ones into lists", () => {
    const value: FieldValue = ["Lisbon", "1700000000", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"];
    assert.deepEqual(parseFieldValue(JOURNEY, value), {
      origin: "Lisbon",
      departure: 1_700_000_000n,
      issuer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    });
    assert.deepEqual(
      parseFieldValue(param("tuple", "pair", [param("bool", ""), param("uint8", "")]), ["true", "3"]),
      [true, 3n],
    );
    assert.throws(
      () => parseFieldValue(JOURNEY, ["Lisbon", "soon", ""]),
      /journey\.departure: "soon" is not a number/,
    );
  });

  it("parses arrays of tuples", () => {
    const journeys = { ...JOURNEY, type: "tuple[]" } as AbiParameter;
    const parsed = parseFieldValue(journeys, [["Porto", "1", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"]]);
    assert.deepEqual(parsed, [
      { origin: "Porto", departure: 1n, issuer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" },
    ]);
  });

  it("collects one error per bad argument", () => {
    const result = parseArguments([param("address", "to"), param("uint256", "value")], ["nope", "x"]);
    assert.equal(result.ok, false);
    assert.equal((result as { errors: string[] }).errors.length, 2);
    assert.deepEqual(parseArguments([param("uint256", "value")], ["5"]), { ok: true, args: [5n] });
  });

  it("reports the path of the failing field", () => {
    try {
      parseFieldValue(param("address", "spender"), "");
      assert.fail("expected an InputError");
    } catch (error) {
      assert.ok(error instanceof InputError);
      assert.equal(error.path, "spender");
    }
  });

  it("lays out decoded values, scaling large integers and linking addresses", () => {
    assert.deepEqual(displayValue(param("uint256", "balance"), 1_500_000_000_000_000_000n), {
      label: "balance",
      type: "uint256",
      text: "1,500,000,000,000,000,000",
      hint: "1.5 × 10¹⁸",
    });
    assert.deepEqual(displayValue(param("uint8", "decimals"), 18), {
      label: "decimals",
      type: "uint8",
      text: "18",
    });
    const address = displayValue(param("address", "owner"), "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    assert.equal("address" in address && address.address, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    const tuple = displayValue(JOURNEY, {
      origin: "Porto",
      departure: 5n,
      issuer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    });
    assert.ok("items" in tuple);
    assert.deepEqual(
      tuple.items.map((item) => ("text" in item ? item.text : "")),
      ['"Porto"', "5", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"],
    );
  });

  it("writes signatures for people and keys that tell overloads apart", () => {
    const fn = {
      name: "transferAndCall",
      inputs: [param("address", "to"), param("uint256", "value"), param("bytes", "data")],
    };
    assert.equal(functionSignature(fn), "transferAndCall(address to, uint256 value, bytes data)");
    assert.equal(functionKey(fn), "transferAndCall(address,uint256,bytes)");
  });
});
