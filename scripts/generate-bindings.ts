// Regenerates the dApp's typed contract bindings from the Hardhat artifacts and Ignition deployments.
// Run after `hardhat build`; `npm run build`, `npm run lint`, `npm start` and `npm run deploy` do.
import { BINDINGS_PATH, generateBindings } from "./lib/bindings.ts";
import { deployedChainIds } from "./lib/deployment.ts";

try {
  const changed = generateBindings();
  const chains = deployedChainIds();
  const where = chains.length ? `deployments on chain ${chains.join(", ")}` : "ABIs only: no deployment yet";
  console.log(`${changed ? "Wrote" : "Up to date:"} ${BINDINGS_PATH} (${where}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
