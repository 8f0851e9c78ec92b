import type { Metadata } from "next";

import { TicketsLab } from "../../../_components/labs/tickets/TicketsLab.tsx";

export const metadata: Metadata = { title: "Tickets lab" };

export default function TicketsLabPage() {
  return <TicketsLab />;
}
