/** Placeholder front door until the exhibit lands. */
export default function HomePage() {
  return (
    <main style={{ maxWidth: "40rem", margin: "0 auto", padding: "4rem 1.5rem" }}>
      <h1>Wayfare</h1>
      <p>An interactive exhibit on peer-to-peer networks, blockchains and smart tourism.</p>
    </main>
  );
}
