import type { HeadingReader } from "./heading-readers.js";
import { cleanTitle, isTitle } from "./titles.js";

// "24/03 Retail crime": a committee's minute number, the year then the minute's place in it. The
// place is written with two digits or more ("24/01"), so "24/7 support" is no minute number, and a
// date ("12/05/2023") has a third part where the title would start. A council counting its
// minutes through the year writes the count first ("31/23", "112/23"): which part counts is for
// the document to say (document.ts `countsInFirstPart`).
// A committee page may write the body's code first, "LCRB/24/31  WELCOME AND APOLOGIES": the
// reference is read whole, counted as it would be without the code.
const MINUTE_NUMBER = /^((?:[A-Z]{2,6}\/)?\d{2,3})\/(\d{2,3})[.:]?\s+(?![\d/])(\S.*)$/u;

export const minuteNumberHeading: HeadingReader = {
  name: "minute number",
  example: "24/03 Retail crime",
  read: (text) => {
    const m = text.match(MINUTE_NUMBER);
    if (!m?.[1] || !m[2]) return null;
    const value = Number(m[2]);
    const title = cleanTitle(m[3] ?? "");
    return {
      heading:
        value && title && isTitle(title, "number")
          ? { number: `${m[1]}/${m[2]}`, value, title, style: "number" }
          : null,
    };
  },
};
