import { ENGLISH_FIELD_LABELS, WELSH_FIELD_LABELS } from "../lexicon.js";

// Minutes kept in two languages on one template (unseen round 10 file 79, a joint session with the
// Welsh board): each label, title and value is written in both, parted by " / ", "Yn bresennol /
// Present:", "Eitem 2 / Item 2:  Pobl sy'n gadael carchar / People leaving prison …", "Heddlu De
// Cymru / South Wales Police". Every rule reads English, so each pair is read by its English half.
// Which half that is, the document's own labels say: in a pair before a colon, one half is a
// field label of English minutes ("Present", "Date", "Item 2", "Next meeting") and the other the
// same label in Welsh ("Yn bresennol", "Dyddiad", "Eitem 2", "Cyfarfod nesaf"); the side most such
// labels take is the English side of every pair. A half that is only "not an English label" is no
// evidence: English templates offer two English words ("Present / Members:", "Venue / Dial-in:"),
// and read as two languages their every " / " was cut ("Action: MOPAC / MPS to circulate …" kept
// "MOPAC"). Read before the text is cut into lines (lines.ts `toTextLines`); a line keeps its place.

const SLASH = " / ";
// "Dyddiad / Date:", "Cam gweithredu / Action 2.1:", "Present / Yn bresennol:": a label pair.
const LABEL_PAIR = /^\s*([^:/\t]{2,40}?) \/ ([^:/\t]{2,40}?)\s*:/;
// A pair's halves lie between these: a line's cells part at tabs, wide gaps and a label's colon.
const CELL_BREAK = /(\t+| {2,}|:(?:\s+|$))/;
// Inside a cell, a half runs back to an opening bracket, a comma, a semicolon or a spaced dash.
const HALF_STARTS = ["(", ",", ";", " – ", " - ", " — "];
// … and on to a closing bracket, a comma, a semicolon, a spaced dash or a bracket opened after it.
const HALF_ENDS = [")", ",", ";", " – ", " - ", " — ", " ("];

/** A half of a label pair as the label lists hold it: "Item 2" "item", "Aelodau’n" "aelodau'n". */
function labelKey(half: string): string {
  return half
    .trim()
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, " ")
    .replace(/\s+\d+(?:\.\d+)*$/, "");
}

/**
 * Which half of a pair is English in this text: "first" or "second", by the most label pairs
 * (two at least) with an English label on that side and a Welsh one on the other; null for a text
 * not so written.
 */
export function englishHalf(lines: readonly string[]): "first" | "second" | null {
  let first = 0;
  let second = 0;
  for (const line of lines) {
    if (!line.includes(SLASH)) continue;
    const pair = LABEL_PAIR.exec(line);
    if (!pair) continue;
    const left = labelKey(pair[1] as string);
    const right = labelKey(pair[2] as string);
    if (ENGLISH_FIELD_LABELS.has(left) && WELSH_FIELD_LABELS.has(right)) first++;
    else if (WELSH_FIELD_LABELS.has(left) && ENGLISH_FIELD_LABELS.has(right)) second++;
  }
  if (Math.max(first, second) < 2 || first === second) return null;
  return first > second ? "first" : "second";
}

/** The text with each pair " / " read by its English half, where the labels show which it is. */
export function englishOfBilingual(text: string): string {
  if (!text.includes(SLASH)) return text;
  const lines = text.split("\n");
  const side = englishHalf(lines);
  if (side === null) return text;
  return lines.map((line) => (line.includes(SLASH) ? englishLine(line, side) : line)).join("\n");
}

/** One line read by its English halves. */
export function englishLine(line: string, side: "first" | "second"): string {
  return line
    .split(CELL_BREAK)
    .map((cell, i) => (i % 2 === 1 ? cell : englishCell(cell, side)))
    .join("");
}

function englishCell(cell: string, side: "first" | "second"): string {
  const at = cell.indexOf(SLASH);
  if (at < 0) return cell;
  // "Committee Room 1, Tŷ Hywel, Cardiff Bay / Ystafell Bwyllgora 1, Tŷ Hywel, Bae Caerdydd": one
  // pair whose halves are written alike, comma for comma, is the whole value said twice.
  if (cell.indexOf(SLASH, at + SLASH.length) < 0) {
    const before = commas(cell.slice(0, at));
    if (before > 0 && before === commas(cell.slice(at + SLASH.length)))
      return side === "first" ? cell.slice(0, at) : cell.slice(at + SLASH.length);
  }
  let out = cell;
  for (let i = out.indexOf(SLASH); i >= 0; i = out.indexOf(SLASH)) {
    if (side === "first") out = out.slice(0, i) + out.slice(halfEnd(out, i + SLASH.length));
    else out = out.slice(0, halfStart(out, i)) + out.slice(i + SLASH.length);
  }
  return out;
}

function commas(text: string): number {
  let count = 0;
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) count++;
  return count;
}

// "1. Camau gweithredu / Actions log": the item's number is no part of either half.
const NUMBERING = /^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\(\d{1,3}\))\s+/;

/** Where the half before the slash at `slash` starts: after the last mark that parts halves. */
function halfStart(cell: string, slash: number): number {
  let start = NUMBERING.exec(cell)?.[0].length ?? 0;
  const before = cell.slice(0, slash);
  for (const mark of HALF_STARTS) {
    const at = before.lastIndexOf(mark);
    if (at >= 0) start = Math.max(start, at + mark.length);
  }
  while (cell.charCodeAt(start) === 0x20) start++;
  return start;
}

/** Where the half after a slash, starting at `from`, ends: at the first mark that parts halves. */
function halfEnd(cell: string, from: number): number {
  let end = cell.length;
  for (const mark of HALF_ENDS) {
    const at = cell.indexOf(mark, from);
    if (at >= 0) end = Math.min(end, at);
  }
  return end;
}
