import { asWindows1252 } from "./mojibake.js";

// An e-mail saved as its raw source (unseen round 10 file 78): the transport's headers, MIME parts
// parted by a boundary, the notes quoted-printable ("=E2=80=93" a dash, "=" at a line's end a
// break that is no break, often inside a word or a name) and an attachment in base64. A reader of
// the message sees its envelope and its text, decoded; so must every rule. Decoded once, before
// the text is cut into lines (lines.ts `toTextLines`). Lines change: a soft break joins two.

// The envelope a mail program shows (email-envelope.ts reads it); every other header is the
// transport's ("Received:", "Message-ID:", "Content-Type:") and is left out.
const SHOWN_HEADER = /^(?:from|sent|date|to|cc|bcc|subject|importance|attachments|reply-to):/i;
const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
const FOLDED = /^[ \t]/;
// A message declares its encoding or its parts in a header of its own.
const MIME_HEADER = /^content-(?:transfer-encoding|type):/im;
// An encoded word of a header, "=?utf-8?Q?DMG_notes_=E2=80=93_3_February_2026?=".
const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=/g;
const BETWEEN_ENCODED_WORDS = /(\?=)[ \t]+(?==\?)/g;
// Undeclared quoted-printable: a soft break ends a line with "=", and a letter beyond ASCII is its
// UTF-8 bytes escaped, "=C3=A9", "=E2=80=99".
const SOFT_BREAK = /=\r?\n/g;
const ESCAPED_LETTER = /=(?:C[2-9A-F]|D[0-9A-F])=[89AB][0-9A-F]|=E[0-9A-F](?:=[89AB][0-9A-F]){2}/g;

interface Entity {
  headers: Map<string, string>;
  body: string[];
}

/** The message a raw e-mail source holds, as its reader sees it; any other text as it is. */
export function decodeMailSource(text: string): string {
  if (!MIME_HEADER.test(text)) return undeclaredQuotedPrintable(text);
  const lines = text.split(/\r?\n/);
  const top = readEntity(lines);
  if (top.headers.size === 0) return text;
  const envelope = unfoldedHeaders(lines)
    .filter((header) => SHOWN_HEADER.test(header))
    .map(decodeEncodedWords);
  const message = readableText(top);
  return message === null ? text : [...envelope, "", message].join("\n");
}

/** Headers up to the first blank line, each on one line. */
function unfoldedHeaders(lines: readonly string[]): string[] {
  const headers: string[] = [];
  for (const line of lines) {
    if (line === "") break;
    if (FOLDED.test(line) && headers.length > 0) headers[headers.length - 1] += ` ${line.trim()}`;
    else headers.push(line);
  }
  return headers;
}

/** An entity's headers (names lower case, values unfolded) and its body's lines. */
function readEntity(lines: readonly string[]): Entity {
  const headers = new Map<string, string>();
  const unfolded = unfoldedHeaders(lines);
  let count = 0;
  for (const line of lines) {
    if (line === "") break;
    count++;
  }
  if (!unfolded.every((h) => HEADER_LINE.test(h))) return { headers, body: [...lines] };
  for (const header of unfolded) {
    const colon = header.indexOf(":");
    headers.set(header.slice(0, colon).toLowerCase(), header.slice(colon + 1).trim());
  }
  return { headers, body: lines.slice(count + 1) };
}

