import type { HeadingReader } from "./heading-readers.js";
import { cleanTitle, isTitle } from "./titles.js";

// "IV.\tTransforming Rehabilitation", "(iv) Counter-terrorism": roman numerals in capitals or in
// lower case, kept as written.
const ROMAN = /^\(?([IVX]{1,6}|[ivx]{1,6})[.)]\s+(\S.*)$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

export const romanHeading: HeadingReader = {
  name: "roman numeral",
  example: "IV.\tTransforming Rehabilitation",
  read: (text) => {
    const m = text.match(ROMAN);
    if (!m?.[1]) return null;
    const value = romanValue(m[1].toUpperCase());
    const title = cleanTitle(m[2] ?? "");
    return {
      heading:
        value && title && isTitle(title, "number")
          ? { number: m[1], value, title, style: "number" }
          : null,
    };
  },
};

// "IV" → 4; 0 for letters that are not a well-formed numeral ("IIV").
function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral.charAt(i)] ?? 0;
    total += v < (ROMAN_VALUES[numeral.charAt(i + 1)] ?? 0) ? -v : v;
  }
  const canonical = /^X{0,3}(?:IX|IV|V?I{0,3})$/.test(numeral);
  return canonical ? total : 0;
}
