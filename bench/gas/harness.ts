// What every gas scenario gets: an in-process EDR chain, fresh funded accounts that sign locally,
// contract deployment and a `send` that returns the whole-transaction gas of a mined transaction.
import {
  type Abi,
  type Account,
  type Address,
  type Chain,
  type Hex,
  type PublicClient,
  type Transport,
  type WalletClient,
  createWalletClient,
  custom,
  keccak256,
  parseEther,
  stringToHex,
  toHex,
} from "viem";
import { mnemonicToAccount, privateKeyToAccount } from "viem/accounts";

import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import { HARDHAT_MNEMONIC } from "../../scripts/lib/demo-accounts.ts";

export type Connection = Awaited<ReturnType<HardhatRuntimeEnvironment["network"]["create"]>>;
export type Wallet = WalletClient<Transport, Chain, Account>;

export interface Contract {
  address: Address;
  abi: Abi;
}

export interface Sent {
  /** `gasUsed` of the receipt: the whole transaction, after refunds and EIP-7623's floor. */
  gasUsed: number;
  /** The transaction's calldata, for its floor. */
  input: Hex;
  logs: readonly { address: Address; topics: readonly Hex[]; data: Hex }[];
}

export interface Call {
  functionName: string;
  args?: readonly unknown[];
  value?: bigint;
}

/** ETH every fresh account starts with: plenty for buying TRIP and paying gas. */
const FRESH_ETH = parseEther("1000");
/** Hardhat's default accounts, which the deployment (Ignition) may have given roles to. */
const HARDHAT_ACCOUNTS = 20;

export class GasEnv {
  readonly hre: HardhatRuntimeEnvironment;
  readonly connection: Connection;
  readonly publicClient: PublicClient;
  /** Hardhat's default accounts (index 0 deploys), signing locally like the fresh ones. */
  readonly hardhatWallets: Wallet[];
  private nextFresh = 0;

  private constructor(hre: HardhatRuntimeEnvironment, connection: Connection, publicClient: PublicClient) {
    this.hre = hre;
    this.connection = connection;
    this.publicClient = publicClient;
    this.hardhatWallets = Array.from({ length: HARDHAT_ACCOUNTS }, (_, addressIndex) =>
      this.walletFor(mnemonicToAccount(HARDHAT_MNEMONIC, { addressIndex })),
    );
  }

  static async create(hre: HardhatRuntimeEnvironment): Promise<GasEnv> {
    const connection = await hre.network.create();
    const publicClient = (await connection.viem.getPublicClient()) as unknown as PublicClient;
    return new GasEnv(hre, connection, publicClient);
  }

  /**
   * A new account nobody has used, funded with ETH only. Keys are derived from a counter, so every
   * run uses the same addresses (calldata gas depends on the zero bytes of addresses).
   */
  async fresh(): Promise<Wallet> {
    const key = keccak256(stringToHex(`wayfare bench account ${this.nextFresh++}`));
    const wallet = this.walletFor(privateKeyToAccount(key));
    await this.connection.provider.request({
      method: "hardhat_setBalance",
      params: [wallet.account.address, toHex(FRESH_ETH)],
    });
    return wallet;
  }

  async deploy(contractName: string, args: readonly unknown[] = []): Promise<Contract> {
    const artifact = await this.hre.artifacts.readArtifact(contractName);
    const deployer = this.hardhatWallets[0];
    const hash = await deployer.deployContract({
      abi: artifact.abi as Abi,
      bytecode: artifact.bytecode as Hex,
      args,
    });
    const receipt = await this.publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success" || !receipt.contractAddress)
      throw new Error(`Deploying ${contractName} failed`);
    return { address: receipt.contractAddress, abi: artifact.abi as Abi };
  }

  read<T = unknown>(contract: Contract, functionName: string, args: readonly unknown[] = []): Promise<T> {
    return this.publicClient.readContract({ ...contract, functionName, args }) as Promise<T>;
  }

  /** What `call` from `wallet` would return if it were sent now (e.g. a new id). */
  async simulate<T = unknown>(wallet: Wallet, contract: Contract, call: Call): Promise<T> {
    const { result } = await this.publicClient.simulateContract({
      ...contract,
      functionName: call.functionName,
      args: call.args ?? [],
      value: call.value,
      account: wallet.account,
    });
    return result as T;
  }

  /** Sends `call` from `wallet`, waits for it to be mined and throws if it reverted. */
  async send(wallet: Wallet, contract: Contract, call: Call): Promise<Sent> {
    const hash = await wallet.writeContract({
      ...contract,
      functionName: call.functionName,
      args: call.args ?? [],
      value: call.value,
      chain: wallet.chain,
      account: wallet.account,
    });
    return this.sent(hash, `${call.functionName} on ${contract.address}`);
  }

  /** The receipt of an already-sent transaction as a `Sent`; throws if it reverted. */
  async sent(hash: Hex, what: string): Promise<Sent> {
    const receipt = await this.publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`${what} reverted`);
    const transaction = await this.publicClient.getTransaction({ hash });
    return { gasUsed: Number(receipt.gasUsed), input: transaction.input, logs: receipt.logs };
  }

  /** The latest block's timestamp, i.e. the chain's clock. */
  async now(): Promise<bigint> {
    return (await this.publicClient.getBlock()).timestamp;
  }

  /**
   * An account allowed to act as `roleName` (an AccessControl role constant such as "ISSUER_ROLE") on
   * `contract`: a default account the deployment gave the role to, or a fresh one that an admin grants it.
   */
  async withRole(contract: Contract, roleName: string): Promise<Wallet> {
    const role = await this.read<Hex>(contract, roleName);
    const holder = await this.findHolder(contract, role);
    if (holder) return holder;
    const adminRole = await this.read<Hex>(contract, "getRoleAdmin", [role]);
    const admin = await this.findHolder(contract, adminRole);
    if (!admin) throw new Error(`No default account holds or can grant ${roleName} on ${contract.address}`);
    const grantee = await this.fresh();
    await this.send(admin, contract, { functionName: "grantRole", args: [role, grantee.account.address] });
    return grantee;
  }

  private async findHolder(contract: Contract, role: Hex): Promise<Wallet | undefined> {
    for (const wallet of this.hardhatWallets) {
      if (await this.read<boolean>(contract, "hasRole", [role, wallet.account.address])) return wallet;
    }
    return undefined;
  }

  private walletFor(account: Account): Wallet {
    return createWalletClient({
      account,
      chain: this.publicClient.chain,
      transport: custom(this.connection.provider),
    }) as Wallet;
  }
}
