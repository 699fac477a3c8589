// A register exported from a committee system or a spreadsheet as comma-separated values:
// '"Octavia Brennan-Lyle","MOPAC (Chair)","Present"' (unseen-minutes-6/49). Each row is a table's row;
// read as cells, it is given to every later rule parted by tabs, as a table copied out of Word is.

// A quoted cell, a quote inside it written twice. A bare cell holds no quote or separator.
const QUOTED = /"((?:[^"]|"")*)"/y;

/**
 * The cells of a line that is wholly a row of comma- (or semicolon-) separated values whose first
 * cell is quoted, or null. A sentence that opens with a quotation ('"Clear, Hold, Build" was
 * discussed.') has words after its closing quote, not a separator, and is no row.
 */
export function csvCells(line: string): string[] | null {
  const text = line.trim();
  if (text.charCodeAt(0) !== 0x22) return null;
  const cells: string[] = [];
  let separator = "";
  let at = 0;
  for (;;) {
    let cell: string;
    if (text.charCodeAt(at) === 0x22) {
      QUOTED.lastIndex = at;
      const m = QUOTED.exec(text);
      if (!m) return null;
      cell = (m[1] ?? "").replaceAll('""', '"');
      at = QUOTED.lastIndex;
    } else {
      let end = at;
      while (end < text.length && text[end] !== separator && text[end] !== '"') end++;
      if (text[end] === '"') return null;
      cell = text.slice(at, end).trim();
      if (sentenceWords(cell)) return null;
      at = end;
    }
    cells.push(cell.trim());
    if (at >= text.length) break;
    // The first separator after a cell decides the row's; spaces may stand after it.
    const next = text[at];
    if (separator === "" && (next === "," || next === ";")) separator = next;
    if (next !== separator) return null;
    at++;
    while (text[at] === " ") at++;
  }
  return cells.length >= 2 && cells.every((c) => c !== "") ? cells : null;
}

// '"Clear, Hold, Build", the MPS's new approach to tackling serious violence, was presented by
// Commander Smith.': after a quoted name a sentence goes on between commas (review C12). A bare
// cell of a register is a word or a few (a status, a date, a body); one of more than six words, or
// ending as a sentence ends, is prose.
function sentenceWords(cell: string): boolean {
  return /[.!?]$/.test(cell) || cell.split(/\s+/).length > 6;
}
