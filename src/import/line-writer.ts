/**
 * Collects the lines of an imported document. Lines of one group (a list, a table, a paragraph
 * broken by <br>) follow each other; groups are set apart by a blank line, as paragraphs are in the
 * minutes files clerks write.
 */
export class LineWriter {
  readonly #lines: { text: string; group: number }[] = [];
  #buffer = "";
  #groups = 0;
  #paragraph: number | null = null;

  /** Text that runs on within the current line. */
  inline(text: string): void {
    this.#buffer += text;
  }

  /** Ends the current line; the next stays in the same paragraph. */
  breakLine(): void {
    const text = collapse(this.#buffer);
    this.#buffer = "";
    if (!text) return;
    this.#paragraph ??= this.newGroup();
    this.#lines.push({ text, group: this.#paragraph });
  }

  /** Ends the current paragraph. */
  endBlock(): void {
    this.breakLine();
    this.#paragraph = null;
  }

  /** A group for lines that belong together. */
  newGroup(): number {
    this.#groups += 1;
    return this.#groups;
  }

  /** A whole line, in the given group. */
  line(text: string, group: number): void {
    const line = collapse(text);
    if (line) this.#lines.push({ text: line, group });
  }

  toString(): string {
    this.endBlock();
    return this.#lines
      .map((l, i) => (i > 0 && this.#lines[i - 1]?.group !== l.group ? `\n${l.text}` : l.text))
      .join("\n");
  }
}

// Runs of spaces become one (tabs between table cells stay), and no line starts or ends with space.
function collapse(text: string): string {
  return text
    .replace(/[^\S\t]+/g, " ")
    .replace(/ ?\t ?/g, "\t")
    .trim();
}
