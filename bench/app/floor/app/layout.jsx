// The floor under the exhibit's Lighthouse scores: Next.js's own start-up cost, measured on an App
// Router page with no application code, in the same run and on the same machine as Wayfare's pages.
export const metadata = { title: "Empty App Router page" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
