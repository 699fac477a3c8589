import type { Citation } from "../answer.js";
import { formatDate } from "../format.js";

/** "LCRB, 12 April 2023, item 2 Casey Review": the human half of a citation. */
export function citationPlace(citation: Citation): string {
  const item = citation.item ? `, item ${citation.item}` : "";
  return `${citation.body}, ${formatDate(citation.date)}${item}`;
}

/** "002_0368bc6123038781.txt:42": the file half of a citation. */
export function citationSource(citation: Pick<Citation, "file" | "line">): string {
  return `${citation.file}:${citation.line}`;
}
