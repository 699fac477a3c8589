import type { HeadingReader } from "./heading-readers.js";
import { cleanTitle, isTitle } from "./titles.js";

// "1. Agreement of minutes", "3) Operational update", "(2) Hate crime", "4 Police and Crime Plan",
// "1.0    Welcome" (the first of a section's paragraph numbers). Not "1.1 …", and not a time range
// ("2 – 4pm").
const NUMBERED = /^\(?(\d{1,2})(?:\.0)?(?:[.)]\s*|\s+)(?![\d.])(?![-–—]\s*\d)(\S.*)$/u;

export const numberHeading: HeadingReader = {
  name: "number",
  example: "1. Agreement of minutes",
  read: (text) => {
    const m = text.match(NUMBERED);
    if (!m?.[1]) return null;
    const value = Number(m[1]);
    const title = cleanTitle(m[2] ?? "");
    return {
      heading:
        value && title && isTitle(title, "number")
          ? { number: String(value), value, title, style: "number" }
          : null,
    };
  },
};
