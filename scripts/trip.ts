// `npm run trip -- <command>`: Wayfare's travel currency from the terminal, written with ethers v6.
// Run `npm run trip -- --help` for the commands; scripts/trip/ holds the parts.
import { runTrip } from "./trip/cli.ts";

process.exitCode = await runTrip(process.argv.slice(2));
