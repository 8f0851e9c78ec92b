// Between ABI parameters and forms: what a field holds while people type, how it is validated and
// turned into the value viem encodes, and how decoded values are laid out for reading.
import { type AbiFunction, type AbiParameter, getAddress, isAddress, isHex } from "viem";

import { formatAmount, formatInteger } from "./format.ts";

/** A form field's raw value: text for scalars; one entry per element for arrays and tuples. */
export type FieldValue = string | FieldValue[];

/** A parameter's components, for tuples (`tuple`, `tuple[]`, …). */
type WithComponents = AbiParameter & { components?: readonly AbiParameter[] };

export class InputError extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.path = path;
  }
}

/** The element type of an array type (`uint256[3]` → `uint256`), or undefined for non-arrays. */
export function arrayElement(param: AbiParameter): { element: AbiParameter; length?: number } | undefined {
  const match = /^(.*)\[(\d*)\]$/.exec(param.type);
  if (!match) return undefined;
  const element = { ...param, type: match[1], name: "" } as AbiParameter;
  return { element, ...(match[2] ? { length: Number(match[2]) } : {}) };
}

export function tupleComponents(param: AbiParameter): readonly AbiParameter[] | undefined {
  return param.type === "tuple" ? ((param as WithComponents).components ?? []) : undefined;
}

export function initialFieldValue(param: AbiParameter): FieldValue {
  const array = arrayElement(param);
  if (array) return Array.from({ length: array.length ?? 0 }, () => initialFieldValue(array.element));
  const components = tupleComponents(param);
  if (components) return components.map(initialFieldValue);
  return param.type === "bool" ? "false" : "";
}

// ----- Integers with units ---------------------------------------------------------------------

/** Decimal places of the units people type after an amount: `1.5 ether`, `20 gwei`. */
export const UNITS = { wei: 0, gwei: 9, ether: 18 } as const;
export type Unit = keyof typeof UNITS;

/** "1.5 ether" → { amount: "1.5", unit: "ether" }; a bare number is in wei. */
export function splitAmount(text: string): { amount: string; unit: Unit } {
  const match = /^\s*(.*?)\s*(wei|gwei|ether|eth)\s*$/i.exec(text);
  if (!match) return { amount: text.trim(), unit: "wei" };
  const unit = match[2].toLowerCase();
  return { amount: match[1], unit: unit === "eth" ? "ether" : (unit as Unit) };
}

export function joinAmount(amount: string, unit: Unit): string {
  return unit === "wei" || amount.trim() === "" ? amount : `${amount.trim()} ${unit}`;
}

/**
 * An integer typed by a person: decimal (`1000`, `1,000`, `1_000`), scientific (`1e18`), hex
 * (`0x3e8`), or an amount with a unit (`1.5 ether`, `2 gwei`). Throws a message on anything else.
 */
export function parseInteger(text: string): bigint {
  const { amount, unit } = splitAmount(text);
  const clean = amount.replace(/[,_\s]/g, "");
  if (clean === "") throw new Error("enter a number");
  if (/^-?0x[0-9a-f]+$/i.test(clean)) {
    if (unit !== "wei") throw new Error("a hex number cannot have a unit");
    return clean.startsWith("-") ? -BigInt(clean.slice(1)) : BigInt(clean);
  }
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:e(\d+))?$/i.exec(clean);
  if (!match || (match[2] === "" && !match[3])) throw new Error(`"${amount.trim()}" is not a number`);
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  const shift = UNITS[unit] + Number(exponent);
  const digits = fraction.replace(/0+$/, "");
  if (digits.length > shift) {
    throw new Error(`${text.trim()} is not a whole number of wei`);
  }
  const value = BigInt(`${whole || "0"}${digits.padEnd(shift, "0")}`);
  return sign ? -value : value;
}

function integerBounds(type: string): { min: bigint; max: bigint } {
  const match = /^(u?)int(\d*)$/.exec(type)!;
  const bits = BigInt(match[2] || "256");
  return match[1]
    ? { min: 0n, max: 2n ** bits - 1n }
    : { min: -(2n ** (bits - 1n)), max: 2n ** (bits - 1n) - 1n };
}

// ----- Parsing form values into ABI values -------------------------------------------------------

function fieldPath(parent: string, param: AbiParameter, index: number): string {
  return parent ? `${parent}.${param.name || index}` : param.name || `argument ${index + 1}`;
}

/** Turns a field's raw value into the value viem encodes for `param`; throws `InputError`. */
export function parseFieldValue(
  param: AbiParameter,
  value: FieldValue,
  path = param.name || "value",
): unknown {
  const array = arrayElement(param);
  if (array) {
    if (!Array.isArray(value)) throw new InputError(path, "expected a list");
    if (array.length !== undefined && value.length !== array.length) {
      throw new InputError(path, `needs exactly ${array.length} items, has ${value.length}`);
    }
    return value.map((item, index) => parseFieldValue(array.element, item, `${path}[${index}]`));
  }
  const components = tupleComponents(param);
  if (components) {
    if (!Array.isArray(value) || value.length !== components.length)
      throw new InputError(path, "incomplete group of values");
    const parsed = components.map((component, index) =>
      parseFieldValue(component, value[index], fieldPath(path, component, index)),
    );
    // Named components encode from an object, unnamed ones from a positional list.
    return components.every((component) => component.name)
      ? Object.fromEntries(components.map((component, index) => [component.name, parsed[index]]))
      : parsed;
  }
  if (typeof value !== "string") throw new InputError(path, "expected a single value");
  return parseScalar(param.type, value, path);
}

