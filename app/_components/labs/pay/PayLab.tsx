"use client";

import { useLabContracts } from "../../../_hooks/useLabContracts.ts";
import { useDeskHistory, usePayments } from "../../../_hooks/usePayments.ts";
import { useBalances, useVisitor } from "../../../_hooks/useVisitor.ts";
import { formatAmount } from "../../../_lib/format.ts";
import { Balances } from "../Balances.tsx";
import { type Goal, GoalsChecklist } from "../GoalsChecklist.tsx";
import { LabPage, LabSection } from "../LabPage.tsx";
import { NotDeployed } from "../NotDeployed.tsx";
import { ExchangeDesk } from "./ExchangeDesk.tsx";
import { MerchantDesk } from "./MerchantDesk.tsx";
import { PayMerchant } from "./PayMerchant.tsx";
import { Receipts } from "./Receipts.tsx";

export function PayLab() {
  const contracts = useLabContracts("TripToken", "TripExchange");
  const [token, desk] = contracts ?? [];
  const visitor = useVisitor();
  const balances = useBalances(token);
  const payments = usePayments(token, visitor).data;
  const desked = useDeskHistory(desk, visitor).data;

  const direct = payments?.find((payment) => !payment.gasless);
  const gasless = payments?.find((payment) => payment.gasless);
  const goals: Goal[] = [
    {
      id: "bought",
      label: "Buy TRIP at the exchange desk",
      done: desked ? desked.bought > 0n : undefined,
      detail: desked?.bought ? `${formatAmount(desked.bought, 18)} TRIP bought so far.` : undefined,
    },
    {
      id: "sold",
      label: "Sell TRIP back for ETH",
      done: desked ? desked.sold > 0n : undefined,
      detail: desked?.sold ? `${formatAmount(desked.sold, 18)} TRIP sold back.` : undefined,
    },
    {
      id: "paid-direct",
      label: "Pay a merchant directly",
      done: payments ? direct !== undefined : undefined,
      detail: direct ? `${formatAmount(direct.amount, 18)} TRIP to ${direct.merchant.shop}.` : undefined,
    },
    {
      id: "paid-gasless",
      label: "Pay a merchant without spending ETH (by signature)",
      done: payments ? gasless !== undefined : undefined,
      detail: gasless
        ? `${formatAmount(gasless.amount, 18)} TRIP to ${gasless.merchant.shop}, who paid the gas.`
        : undefined,
    },
  ];

  return (
    <LabPage
      title="Pay lab"
      lede="A travel currency on a real chain: change ETH into TRIP, pay a hotel, a taxi or a café, and let the merchant pay the gas."
      topic={{ slide: "pay", title: "Paying your way: a travel currency" }}
      willSee={[
        "The exchange desk: ETH in, TRIP out at a fixed rate, and back again, every amount checked before it is sent.",
        "A payment to a merchant as a plain transfer, where you pay the gas in ETH.",
        "The same payment as a signature (EIP-3009): what you sign, in words, before you sign it; then the merchant submits it and pays the gas.",
        "A signed payment refused when it is used twice, cancelled, or expired, with the reason.",
        "A receipt for each payment, linked to its transaction in the explorer.",
      ]}
      goals={<GoalsChecklist goals={goals} />}
    >
      {contracts && token && desk ? (
        <>
          <LabSection id="wallet" title="Your wallet">
            <Balances
              items={[
                { label: "ETH", value: balances?.eth, unit: "ETH" },
                { label: "TRIP", value: balances?.trip, unit: "TRIP" },
              ]}
            />
          </LabSection>
          <LabSection id="desk" title="The exchange desk">
            <ExchangeDesk token={token} desk={desk} balances={balances} />
          </LabSection>
          <LabSection
            id="pay"
            title="Pay a merchant"
            intro="Merchants take TRIP. Pay the usual way, or sign the payment and let the merchant collect it."
          >
            <PayMerchant token={token} tripBalance={balances?.trip} />
          </LabSection>
          <LabSection
            id="receipts"
            title="Receipts"
            intro="Your payments to merchants, read from TRIP's Transfer events."
          >
            <Receipts receipts={payments} connected={Boolean(visitor)} />
          </LabSection>
          <LabSection
            id="merchant-desk"
            title="The merchant's desk"
            intro="Someone handed you a signed payment? Paste it to read it and collect it."
          >
            <MerchantDesk token={token} />
          </LabSection>
        </>
      ) : (
        <LabSection id="unavailable" title="Not available">
          <NotDeployed />
        </LabSection>
      )}
    </LabPage>
  );
}
