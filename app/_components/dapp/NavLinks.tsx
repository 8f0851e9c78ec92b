"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/console", label: "Console" },
  { href: "/chain", label: "Chain" },
];

/** The dApp's sections, with the current one marked for people and screen readers. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <ul className="nav-links">
      {LINKS.map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={href}>
            <Link href={href} aria-current={current ? "page" : undefined}>
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
