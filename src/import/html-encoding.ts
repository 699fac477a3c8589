import { DomUtils, parseDocument } from "htmlparser2";

/**
 * The page's text in the encoding it declares. Browsers save pages as they were served, and older
 * ones declare windows-1252 in a <meta> tag; a byte-order mark wins, then the declaration, then UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes);
  // Declarations are ASCII, so reading the head byte for byte finds them whatever the encoding.
  const head = parseDocument(String.fromCharCode(...bytes.subarray(0, 4096)));
  const meta = DomUtils.findAll((e) => e.name === "meta", head.children);
  const declared =
    meta.map((e) => e.attribs.charset).find(Boolean) ??
    meta
      .filter((e) => (e.attribs["http-equiv"] ?? "").toLowerCase() === "content-type")
      .map((e) => /charset=([\w-]+)/i.exec(e.attribs.content ?? "")?.[1])
      .find(Boolean);
  const encoding = knownEncoding(declared?.trim() || "utf-8");
  if (encoding === "windows-1252") return windows1252(bytes);
  return encoding ? new TextDecoder(encoding).decode(bytes) : utf8(bytes);
}

// The WHATWG name for a label ("latin1" → "windows-1252"), or null for one Node does not know.
function knownEncoding(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}

// Bytes 0x80-0x9F in windows-1252 (which "latin1" and "iso-8859-1" mean on the web). Node 20's
// TextDecoder reads them as control characters, losing the curly quotes and dashes of such pages.
const HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function windows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes)
    text += byte >= 0x80 && byte < 0xa0 ? HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
  return text;
}
