/**
 * "Who's going to host the roundtable?", "who will lead the review", "who should sign off the
 * plan": the verb after "who" is what someone did or will do, and the minutes may tell it in other
 * words ("MOPAC's intention to set up a roundtable"). The verb, or null when the question is not
 * shaped so.
 */
const WHO_DOES =
  /^who(?:'s|s| is| are| was| were| will| would| shall| should| has| have| had| did| does| do)?(?: (?:going|meant|supposed|due|expected|asked|planning|able) to| to)? ([a-z]+)(?: up| on| off| out)? (?:the|a|an|this|that|these|those|our|their|its|any)\b/;

// Words that stand where the verb would and are not one: "who was at the meeting", "who is the
// chair" (read as "who" with no auxiliary, then "is").
const NOT_ACTIONS = new Set(
  "at in on from of for with about there the is are was were be been will would shall should can could may might has have had did does do".split(
    " ",
  ),
);

export function askedAction(text: string): string | null {
  const verb = WHO_DOES.exec(text)?.[1];
  return verb && !NOT_ACTIONS.has(verb) ? verb : null;
}
