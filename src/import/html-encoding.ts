import { DomUtils, parseDocument } from "htmlparser2";

/**
 * The page's text in the encoding it declares. Browsers save pages as they were served, and older
 * ones declare windows-1252 in a <meta> tag; a byte-order mark wins, then the declaration, then UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes);
  // Declarations are ASCII, so reading the head byte for byte finds them whatever the encoding.
  const head = parseDocument(new TextDecoder("latin1").decode(bytes.subarray(0, 4096)));
  const meta = DomUtils.findAll((e) => e.name === "meta", head.children);
  const declared =
    meta.map((e) => e.attribs.charset).find(Boolean) ??
    meta
      .filter((e) => (e.attribs["http-equiv"] ?? "").toLowerCase() === "content-type")
      .map((e) => /charset=([\w-]+)/i.exec(e.attribs.content ?? "")?.[1])
      .find(Boolean);
  try {
    return new TextDecoder(declared?.trim() || "utf-8").decode(bytes);
  } catch {
    return utf8(bytes); // an encoding name Node does not know
  }
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes);
}
