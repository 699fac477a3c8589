import type { TextLine } from "./lines.js";

// A pandoc plain-text export draws its tables as grids (unseen-minutes-8/64):
//
//     +------------------------+------------------------------+---------------+
//     | Name                   | Organisation and role        | Attendance    |
//     +========================+==============================+===============+
//     | Marguerite             | Deputy Mayor for Policing    | Present       |
//     | Oyelowo-Strand         | and Crime (Chair)            |               |
//     +------------------------+------------------------------+---------------+
//
// A row runs over as many lines as its longest cell needs, each cell wrapped inside its column:
// read line by line, "Marguerite" is one person and "Oyelowo-Strand" another. Every later rule
// reads a table as rows of cells, so each row is put together here, before any rule reads a
// line: its cells' pieces joined column by column, as a markdown row ("| Marguerite
// Oyelowo-Strand | Deputy Mayor for Policing and Crime (Chair) | Present |") on the row's first
// line, the rules and the row's other lines blank, so every line keeps its number.

// "+----+----+", "+====+====+", "+:---+---:+": a rule of the grid, a "+" where each column starts.
const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/;

/** Puts the rows of the grid tables in `lines` together, in place. */
export function joinGridTables(lines: TextLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const rule = lines[i] as TextLine;
    if (rule.raw.charCodeAt(rule.raw.search(/\S/)) !== 0x2b || !GRID_RULE.test(rule.raw)) continue;
    const edges = columnEdges(rule.raw);
    let top = i;
    // Row after row: lines opening and closing with "|" under a rule, up to the next rule.
    for (;;) {
      let end = top + 1;
      while (end < lines.length && isGridRow((lines[end] as TextLine).raw)) end++;
      const next = lines[end];
      if (end === top + 1 || !next || !GRID_RULE.test(next.raw)) break;
      joinRow(lines, top + 1, end, edges);
      blank(lines, top);
      top = end;
    }
    if (top > i) blank(lines, top);
    i = top;
  }
}

function isGridRow(raw: string): boolean {
  const text = raw.trim();
  return (
    text.length > 1 && text.charCodeAt(0) === 0x7c && text.charCodeAt(text.length - 1) === 0x7c
  );
}

// Where each "+" of a rule stands: the columns lie between them.
function columnEdges(raw: string): number[] {
  const edges: number[] = [];
  for (let at = raw.indexOf("+"); at >= 0; at = raw.indexOf("+", at + 1)) edges.push(at);
  return edges;
}

// The row on lines `from` to `to` (not included), its cells' pieces joined column by column.
function joinRow(lines: TextLine[], from: number, to: number, edges: readonly number[]): void {
  const cells: string[] = [];
  for (let c = 0; c + 1 < edges.length; c++) {
    const pieces: string[] = [];
    for (let at = from; at < to; at++) {
      const piece = (lines[at] as TextLine).raw
        .slice((edges[c] as number) + 1, edges[c + 1])
        .trim();
      if (piece) pieces.push(piece);
    }
    cells.push(pieces.join(" "));
  }
  const raw = `| ${cells.join(" | ")} |`;
  lines[from] = { ...(lines[from] as TextLine), raw, text: raw.replace(/\s+/g, " "), untidy: true };
  for (let at = from + 1; at < to; at++) blank(lines, at);
}

function blank(lines: TextLine[], at: number): void {
  lines[at] = { ...(lines[at] as TextLine), raw: "", text: "" };
}
