import type { Metadata } from "next";

import { SaveLab } from "../../../_components/labs/save/SaveLab.tsx";

export const metadata: Metadata = { title: "Save lab" };

export default function SaveLabPage() {
  return <SaveLab />;
}
