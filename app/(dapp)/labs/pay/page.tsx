import type { Metadata } from "next";

import { PayLab } from "../../../_components/labs/pay/PayLab.tsx";

export const metadata: Metadata = { title: "Pay lab" };

export default function PayLabPage() {
  return <PayLab />;
}
