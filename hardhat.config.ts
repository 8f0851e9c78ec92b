import { createRequire } from "node:module";

import hardhatToolboxViemPlugin from "@nomicfoundation/hardhat-toolbox-viem";
import { configVariable, defineConfig } from "hardhat/config";

const require = createRequire(import.meta.url);

/** Solidity version: must equal the pinned `solc` npm package, whose soljson.js we compile with. */
const SOLC_VERSION = "0.8.28";

/** CI-sized fuzzing; set FUZZ_RUNS / INVARIANT_RUNS / INVARIANT_DEPTH for deeper local runs. */
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 256);
const invariantRuns = Number(process.env.INVARIANT_RUNS ?? 64);
const invariantDepth = Number(process.env.INVARIANT_DEPTH ?? 50);

export default defineConfig({
  plugins: [hardhatToolboxViemPlugin],
  solidity: {
    version: SOLC_VERSION,
    // Never download a compiler: use the solc-js build from node_modules.
    path: require.resolve("solc/soljson.js"),
    settings: {
      // Measured in bench/: 200 runs is within a few hundred gas of 10,000 runs on every user
      // operation while keeping TravelTicket well under EIP-170's size limit.
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "cancun",
    },
  },
  paths: {
    ignition: "deploy",
  },
  test: {
    solidity: {
      fuzz: { runs: fuzzRuns, seed: "0x5761796661726500" },
      invariant: { runs: invariantRuns, depth: invariantDepth, failOnRevert: false },
    },
  },
  networks: {
    // The chain that `hardhat node`, scripts and tests run in-process.
    default: {
      type: "edr-simulated",
      chainType: "l1",
      chainId: 31337,
      // Builders order by tip: the gas auction demo depends on it.
      mining: { auto: true, interval: 0, mempool: { order: "priority" } },
    },
    localhost: {
      type: "http",
      chainType: "l1",
      url: process.env.WAYFARE_RPC_URL ?? "http://127.0.0.1:8545",
    },
    sepolia: {
      type: "http",
      chainType: "l1",
      url: configVariable("SEPOLIA_RPC_URL"),
      accounts: [configVariable("SEPOLIA_PRIVATE_KEY")],
    },
  },
  verify: {
    etherscan: {
      apiKey: configVariable("ETHERSCAN_API_KEY"),
    },
  },
});
