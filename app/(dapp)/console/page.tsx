import type { Metadata } from "next";

import { ContractConsole } from "../../_components/console/ContractConsole.tsx";

export const metadata: Metadata = { title: "Contract console" };

export default async function ConsolePage({
  searchParams,
}: {
  searchParams: Promise<{ contract?: string | string[] }>;
}) {
  const { contract } = await searchParams;
  return <ContractConsole selected={typeof contract === "string" ? contract : undefined} />;
}
