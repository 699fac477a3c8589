import { NUMBER_WORDS } from "../lexicon.js";
import type { HeadingReader } from "./heading-readers.js";
import { cleanTitle, isTitle } from "./titles.js";

// "2. Item 3 - Disproportionality" (corpus/002): the item's own number is the one after "Item".
const NUMBERED_ITEM_WORD =
  /^\d{1,2}[.)]?\s+(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,2}[a-z]?)\b\s*[:.\-–—)]?\s*(.*)$/iu;
// "Agenda Item 1: Welcome", "Item 2 - Casey Review", "ITEM 1. Welcome", "ITEM 5 Any other business",
// and the number written as a word: "Agenda item three: Neighbourhood policing"; "Agenda point 1 —
// Introductions" is the same numbering in other words. "Agenda item 1 (Paper LCRB 24-15): Minutes
// …", "Agenda item 3 (Oral update): …": a bracket between the number and its separator says what
// the Board had before it, not what the item is called. "Item 3 of 5: …" (a committee system's
// export) counts the items too: the count is no part of the title. "Section 2: …" and "Topic 1: …"
// name items by other words; "Section 2.1" is a paragraph's number, not an item's. A form's fields,
// "Item no.: 1   Title: Welcome, …", "Item: 2   Subject: …" (unseen-minutes-10/85): the number after
// the label's colon, the title after its own label.
const ITEM_WORD = new RegExp(
  `^(?:agenda\\s+(?:item|point)|item|minute|section|topic)(?:\\s+(?:no\\.?|number)\\s*:?\\s*|\\s*:\\s*|\\s+)(\\d{1,2}[a-z]?|${[...NUMBER_WORDS.keys()].join("|")})\\b(?!\\.\\d)(?:\\s+of\\s+(?:\\d{1,2}|${[...NUMBER_WORDS.keys()].join("|")})\\b)?(?:\\s*\\([^()]{1,40}\\)(?=\\s*[:.\\-–—]))?\\s*[:.\\-–—)]?\\s*(.*)$`,
  "iu",
);

// "Item 2 | 14:40 | Knife crime over the summer | Lead: MPS" (unseen-minutes-9/74): the numbering
// and the item's fields parted by bars, its time ("14:40", "10:10-10:50") and who leads it ("Lead:
// MPS", a labelled field) beside its title. The title is the one cell that is neither.
const TIME_CELL =
  /^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?(?:\s*[-–—]\s*\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?)?$/i;
const FIELD_CELL = /^[\p{L} ]{2,20}:\s*\S/u;

function titleAmongCells(rest: string): string | null {
  const cells = rest
    .split("|")
    .map((c) => c.trim())
    .filter((c) => c !== "" && !TIME_CELL.test(c) && !FIELD_CELL.test(c));
  return cells.length === 1 ? (cells[0] as string) : null;
}

const TITLE_FIELD = /^(?:title|subject|topic)\s*:\s*/i;

export const itemWordHeading: HeadingReader = {
  name: "item word",
  example: "Agenda Item 1: Welcome, Minutes and Actions",
  read: (text) => {
    const m = text.match(NUMBERED_ITEM_WORD) ?? text.match(ITEM_WORD);
    if (!m?.[1]) return null;
    const rest = (m[2] ?? "").replace(TITLE_FIELD, "");
    const title = cleanTitle(rest.startsWith("|") ? (titleAmongCells(rest) ?? rest) : rest);
    const word = NUMBER_WORDS.get(m[1].toLowerCase());
    const number = word === undefined ? m[1].toLowerCase() : String(word);
    return {
      heading:
        title && isTitle(title, "item-word")
          ? { number, value: Number.parseInt(number, 10), title, style: "item-word" }
          : null,
    };
  },
};
