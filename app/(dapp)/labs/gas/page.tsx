import type { Metadata } from "next";

import { GasLab } from "../../../_components/labs/gas/GasLab.tsx";

export const metadata: Metadata = { title: "Gas lab" };

export default function GasLabPage() {
  return <GasLab />;
}
