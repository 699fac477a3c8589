import { endsWithOneOf } from "./edge-characters.js";
import { cleanTitle, isTitle, type NumberedHeading } from "./titles.js";

/** "2.1  Police and Crime Plan: quarter 3 performance report": a title numbered within a section. */
export interface DecimalHeading {
  /** The section's number, the part before the point. */
  section: number;
  /** The heading as an item: its whole number ("2.1"), its place in the section for a value. */
  heading: NumberedHeading;
}

// "1.1  Welcome …", "2.3 Violence …": a section's number, a point, the title's number in it (from
// 1: "1.0" stands for the section itself, round 1's "1.0 Welcome"). Not a figure ("1.5 million").
const DECIMAL = /^(\d{1,2})\.([1-9]\d?)\.?\s+(?=\S)/;

/**
 * Reads a title numbered within a section ("1.1  Welcome and apologies for absence"), or null: a
 * numbered paragraph ("2.1 The Board agreed its terms of reference …") is no title. Whether the
 * line heads an item the walk decides from the document (document.ts `readNumbering`).
 */
export function readDecimalHeading(text: string): DecimalHeading | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const title = cleanTitle(text.slice(m[0].length));
  if (!title || endsWithOneOf(text, ".;,") || !isTitle(title, "number")) return null;
  return {
    section: Number(m[1]),
    heading: { number: `${m[1]}.${m[2]}`, value: Number(m[2]), title, style: "number" },
  };
}
