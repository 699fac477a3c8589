// Text saved as UTF-8 and read back as Windows-1252 or Latin-1 (unseen round 10 file 82, an RTF
// export): each letter beyond ASCII shows as two or three others, "RenÃ©e", "Oâ€™Riordan",
// "Womenâ€™s", and read so twice, "SÃƒÂ©verine". A reader sees the letters meant, and so must
// every rule: names are read by their letters. Repaired once, before the text is cut into lines
// (lines.ts `toTextLines`); a line keeps its place.
//
// Only an unambiguous pattern is repaired: a lead byte of the letters minutes are written in
// (Â Ã Ä Å, for U+0080-U+017F, and â, for punctuation U+2010-U+206F, "€" and "™") followed by
// the continuation bytes UTF-8 asks for, which decode to a character in those same ranges. Text
// whose accented capitals stand before punctuation ("JOSÉ’S") decodes to nothing so written and is
// left alone.

// Windows-1252's characters for the bytes 0x80-0x9F; the bytes it leaves undefined (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) are read, as by Latin-1, as the control character of the same number.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const BYTE_OF = new Map<number, number>();
for (let i = 0; i < WINDOWS_1252_HIGH.length; i++)
  BYTE_OF.set(WINDOWS_1252_HIGH.charCodeAt(i), 0x80 + i);

const LEAD = /[\u00c2-\u00c5\u00e2]/;

// Node's TextDecoder reads "windows-1252" as Latin-1, giving control characters for the bytes
// 0x80-0x9F where Windows writes "€", "’", "–" (a quoted-printable "=92", "=96"; layout-variants-10a/107).
const C1_CONTROLS = /[\u0080-\u009f]/g;

/** Text decoded as Latin-1 with the characters Windows-1252 gives its bytes 0x80-0x9F. */
export function asWindows1252(latin1: string): string {
  return latin1.replace(C1_CONTROLS, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** The byte a character stands for when UTF-8 was read as Windows-1252 or Latin-1, or -1. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return BYTE_OF.get(code) ?? -1;
}

const isContinuation = (byte: number) => byte >= 0x80 && byte <= 0xbf;

/** The text with each run of mis-read UTF-8 bytes read as the character they encode. */
export function repairMojibake(text: string): string {
  let repaired = text;
  // Read wrongly twice, the text is repaired in two passes: the first gives back the first misreading.
  for (let pass = 0; pass < 3 && LEAD.test(repaired); pass++) {
    const next = repairOnce(repaired);
    if (next === repaired) break;
    repaired = next;
  }
  return repaired;
}

function repairOnce(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const lead = text.charCodeAt(i);
    if (lead < 0xc2 || (lead > 0xc5 && lead !== 0xe2)) continue;
    const code = lead === 0xe2 ? threeBytes(text, i) : twoBytes(text, i, lead);
    if (code < 0) continue;
    out += text.slice(from, i) + String.fromCharCode(code);
    i += lead === 0xe2 ? 2 : 1;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function twoBytes(text: string, at: number, lead: number): number {
  if (at + 1 >= text.length) return -1;
  const second = byteOf(text.charCodeAt(at + 1));
  if (!isContinuation(second)) return -1;
  return ((lead & 0x1f) << 6) | (second & 0x3f);
}

function threeBytes(text: string, at: number): number {
  if (at + 2 >= text.length) return -1;
  const second = byteOf(text.charCodeAt(at + 1));
  const third = byteOf(text.charCodeAt(at + 2));
  if (!isContinuation(second) || !isContinuation(third)) return -1;
  const code = 0x2000 | ((second & 0x3f) << 6) | (third & 0x3f);
  return (code >= 0x2010 && code <= 0x206f) || code === 0x20ac || code === 0x2122 ? code : -1;
}
