import type { Citation } from "../../answers/answer.js";
import { formatDate } from "../../answers/format.js";
import { escapeMrkdwn } from "./escape.js";

/** "LCRB · 12 April 2023 · 2 Casey Review · `002_0368bc6123038781.txt:42`" */
export function citationText(citation: Citation): string {
  const parts = [citation.body, formatDate(citation.date), citation.item].filter(
    (part): part is string => part !== null && part !== "",
  );
  return [...parts.map(escapeMrkdwn), `\`${escapeMrkdwn(citation.file)}:${citation.line}\``].join(
    " · ",
  );
}
