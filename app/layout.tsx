import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { ThemeSwitch } from "./_components/ThemeSwitch.tsx";
import { themeBootScript } from "./_components/theme-script.ts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Wayfare", template: "%s · Wayfare" },
  description:
    "An interactive exhibit on peer-to-peer networks, blockchains and smart tourism, with live labs on a local chain.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f5f0" },
    { media: "(prefers-color-scheme: dark)", color: "#14171c" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme attribute is set before hydration by the boot script, so React must not fight it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body>
        <ThemeSwitch />
        {children}
      </body>
    </html>
  );
}
