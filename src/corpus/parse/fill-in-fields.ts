/**
 * A Word form's fill-in fields copied as text: "Date of meeting: ___15/07/2026___", "Minute taker:
 * ___Saskia Bramwell-Oduya (MOPAC)___", an empty row's "8.  ______________  ☐ Present"
 * (unseen-minutes-10/85). The underscores are the form's, marking where the writer's words go; they
 * are no part of those words. Each run of three or more on a line that holds anything else is made
 * as many spaces, so the fields keep their columns and the gaps between them; a rule drawn with
 * underscores alone is left as it is, for the furniture rules.
 */
export function withoutFillInRules(text: string): string {
  // Most files have none: one search turns them away.
  if (text.indexOf("___") < 0) return text;
  return text.replace(LINE_WITH_RUN, (line) => {
    if (RULE_ALONE.test(line)) return line;
    const filled = line.replace(RUN, (run) => " ".repeat(run.length));
    // "No.: ____   Item: ____   Owner: ____": a row of the form left empty says nothing.
    return LABELS_ALONE.test(filled) ? "" : filled;
  });
}

const LINE_WITH_RUN = /^.*_{3}.*$/gm;
const RUN = /_{3,}/g;
// A line of nothing but one rule of underscores, dashes or equals signs; an empty row of a form
// ("____   ____   ____") is several runs, its fields left blank.
const RULE_ALONE = /^\s*(?:_+|[=-]+)\s*$/;
// Nothing but the form's labels, each a word or a few and a colon.
const LABELS_ALONE = /^\s*(?:[\p{L}.()/ ]{1,24}:\s*)+$/u;
