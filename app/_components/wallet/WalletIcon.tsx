/** A wallet's icon as announced over EIP-6963 (a data URI), or a neutral placeholder. */
export function WalletIcon({ src }: { src?: string }) {
  if (!src) return <span className="wallet-icon placeholder" aria-hidden="true" />;
  // A data URI chosen by the wallet: nothing for next/image to optimise.
  // eslint-disable-next-line @next/next/no-img-element
  return <img className="wallet-icon" src={src} alt="" width={28} height={28} />;
}
