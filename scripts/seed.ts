// Fills a freshly deployed local chain with demo data. Each part of Wayfare seeds its own slice.
import { seedAuction } from "./seed/auction.ts";
import { createSeedContext } from "./seed/context.ts";
import { seedCurrency } from "./seed/currency.ts";
import { seedSavings } from "./seed/savings.ts";
import { seedTickets } from "./seed/tickets.ts";

export async function seedDemoData(rpcUrl: string, log: (line: string) => void = console.log): Promise<void> {
  const ctx = createSeedContext(rpcUrl, log);
  await seedCurrency(ctx);
  await seedSavings(ctx);
  // Tickets advance the chain's clock past a departure; the auction's rounds open after that.
  await seedTickets(ctx);
  await seedAuction(ctx);
}
