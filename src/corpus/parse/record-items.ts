import type { ItemSection } from "./document.js";
import type { TextLine } from "./lines.js";

// A decisions and actions log with no narrative (unseen-minutes-10/83) names its items only in its
// records: a Decision table's item column, "D26/09    Item 2 – Serious violence fund 2026/27      The
// Group agreed …", its title wrapped in the column onto the next row's line ("          programmes
// …"), or a bracket, "Agreed D27/01 (item 3 – Knife crime in schools): …". Each item so named that no
// heading opened is an item of the meeting, the record's line its text; the heading over the
// records ("DECISIONS"), read as an item with no number, was only the table's.

// "Item 2 – Serious violence fund 2026/27" as a cell of its own: the item word, its number, a dash.
const ITEM_CELL = /^(?:agenda\s+)?item\s+(\d{1,2})\s+[–—-]\s+(\S.*)$/i;
// "(item 3 – Knife crime in schools)", "(Item 2 - …)".
const ITEM_BRACKET = /\((?:agenda\s+)?item\s+(\d{1,2})\s+[–—-]\s+([^()]+)\)/gi;
// Cells of a row in columns: parted by a tab or two spaces or more.
const CELL = /[^\t ]+(?: [^\t ]+)*/g;

interface Named {
  number: string;
  title: string;
  line: TextLine;
}

/**
 * The items with those named only in a log's records added, in the order of their numbers, and the
 * unnumbered heading over those records left out. The items as given when no record names an item
 * no heading opened.
 */
export function withItemsNamedInRecords(
  lines: readonly TextLine[],
  items: ItemSection[],
): ItemSection[] {
  const opened = new Set(items.map((i) => i.number));
  const named = new Map<string, Named>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TextLine;
    if (l.furniture || !/item\s+\d/i.test(l.raw)) continue;
    for (const found of namedOn(l, lines[i + 1]))
      if (!opened.has(found.number) && !named.has(found.number)) named.set(found.number, found);
  }
  if (named.size === 0) return items;
  const recordLines = new Set([...named.values()].map((n) => n.line.line));
  const kept = items.filter(
    (item) => item.number !== null || !item.lines.some((l) => recordLines.has(l.line)),
  );
  const added: ItemSection[] = [...named.values()].map((n) => ({
    number: n.number,
    title: n.title,
    line: n.line.line,
    lines: [n.line],
  }));
  return [...kept, ...added].sort((a, b) => order(a) - order(b));
}

function order(item: ItemSection): number {
  return item.number === null ? Number.MAX_SAFE_INTEGER : Number.parseInt(item.number, 10);
}

function namedOn(l: TextLine, next: TextLine | undefined): Named[] {
  const found: Named[] = [];
  for (const m of l.raw.matchAll(ITEM_BRACKET))
    if (m[1] && m[2]) found.push({ number: m[1], title: m[2].trim(), line: l });
  // A cell of a row in columns: more than one cell, the item's not the first.
  const cells = [...l.raw.matchAll(CELL)];
  if (cells.length < 3) return found;
  for (let c = 1; c < cells.length; c++) {
    const cell = cells[c] as RegExpMatchArray;
    const m = ITEM_CELL.exec(cell[0]);
    if (!m?.[1] || !m[2]) continue;
    found.push({ number: m[1], title: wrappedOn(m[2], cell.index ?? 0, next), line: l });
  }
  return found;
}

// "Item 3 – Domestic abuse perpetrator" | "          programmes      Croydon and …": the next line
// written under the cell, its columns before it blank, carries the title on.
function wrappedOn(title: string, column: number, next: TextLine | undefined): string {
  const raw = next?.raw ?? "";
  if (raw.length <= column || raw.slice(0, column).trim() !== "" || raw[column] === " ")
    return title;
  const rest = /^[^\t ]+(?: [^\t ]+)*/.exec(raw.slice(column))?.[0] ?? "";
  return rest ? `${title} ${rest}` : title;
}
