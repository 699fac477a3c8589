import type { Answer, Citation } from "./answer.js";
import { formatDate, itemLabel } from "./format.js";

/** Every citation an answer shows, sections first then search results, each once. */
export function answerCitations(answer: Answer): Citation[] {
  const all: Citation[] = [
    ...answer.sections.flatMap((section) => (section.citation ? [section.citation] : [])),
    ...answer.results.map((result) => ({
      body: result.body,
      date: result.date,
      item: itemLabel(result.item),
      file: result.source.file,
      line: result.source.line,
    })),
  ];
  const seen = new Set<string>();
  return all.filter((citation) => {
    const key = `${citation.file}:${citation.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "LCRB, 12 April 2023, item 2 Casey Review": the human half of a citation, as every face shows it. */
export function citationPlace(citation: Citation): string {
  const item = citation.item ? `, item ${citation.item}` : "";
  return `${citation.body}, ${formatDate(citation.date)}${item}`;
}

/** "002_0368bc6123038781.txt:42": the file half of a citation. */
export function citationSource(citation: Pick<Citation, "file" | "line">): string {
  return `${citation.file}:${citation.line}`;
}
