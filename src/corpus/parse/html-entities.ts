// A committee page scraped from the web and saved as text keeps the HTML's entities
// ("O&#39;Sullivan", "Service &amp; Witness Care", "31&nbsp;&nbsp;WELCOME", "&#8216;COUNTY
// LINES&#8217;"): a reader sees the characters they stand for, and so must every rule. They are
// decoded once, before the text is cut into lines (lines.ts `toTextLines`).

// The named entities such pages use: spaces, punctuation and quotes, currency, and the accented
// letters of names. A name not listed is left as written: an ampersand before letters and a
// semicolon is also plain text ("AT&T;").
const NAMED: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["nbsp", "\u00a0"],
  ["ensp", " "],
  ["emsp", " "],
  ["thinsp", " "],
  ["shy", "\u00ad"],
  ["ndash", "–"],
  ["mdash", "—"],
  ["hyphen", "‐"],
  ["lsquo", "‘"],
  ["rsquo", "’"],
  ["sbquo", "‚"],
  ["ldquo", "“"],
  ["rdquo", "”"],
  ["bdquo", "„"],
  ["laquo", "«"],
  ["raquo", "»"],
  ["hellip", "…"],
  ["bull", "•"],
  ["middot", "·"],
  ["pound", "£"],
  ["euro", "€"],
  ["cent", "¢"],
  ["copy", "©"],
  ["reg", "®"],
  ["trade", "™"],
  ["deg", "°"],
  ["sect", "§"],
  ["para", "¶"],
  ["frac12", "½"],
  ["frac14", "¼"],
  ["frac34", "¾"],
  ["times", "×"],
  ["rarr", "→"],
  ["larr", "←"],
  ["aacute", "á"],
  ["Aacute", "Á"],
  ["agrave", "à"],
  ["acirc", "â"],
  ["auml", "ä"],
  ["Auml", "Ä"],
  ["atilde", "ã"],
  ["aring", "å"],
  ["aelig", "æ"],
  ["ccedil", "ç"],
  ["Ccedil", "Ç"],
  ["eacute", "é"],
  ["Eacute", "É"],
  ["egrave", "è"],
  ["ecirc", "ê"],
  ["euml", "ë"],
  ["iacute", "í"],
  ["Iacute", "Í"],
  ["igrave", "ì"],
  ["icirc", "î"],
  ["iuml", "ï"],
  ["ntilde", "ñ"],
  ["oacute", "ó"],
  ["Oacute", "Ó"],
  ["ograve", "ò"],
  ["ocirc", "ô"],
  ["ouml", "ö"],
  ["Ouml", "Ö"],
  ["otilde", "õ"],
  ["oslash", "ø"],
  ["Oslash", "Ø"],
  ["scaron", "š"],
  ["Scaron", "Š"],
  ["szlig", "ß"],
  ["uacute", "ú"],
  ["Uacute", "Ú"],
  ["ugrave", "ù"],
  ["ucirc", "û"],
  ["uuml", "ü"],
  ["Uuml", "Ü"],
  ["yacute", "ý"],
  ["zcaron", "ž"],
]);

// "&name;", "&#39;", "&#x27;". Names are matched as written: HTML's names are case-sensitive.
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;

/** True when the text may hold an entity: an ampersand with a semicolon after it. */
function mayHoldEntity(text: string): boolean {
  const amp = text.indexOf("&");
  return amp >= 0 && text.indexOf(";", amp) >= 0;
}

/**
 * The text with its HTML entities decoded, once ("&amp;nbsp;" is "&nbsp;"). A line break written
 * as an entity ("&#10;") is a space: the file's lines stay the lines it was written in, and every
 * citation keeps its line number. An entity that is no character ("&#0;") or a name not listed is
 * left as written.
 */
export function decodeEntities(text: string): string {
  if (!mayHoldEntity(text)) return text;
  ENTITY.lastIndex = 0;
  if (!ENTITY.test(text)) return text;
  return text.replace(ENTITY, decodeEntity);
}

function decodeEntity(whole: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED.get(name) ?? whole;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
  // Line breaks and other controls but the tab: white space that keeps the line.
  if (code < 32 && code !== 9) return " ";
  return String.fromCodePoint(code);
}