/** The text of an entity: a text part decoded, a multipart's readable parts; null for none. */
function readableText(entity: Entity): string | null {
  const type = (entity.headers.get("content-type") ?? "text/plain").toLowerCase();
  if (type.startsWith("multipart/")) {
    const boundary = parameter(entity.headers.get("content-type") ?? "", "boundary");
    if (!boundary) return entity.body.join("\n");
    const parts = splitParts(entity.body, boundary).map(readEntity);
    const texts = parts.filter((p) => isText(p));
    // An alternative's parts say one thing: the plain one is read, the HTML copy left out.
    const chosen = type.startsWith("multipart/alternative")
      ? texts.filter((p) => !isHtml(p)).slice(0, 1)
      : texts.filter((p, _, all) => !isHtml(p) || all.every(isHtml));
    const read = (chosen.length > 0 ? chosen : texts.slice(0, 1))
      .map(readableText)
      .filter((t): t is string => t !== null);
    return read.length > 0 ? read.join("\n") : null;
  }
  if (!isText(entity)) return null;
  const charset = parameter(entity.headers.get("content-type") ?? "", "charset") ?? "utf-8";
  const encoding = (entity.headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (encoding === "quoted-printable")
    return decodeBytes(quotedPrintableBytes(entity.body.join("\n")), charset);
  if (encoding === "base64")
    return decodeBytes(Buffer.from(entity.body.join(""), "base64"), charset).replace(
      /\r\n?/g,
      "\n",
    );
  return entity.body.join("\n");
}

function isText(entity: Entity): boolean {
  const type = (entity.headers.get("content-type") ?? "text/plain").toLowerCase();
  const disposition = (entity.headers.get("content-disposition") ?? "").toLowerCase();
  return (
    (type.startsWith("text/") || type.startsWith("multipart/")) &&
    !disposition.startsWith("attachment")
  );
}

function isHtml(entity: Entity): boolean {
  return (entity.headers.get("content-type") ?? "").toLowerCase().startsWith("text/html");
}

/** The lines of each part between "--boundary" lines, up to "--boundary--". */
function splitParts(body: readonly string[], boundary: string): string[][] {
  const parts: string[][] = [];
  let current: string[] | null = null;
  for (const line of body) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) break;
    if (trimmed === `--${boundary}`) {
      current = [];
      parts.push(current);
    } else current?.push(line);
  }
  return parts;
}

/** A header's parameter, "boundary" of `multipart/mixed; boundary="_004_…"`. */
function parameter(value: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Quoted-printable to bytes: "=XX" a byte, "=" before a line break no break, the rest as UTF-8. */
function quotedPrintableBytes(text: string): Buffer {
  const bytes: number[] = [];
  // Spaces before a line's end are the transport's padding (RFC 2045 6.7).
  const unpadded = text.replace(/[ \t]+(?=\r?\n|$)/g, "");
  for (let i = 0; i < unpadded.length; i++) {
    const c = unpadded.charCodeAt(i);
    if (c === 0x3d) {
      const next = unpadded.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(next)) {
        bytes.push(Number.parseInt(next, 16));
        i += 2;
        continue;
      }
      if (next.startsWith("\n")) {
        i += 1;
        continue;
      }
      if (next === "\r\n") {
        i += 2;
        continue;
      }
    }
    if (c < 0x80) bytes.push(c);
    else bytes.push(...Buffer.from(unpadded[i] as string, "utf8"));
  }
  return Buffer.from(bytes);
}

// The labels the web reads as Windows-1252 (WHATWG Encoding): a message so labelled is written in it.
const WINDOWS_1252_LABELS =
  /^(?:windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii)$/;

function decodeBytes(bytes: Uint8Array, charset: string): string {
  const label = charset.toLowerCase();
  if (WINDOWS_1252_LABELS.test(label)) return asWindows1252(Buffer.from(bytes).toString("latin1"));
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

/** A header with its encoded words decoded; adjacent encoded words join without their gap. */
function decodeEncodedWords(header: string): string {
  if (!header.includes("=?")) return header;
  return header
    .replace(BETWEEN_ENCODED_WORDS, "$1")
    .replace(ENCODED_WORD, (_, charset: string, kind: string, word: string) =>
      kind.toUpperCase() === "B"
        ? decodeBytes(Buffer.from(word, "base64"), charset)
        : decodeBytes(quotedPrintableBytes(word.replace(/_/g, " ")), charset),
    );
}

/**
 * A body pasted without its headers is decoded only when it shows both of quoted-printable's
 * marks: soft breaks, more than one, and a letter beyond ASCII written as its escaped UTF-8 bytes
 * ("=E2=80=99"). An "=" at one line's end, or "=E2" alone, is as likely the minutes' own.
 */
function undeclaredQuotedPrintable(text: string): string {
  if (text.indexOf("=") < 0) return text;
  const breaks = text.match(SOFT_BREAK)?.length ?? 0;
  if (breaks < 2) return text;
  const letters = text.match(ESCAPED_LETTER)?.length ?? 0;
  if (letters < 1) return text;
  return decodeBytes(quotedPrintableBytes(text), "utf-8");
}
