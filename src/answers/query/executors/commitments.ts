import type { Commitment, Meeting } from "../../../corpus/model.js";
import { JUSTICE_ACRONYMS } from "../../../search/acronyms.js";
import type { AnswerSection } from "../../answer.js";
import type { MinutesDirectory } from "../../directory.js";
import {
  citeLine,
  firstSentence,
  formatDate,
  itemLabel,
  meetingLabel,
  meetingRef,
  monthName,
  plural,
} from "../../format.js";
import { blankAnswer } from "../../intent-answerer.js";
import { resultSections } from "../../intents/search.js";
import { itemOf } from "../../record-mentions.js";
import type { Executor } from "../executor.js";
import { closestRecords, recordScope, recordSubject } from "./record-scope.js";
import { unclearAnswer } from "./unclear.js";

// "What was promised for the next meeting", "what was carried over": only what had a due meeting.
const ASKS_DUE =
  /\b(?:for|at|to) the next meeting\b|\bcarried (?:over|forward)\b|\bdue\b|\bdid (?:it|they) come up\b/;

const wordsOf = (text: string) => text.toLowerCase().match(/[a-z&]+/g) ?? [];

// An acronym and its everyday name are one owner: "the Met" is the MPS.
function ownerForms(word: string): string[] {
  const forms = [word];
  for (const entry of JUSTICE_ACRONYMS)
    if ((entry.aliases ?? []).some((a) => a.toLowerCase() === word))
      forms.push(entry.acronym.toLowerCase());
  return forms;
}

/** The words naming who a commitment is owed by, among a question's subject words. */
function ownerWords(subject: readonly string[], owners: ReadonlySet<string>): string[] {
  return subject.filter((word) => ownerForms(word).some((form) => owners.has(form)));
}

function ownedBy(commitment: Commitment, owner: readonly string[]): boolean {
  if (owner.length === 0) return true;
  const words = new Set(wordsOf(commitment.owner ?? ""));
  return owner.every((word) => ownerForms(word).some((form) => words.has(form)));
}

function dueText(commitment: Commitment): string | null {
  const { due, dueBody } = commitment;
  if (!due) return null;
  if (due === "next meeting") return `due: the next ${dueBody ? `${dueBody} ` : ""}meeting`;
  const [year, month, day] = due.split("-").map(Number);
  return `due: ${day ? formatDate(due) : `${monthName(month ?? 0)} ${year}`}${dueBody ? ` (${dueBody})` : ""}`;
}

/**
 * A commitment and, where a later meeting took it up, that meeting's item: cited both sides.
 * `all` is every meeting, in date order.
 */
function commitmentSections(
  meeting: Meeting,
  commitment: Commitment,
  all: readonly Meeting[],
  directory: MinutesDirectory,
): AnswerSection[] {
  const item = itemOf(meeting, commitment.item, commitment.line);
  const details = [
    commitment.owner ? `owner: ${commitment.owner}` : null,
    dueText(commitment),
  ].filter((d): d is string => d !== null);
  const later = directory.followThrough(commitment, meeting);
  const bullets = [...details];
  if (!later && commitment.due)
    bullets.push(
      (all.at(-1)?.date ?? "") > meeting.date
        ? "No later meeting's agenda I hold took it up."
        : "No later meeting is in the minutes yet.",
    );
  const sections: AnswerSection[] = [
    {
      heading: `${meetingLabel(meeting)}${item ? `: ${itemLabel(item)}` : ""}`,
      text: commitment.text,
      bullets,
      citation: citeLine(meeting, commitment.line),
    },
  ];
  if (later) {
    const passage = later.item.passages.find((p) => p.line === later.line);
    sections.push({
      heading: `Taken up at ${meetingLabel(later.meeting)}: ${itemLabel(later.item)}`,
      text: passage ? firstSentence(passage.text, 300) : null,
      bullets: [],
      citation: citeLine(later.meeting, later.line),
    });
  }
  return sections;
}

/**
 * What was promised: commitments recorded at the meetings named, by an owner ("what is MOPAC
 * committed to?"), about a subject, or due at a later meeting ("what was promised for the next
 * meeting, and did it come up?"), each linked to the later meeting's item that took it up.
 */
export const commitmentsExecutor: Executor = (input) => {
  const { query, question, context } = input;
  const all = context.meetings as Meeting[];
  const words = recordSubject(query.topic);
  const owner = ownerWords(words, context.directory.ownerWords);
  const subject = words.filter((w) => !owner.includes(w));
  const asksDue = ASKS_DUE.test(question.text);
  const narrowed = words.length > 0 || asksDue;
  const scope = asksDue
    ? { kind: "meetings" as const, meetings: all, named: false }
    : recordScope(input, narrowed);
  const [resolution] = input.resolutions;
  if (scope.kind === "unclear" && resolution)
    return unclearAnswer(input, "actions", resolution, query.meetings[0]);
  const meetings = scope.kind === "meetings" ? scope.meetings : [];
  const isAbout = context.directory.recordsAbout(subject, meetings);
  const found = closestRecords(
    meetings.flatMap((meeting) =>
      meeting.commitments
        .filter((c) => ownedBy(c, owner) && isAbout(c) && (!asksDue || c.due !== null))
        .map((commitment) => ({ meeting, commitment, entry: commitment })),
    ),
    subject,
  );
  const by = owner.length > 0 ? ` by ${owner.join(" ").toUpperCase()}` : "";
  const about = subject.length > 0 ? ` about “${subject.join(" ")}”` : "";
  const [single] = meetings;
  const where =
    meetings.length === 1 && single
      ? ` at the ${single.body} meeting on ${formatDate(single.date)}`
      : " in the minutes";
  const answer = blankAnswer(
    "actions",
    question,
    `Commitments${by}${about}${asksDue ? " due at a later meeting" : ""}${where}`,
  );
  answer.query = query;
  answer.kind = "list";
  answer.meetings = [...new Set(found.map((f) => f.meeting.id))];
  if (meetings.length === 1 && single) answer.meeting = meetingRef(single);
  if (found.length > 0) {
    answer.summary = `${plural(found.length, "commitment")} recorded${by}${about}${where}.`;
    answer.sections = found.flatMap(({ meeting, commitment }) =>
      commitmentSections(meeting, commitment, all, context.directory),
    );
  } else if (subject.length > 0 || owner.length > 0) {
    const response = context.search.search(words.join(" "), { limit: 3 });
    answer.results = response.results;
    answer.sections = resultSections(response.results);
    answer.summary = `No commitment${by}${about} is recorded${where}.${response.results.length > 0 ? " What the minutes say:" : ""}`;
  } else {
    answer.summary = `No commitment is recorded${where}.`;
  }
  answer.followUps = ["what was decided at the latest meeting?", "actions from the latest meeting"];
  return answer;
};
