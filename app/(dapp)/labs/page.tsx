import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Labs" };

const LABS = [
  {
    href: "/labs/gas",
    title: "Gas",
    text: "Take a transaction's cost apart, watch the base fee move block by block, and make the chain busy.",
  },
  {
    href: "/labs/pay",
    title: "Pay",
    text: "Change ETH into TRIP at the exchange desk and pay a hotel, a taxi or a café, with or without ETH for gas.",
  },
  {
    href: "/labs/save",
    title: "Save",
    text: "Lock TRIP in a savings vault until a date you choose, set a goal, and watch the share price rise.",
  },
  {
    href: "/labs/tickets",
    title: "Tickets",
    text: "Buy a journey's ticket as an NFT, show a signed QR proof at the gate, and keep it as a souvenir.",
  },
  {
    href: "/labs/auction",
    title: "Auction",
    text: "Race bots for the last seat in one block: the highest tip wins, and the losers still pay.",
  },
];

export default function LabsPage() {
  return (
    <>
      <h1>Labs</h1>
      <p className="lede">
        Each lab does, on the real local chain and with your wallet, what a topic of the exhibit explains.
      </p>
      <ul className="lab-index">
        {LABS.map((lab) => (
          <li key={lab.href} className="card">
            <h2>
              <Link href={lab.href}>{lab.title} lab</Link>
            </h2>
            <p>{lab.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
