import type { HeadingReader } from "./heading-readers.js";
import { cleanTitle, isTitle } from "./titles.js";

// "a) Hate Incidents", "(b) Online Harms", "c. Road Danger": a letter as the item's number, and a
// capital in minutes lettering their items "A." to "E." ("C. Prison capacity and early release").
const LETTERED = /^\(?([a-zA-Z])[.)]\s+(\S.*)$/u;

export const letterHeading: HeadingReader = {
  name: "letter",
  example: "a) Hate Incidents",
  read: (text) => {
    // The letter's "." or ")" stands second, or third after "(": most lines are turned away by it.
    const mark = text.charCodeAt(text.charCodeAt(0) === 0x28 ? 2 : 1);
    if (mark !== 0x2e && mark !== 0x29) return null;
    const m = text.match(LETTERED);
    if (!m?.[1]) return null;
    const title = cleanTitle(m[2] ?? "");
    return {
      heading:
        title && isTitle(title, "number") && !/[.;,]$/.test(text)
          ? { number: m[1], value: (m[1].charCodeAt(0) | 32) - 96, title, style: "number" }
          : null,
    };
  },
};
