// Parses the `trip` command line, runs the command, and turns any failure into one line and an exit code.
import { parseArgs } from "node:util";

import { resolveAccount } from "./accounts.ts";
import { parseAmount } from "./amounts.ts";
import { type Chain, DEFAULT_RPC_URL, connect } from "./chain.ts";
import { type Print, balance, buy, pay, sell } from "./commands.ts";
import { CliError, USAGE_EXIT_CODE, describeError } from "./errors.ts";

const DEFAULT_FROM = "Tourist";

const USAGE = `Usage: npm run trip -- <command> [options]

Commands:
  balance [account]          ETH and TRIP of an account, or of every demo account and the desk
  buy <eth>                  change ETH into TRIP at the exchange desk
  sell <trip>                sell TRIP back to the desk for ETH (one transferAndCall)
  pay <merchant> <trip>      pay gaslessly: sign an EIP-3009 authorization, the merchant submits it

Options:
  --from <account>           who buys, sells or pays (default: ${DEFAULT_FROM})
  --rpc <url>                the chain's JSON-RPC URL (default: $WAYFARE_RPC_URL or ${DEFAULT_RPC_URL})
  --deployment <id>          Ignition deployment id (default: chain-<chain id>)
  -h, --help                 show this help

Accounts are demo names (Tourist, Hotel, Taxi, Café, ...; any case, accents optional) or 0x addresses.`;

/** Positional arguments each command takes: [required, optional]. */
const ARITY = { balance: [0, 1], buy: [1, 0], sell: [1, 0], pay: [2, 0] } as const;
type Command = keyof typeof ARITY;

function isCommand(name: string): name is Command {
  return Object.hasOwn(ARITY, name);
}

function arityText(required: number, optional: number): string {
  const count = (n: number) => (n === 1 ? "one argument" : `${n} arguments`);
  if (optional === 0) return count(required);
  return required === 0 ? `at most ${count(optional)}` : `${required} to ${required + optional} arguments`;
}

function usageError(message: string): CliError {
  return new CliError(`${message} Run "npm run trip -- --help" for usage.`, USAGE_EXIT_CODE);
}

function parse(argv: string[]) {
  // parseArgs would take "-5" for an unknown option; say what is really wrong with it.
  const negative = argv.find((arg) => /^-\.?\d/.test(arg));
  if (negative !== undefined) throw new CliError(`"${negative}" is not an amount: amounts are positive.`);
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: "string" },
        rpc: { type: "string" },
        deployment: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    // node:util's messages explain themselves but run over several sentences: keep the first.
    const first = (error instanceof Error ? error.message : String(error)).split(/(?<=\.) /)[0];
    throw usageError(first);
  }
}

type Action = (chain: Chain, print: Print) => Promise<void>;

/** Checks a command's own input (accounts, amounts) before anything talks to the chain. */
function prepare(name: Command, args: string[], from: string): Action {
  switch (name) {
    case "balance": {
      const who = args[0] === undefined ? undefined : resolveAccount(args[0]);
      return (chain, print) => balance(chain, print, who);
    }
    case "buy": {
      const buyer = resolveAccount(from);
      const ethIn = parseAmount(args[0], "ETH");
      return (chain, print) => buy(chain, print, buyer, ethIn);
    }
    case "sell": {
      const seller = resolveAccount(from);
      const amount = parseAmount(args[0], "TRIP");
      return (chain, print) => sell(chain, print, seller, amount);
    }
    case "pay": {
      const payer = resolveAccount(from);
      const merchant = resolveAccount(args[0]);
      const value = parseAmount(args[1], "TRIP");
      if (payer.address === merchant.address) throw new CliError(`${payer.name} cannot pay itself.`);
      return (chain, print) => pay(chain, print, payer, merchant, value);
    }
  }
}

/** Runs `trip` with `argv` (without node and the script); resolves to the process exit code. */
export async function runTrip(
  argv: string[],
  print: Print = console.log,
  printError: Print = console.error,
): Promise<number> {
  let rpcUrl = process.env.WAYFARE_RPC_URL ?? DEFAULT_RPC_URL;
  try {
    const { values, positionals } = parse(argv);
    if (values.help || positionals.length === 0) {
      print(USAGE);
      return 0;
    }
    const [name, ...args] = positionals;
    if (!isCommand(name)) throw usageError(`Unknown command "${name}".`);
    const [required, optional] = ARITY[name];
    if (args.length < required || args.length > required + optional) {
      throw usageError(`"${name}" takes ${arityText(required, optional)}, got ${args.length}.`);
    }
    if (values.from !== undefined && name === "balance") {
      throw usageError(`"balance" takes the account as its argument, not --from.`);
    }
    const action = prepare(name, args, values.from ?? DEFAULT_FROM);
    rpcUrl = values.rpc ?? rpcUrl;

    const chain = await connect(rpcUrl, values.deployment);
    try {
      await action(chain, print);
    } finally {
      chain.provider.destroy();
    }
    return 0;
  } catch (error) {
    printError(describeError(error, rpcUrl));
    return error instanceof CliError ? error.exitCode : 1;
  }
}
