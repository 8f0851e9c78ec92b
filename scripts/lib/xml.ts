// A strict XML 1.0 well-formedness check for the documents Wayfare's contracts generate (SVG), which
// also returns the element tree with entity references decoded, so tests can compare text content.
// Covered: elements, attributes (quoted, unique), character data, the predefined and numeric character
// references, comments, processing instructions and the characters XML allows. Not covered (never
// generated): DOCTYPE, CDATA sections and non-ASCII names, which are reported as errors.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (not its descendants'), references decoded. */
  text: string;
}

export class XmlError extends Error {}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Decodes the references in character data or an attribute value; rejects a bare `&` or `<`. */
function decodeCharacterData(raw: string, where: number): string {
  if (raw.includes("<")) throw new XmlError(`"<" in character data near offset ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, reference: string) => {
    if (!match.endsWith(";")) throw new XmlError(`unterminated "&" near offset ${where}`);
    if (reference in PREDEFINED) return PREDEFINED[reference];
    const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(reference);
    if (!numeric) throw new XmlError(`unknown entity "&${reference};" near offset ${where}`);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2], 10);
    if (!isXmlChar(code)) throw new XmlError(`reference to a non-character near offset ${where}`);
    return String.fromCodePoint(code);
  });
}

/** Parses `source` as a standalone XML document; throws `XmlError` unless it is well-formed. */
export function parseXml(source: string): XmlElement {
  for (const char of source) {
    if (!isXmlChar(char.codePointAt(0)!))
      throw new XmlError(`character U+${char.codePointAt(0)!.toString(16)}`);
  }
  let position = 0;
  let root: XmlElement | undefined;
  const open: XmlElement[] = [];

  const expect = (literal: string) => {
    if (!source.startsWith(literal, position))
      throw new XmlError(`expected "${literal}" at offset ${position}`);
    position += literal.length;
  };
  const skipSpace = () => {
    while (position < source.length && /\s/.test(source[position])) position++;
  };
  const readName = () => {
    const name = NAME.exec(source.slice(position))?.[0];
    if (!name) throw new XmlError(`expected a name at offset ${position}`);
    position += name.length;
    return name;
  };

  while (position < source.length) {
    if (source.startsWith("<!--", position)) {
      const end = source.indexOf("-->", position + 4);
      if (end < 0 || source.slice(position + 4, end).includes("--")) throw new XmlError("malformed comment");
      position = end + 3;
    } else if (source.startsWith("<?", position)) {
      const end = source.indexOf("?>", position);
      if (end < 0) throw new XmlError("unterminated processing instruction");
      position = end + 2;
    } else if (source.startsWith("<!", position)) {
      throw new XmlError(`unsupported markup declaration at offset ${position}`);
    } else if (source.startsWith("</", position)) {
      position += 2;
      const name = readName();
      skipSpace();
      expect(">");
      const element = open.pop();
      if (element?.name !== name) throw new XmlError(`</${name}> closes <${element?.name ?? "nothing"}>`);
    } else if (source[position] === "<") {
      position++;
      const element: XmlElement = { name: readName(), attributes: {}, children: [], text: "" };
      if (open.length > 0) open[open.length - 1].children.push(element);
      else if (root) throw new XmlError(`a second root element <${element.name}>`);
      else root = element;
      for (;;) {
        const before = position;
        skipSpace();
        if (source.startsWith("/>", position)) {
          position += 2;
          break;
        }
        if (source[position] === ">") {
          position++;
          open.push(element);
          break;
        }
        if (position === before)
          throw new XmlError(`expected whitespace before an attribute at offset ${position}`);
        const attribute = readName();
        if (attribute in element.attributes) throw new XmlError(`duplicate attribute "${attribute}"`);
        skipSpace();
        expect("=");
        skipSpace();
        const quote = source[position];
        if (quote !== '"' && quote !== "'")
          throw new XmlError(`unquoted attribute value at offset ${position}`);
        const end = source.indexOf(quote, position + 1);
        if (end < 0) throw new XmlError("unterminated attribute value");
        element.attributes[attribute] = decodeCharacterData(source.slice(position + 1, end), position);
        position = end + 1;
      }
    } else {
      const end = source.indexOf("<", position);
      const raw = source.slice(position, end < 0 ? source.length : end);
      if (raw.includes("]]>")) throw new XmlError(`"]]>" in character data near offset ${position}`);
      const text = decodeCharacterData(raw, position);
      if (open.length > 0) open[open.length - 1].text += text;
      else if (text.trim() !== "") throw new XmlError(`text outside the root element at offset ${position}`);
      position += raw.length;
    }
  }
  if (open.length > 0) throw new XmlError(`<${open[open.length - 1].name}> is never closed`);
  if (!root) throw new XmlError("no root element");
  return root;
}

/** Every element of the tree, depth first. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}
