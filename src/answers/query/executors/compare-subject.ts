import type { Meeting } from "../../../corpus/model.js";
import { isProceduralItem } from "../../../corpus/procedural.js";
import { type AnswerSection, withDetail } from "../../answer.js";
import { citeLine, meetingLabel, plural } from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import type { Executor } from "../executor.js";
import { itemMentions, type Mention, spellSubject } from "../mentions.js";
import { sameWordsFor } from "../other-words.js";
import { bodiesNamed, bodiesSection, bodyKindAsked } from "./bodies-named.js";
import { comparedSides } from "./compared-sides.js";
import { sectionsOf } from "./passages.js";

// The passages shown for each side: from the items most about the subject.
const PASSAGES_PER_SIDE = 2;

/**
 * A side's passages on the subject, as sections: the first of each item in turn, then the next of
 * each, so two items show one each and one item shows two ("Partnership work on adult
 * disproportionality … four working groups" after "there has been progress …"). Items of
 * procedure ("Welcome, Minutes and Actions": "actions on disproportionality … were covered")
 * come after those of substance.
 */
function sideSections(mentions: readonly Mention[], subject: readonly string[]): AnswerSection[] {
  const ordered = [
    ...mentions.filter((m) => !isProceduralItem(m.item.title)),
    ...mentions.filter((m) => isProceduralItem(m.item.title)),
  ];
  const sections: AnswerSection[] = [];
  const deepest = Math.max(1, ...ordered.map((m) => m.passages.length));
  for (let at = 0; at < deepest && sections.length < PASSAGES_PER_SIDE; at++)
    for (const mention of ordered) {
      if (sections.length >= PASSAGES_PER_SIDE) break;
      const passage = mention.passages[at];
      if (at > 0 && !passage) continue;
      const shown = passage ? { ...mention, passages: [passage] } : mention;
      for (const section of sectionsOf(shown, false, subject))
        sections.push(at > 0 ? { ...section, heading: null } : section);
    }
  return sections;
}

/**
 * Whether a mention's item or passages write the kind in lower case ("four working groups", "a
 * scrutiny panel"): not "the board"/"the group", the minutes' own body.
 */
function speaksOfKind(mention: Mention, spoken: string): boolean {
  const word = new RegExp(
    `\\b(?:(?!(?:the|this|that|our|its)\\b)[a-z][\\w-]*\\s+${spoken}s?|${spoken}s)\\b`,
  );
  return [mention.item.title, ...mention.passages.map((p) => p.text)].some((text) =>
    word.test(text),
  );
}

/**
 * A subject at two meetings side by side ("PCP: Feb 2021 vs April 2022", "compare what was said
 * about backlogs in June 2020 and April 2023"): what each side's minutes say of it, earlier side
 * first, each with its cited passage, and a side whose minutes do not mention it said to be so.
 */
export const compareSubjectExecutor: Executor = (input) => {
  const { query, question, context } = input;
  const sides = comparedSides(input, "meetings");
  if (!("earlier" in sides)) return sides;
  const subject = spellSubject(
    query.topic,
    context.meetings,
    context.search,
    context.directory.words,
  );
  const words = subject.join(" ");
  const both = [sides.earlier.meetings, sides.later.meetings];
  const label = (meetings: readonly Meeting[]) => meetings.map(meetingLabel).join(", ");
  const answer = blankAnswer(
    "meetings",
    question,
    `“${words}”: ${label(sides.earlier.meetings)} and ${label(sides.later.meetings)}`,
  );
  answer.meetings = both.flat().map((m) => m.id);
  if (subject.length === 0) {
    answer.title = "Compare what subject?";
    answer.summary =
      "Name the subject and the two meetings, e.g. “fraud: April 2022 vs April 2023”.";
    return answer;
  }
  // "New boards mentioned: Feb 21 v Apr 23": the boards each side's minutes name.
  const kind = bodyKindAsked(query.topic);
  if (kind) {
    // A side whose minutes name no body of the kind may still speak of one in lower case ("a
    // disproportionality scrutiny panel has also been set up", "four working groups"): it is
    // shown by those passages, and "none named" is said only when the kind is not spoken of.
    const spoken = kind.toLowerCase();
    const sidesOf = both.map((meetings) => {
      const names = bodiesNamed(meetings, kind).map(({ name }) => name);
      const mentions =
        names.length > 0
          ? []
          : meetings
              .flatMap((m) => itemMentions(m, [spoken], context.directory.words))
              .filter((mention) => speaksOfKind(mention, spoken));
      return { meetings, names, mentions };
    });
    answer.sections = sidesOf.flatMap(({ meetings, mentions }) =>
      mentions.length > 0
        ? sideSections(mentions, [spoken])
        : (bodiesSection(meetings, kind) ?? []),
    );
    answer.summary = sidesOf
      .map(({ meetings, names, mentions }) => {
        const said =
          names.length > 0
            ? names.join(", ")
            : mentions.length > 0
              ? `none named; ${plural(mentions.length, "item")} speak${mentions.length === 1 ? "s" : ""} of ${spoken}s`
              : "none named";
        return `${label(meetings)}: ${said}.`;
      })
      .join(" ");
    answer.title = `${kind}s named: ${label(sides.earlier.meetings)} and ${label(sides.later.meetings)}`;
    return withDetail(answer, { kind: "list" });
  }
  // "covid: the DMG v the April 2022 board": a side whose minutes write it otherwise ("following
  // the pandemic") is shown in its own word, and the answer says which.
  const written = new Map<number, string>();
  const found = both.map((meetings, side) => {
    const asAsked = meetings.flatMap((m) => itemMentions(m, subject, context.directory.words));
    if (asAsked.length > 0) return asAsked;
    for (const other of sameWordsFor(subject)) {
      const mentions = meetings.flatMap((m) => itemMentions(m, [other], context.directory.words));
      const [first] = mentions;
      if (!first) continue;
      const text = [first.item.title, ...first.passages.map((p) => p.text)].join(" ");
      const word = new RegExp(`\\b${other}[\\w-]*`, "i").exec(text)?.[0];
      if (word) written.set(side, word.toLowerCase());
      return mentions;
    }
    return [];
  });
  const [before = [], after = []] = found;
  const sections: AnswerSection[] = both.flatMap((meetings, side) => {
    const mentions = found[side] ?? [];
    if (mentions.length > 0) return sideSections(mentions, subject);
    const first = meetings[0];
    return first
      ? [
          {
            heading: label(meetings),
            text: `No agenda item mentions “${words}”.`,
            bullets: [],
            citation: citeLine(first, first.items[0]?.line ?? 1, false),
          },
        ]
      : [];
  });
  answer.sections = sections;
  const [earlier, later] = [label(sides.earlier.meetings), label(sides.later.meetings)];
  const otherwise = [...written].map(
    ([side, word]) => ` The minutes of ${side === 0 ? earlier : later} write “${word}”.`,
  );
  answer.summary =
    before.length > 0 && after.length > 0
      ? `Discussed at both: ${plural(before.length, "item")} at ${earlier}, ${plural(after.length, "item")} at ${later}.`
      : before.length > 0 || after.length > 0
        ? `Discussed at ${before.length > 0 ? earlier : later} only; the minutes of ${before.length > 0 ? later : earlier} do not mention “${words}”.`
        : `Neither meeting's minutes mention “${words}”.`;
  answer.summary += otherwise.join("");
  answer.followUps = [`timeline of ${words}`, `which meetings discussed ${words}?`];
  return withDetail(answer, { kind: "list" });
};
