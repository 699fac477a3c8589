import type { Answer, Citation } from "./answer.js";
import { itemLabel } from "./format.js";

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