function parseScalar(type: string, raw: string, path: string): unknown {
  const text = raw.trim();
  if (type === "address") {
    if (!/^0x[0-9a-fA-F]{40}$/.test(text))
      throw new InputError(path, "an address is 0x followed by 40 hex digits");
    if (!isAddress(text, { strict: true }) && text.slice(2) !== text.slice(2).toUpperCase()) {
      throw new InputError(
        path,
        "the address's checksum (its mix of capitals) is wrong: check it for a typo",
      );
    }
    return getAddress(text);
  }
  if (type === "bool") {
    if (text === "true" || text === "false") return text === "true";
    throw new InputError(path, "choose true or false");
  }
  if (type === "string") return raw;
  if (type === "bytes") {
    const hex = text === "" ? "0x" : text;
    if (!isHex(hex, { strict: true }) || hex.length % 2 !== 0) {
      throw new InputError(path, "bytes are 0x followed by an even number of hex digits");
    }
    return hex;
  }
  const fixedBytes = /^bytes(\d+)$/.exec(type);
  if (fixedBytes) {
    const size = Number(fixedBytes[1]);
    if (!/^0x[0-9a-fA-F]*$/.test(text) || text.length !== 2 + size * 2) {
      throw new InputError(path, `${type} is 0x followed by exactly ${size * 2} hex digits`);
    }
    return text.toLowerCase();
  }
  if (/^u?int\d*$/.test(type)) {
    let value: bigint;
    try {
      value = parseInteger(text);
    } catch (error) {
      throw new InputError(path, (error as Error).message);
    }
    const { min, max } = integerBounds(type);
    if (value < min)
      throw new InputError(
        path,
        min === 0n ? `${type} cannot be negative` : `below ${type}'s minimum ${min}`,
      );
    if (value > max) throw new InputError(path, `above ${type}'s maximum (${formatInteger(max)})`);
    return value;
  }
  throw new InputError(path, `the console cannot enter values of type ${type}`);
}

/** Parses every argument of a function; returns the values or the first problem per field. */
export function parseArguments(
  inputs: readonly AbiParameter[],
  values: readonly FieldValue[],
): { ok: true; args: unknown[] } | { ok: false; errors: string[] } {
  const args: unknown[] = [];
  const errors: string[] = [];
  inputs.forEach((input, index) => {
    try {
      args.push(
        parseFieldValue(
          input,
          values[index] ?? initialFieldValue(input),
          input.name || `argument ${index + 1}`,
        ),
      );
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  });
  return errors.length ? { ok: false, errors } : { ok: true, args };
}

// ----- Showing decoded values --------------------------------------------------------------------

export type DisplayValue =
  | { label: string; type: string; text: string; address?: `0x${string}`; hint?: string }
  | { label: string; type: string; items: DisplayValue[] };

/** Amounts at least this large are probably 18-decimal token or ETH amounts: show them scaled too. */
const SCALED_HINT_THRESHOLD = 10n ** 15n;

/** Lays out a decoded value of `param` for reading (nested for tuples and arrays). */
export function displayValue(param: AbiParameter, value: unknown, label = param.name || ""): DisplayValue {
  const array = arrayElement(param);
  if (array && Array.isArray(value)) {
    return {
      label,
      type: param.type,
      items: value.map((item, index) => displayValue(array.element, item, `[${index}]`)),
    };
  }
  const components = tupleComponents(param);
  if (components && value !== null && typeof value === "object") {
    const record = value as Record<string, unknown> & unknown[];
    return {
      label,
      type: param.type,
      items: components.map((component, index) =>
        displayValue(
          component,
          Array.isArray(value) ? record[index] : (record[component.name ?? ""] ?? record[index]),
          component.name || `#${index}`,
        ),
      ),
    };
  }
  if (typeof value === "bigint") {
    const hint =
      value >= SCALED_HINT_THRESHOLD || value <= -SCALED_HINT_THRESHOLD
        ? `${formatAmount(value, 18, 6)} × 10¹⁸`
        : undefined;
    return { label, type: param.type, text: formatInteger(value), ...(hint ? { hint } : {}) };
  }
  if (param.type === "address" && typeof value === "string") {
    return { label, type: param.type, text: value, address: value as `0x${string}` };
  }
  if (typeof value === "string")
    return { label, type: param.type, text: param.type === "string" ? JSON.stringify(value) : value };
  return { label, type: param.type, text: String(value) };
}

/** The signature people read: `transfer(address to, uint256 value)`. */
export function functionSignature(fn: Pick<AbiFunction, "name" | "inputs">): string {
  return `${fn.name}(${fn.inputs.map((input) => `${input.type}${input.name ? ` ${input.name}` : ""}`).join(", ")})`;
}

/** A key that tells overloads apart: `transferAndCall(address,uint256,bytes)`. */
export function functionKey(fn: Pick<AbiFunction, "name" | "inputs">): string {
  return `${fn.name}(${fn.inputs.map((input) => input.type).join(",")})`;
}
