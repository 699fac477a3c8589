import { stringify } from "yaml";

/** What the front matter of an imported file records. */
export interface ImportRecord {
  /** The page the minutes are published on, when known. */
  source: string | null;
  /** The day of the import, YYYY-MM-DD. */
  imported: string;
  /** The file the minutes were imported from, without its folder. */
  from: string;
}

/** The corpus file: front matter (read by the parser as `source`; the rest for people), then the text. */
export function minutesFile(text: string, record: ImportRecord): string {
  const fields = {
    ...(record.source ? { source: record.source } : {}),
    imported: record.imported,
    from: record.from,
  };
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${text.trim()}\n`;
}
