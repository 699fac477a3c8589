import type { HeadingReader } from "./heading-readers.js";
import { cleanTitle, isTitle } from "./titles.js";

// "a) Hate Incidents", "(b) Online Harms", "c. Road Danger": a lower-case letter as the item's number.
const LETTERED = /^\(?([a-z])[.)]\s+(\S.*)$/u;

export const letterHeading: HeadingReader = {
  name: "letter",
  example: "a) Hate Incidents",
  read: (text) => {
    const m = text.match(LETTERED);
    if (!m?.[1]) return null;
    const title = cleanTitle(m[2] ?? "");
    return {
      heading:
        title && isTitle(title, "number") && !/[.;,]$/.test(text)
          ? { number: m[1], value: m[1].charCodeAt(0) - 96, title, style: "number" }
          : null,
    };
  },
};
