// Decodes TravelTicket's on-chain metadata: a base64 JSON data URI whose image is a base64 SVG data URI.
// Only web APIs (atob, TextDecoder), so the dApp reads tickets with the same code as the scripts.

const JSON_PREFIX = "data:application/json;base64,";
const SVG_PREFIX = "data:image/svg+xml;base64,";

export interface TicketAttribute {
  trait_type: string;
  value: string | number;
  display_type?: string;
  max_value?: number;
}

export interface TicketMetadata {
  name: string;
  description: string;
  image: string;
  attributes: TicketAttribute[];
}

function decodeDataUri(uri: string, prefix: string): string {
  if (!uri.startsWith(prefix))
    throw new Error(`Expected a "${prefix}…" data URI, got "${uri.slice(0, 40)}…".`);
  const binary = atob(uri.slice(prefix.length));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The metadata JSON of a `tokenURI`, parsed (throws if it is not valid JSON). */
export function decodeTicketMetadata(tokenUri: string): TicketMetadata {
  return JSON.parse(decodeDataUri(tokenUri, JSON_PREFIX)) as TicketMetadata;
}

/** The SVG document of a ticket's `image`. */
export function decodeTicketImage(metadata: TicketMetadata): string {
  return decodeDataUri(metadata.image, SVG_PREFIX);
}

/** The value of the attribute `traitType`, or undefined. */
export function attribute(metadata: TicketMetadata, traitType: string): string | number | undefined {
  return metadata.attributes.find((entry) => entry.trait_type === traitType)?.value;
}
