import { sentencesOf } from "../corpus/record/sentences.js";
import { stemWord } from "../search/stem.js";
import { isStopWord } from "../search/stopwords.js";
import { normaliseWord } from "../search/tokenize.js";

/**
 * "What's the Safer Streets Board actually for?", "who sits on the CPS's scrutiny panel?": a
 * question asking what a body or scheme is for, or who is on it. The minutes often only mention
 * such a thing ("membership of the proposed Efficiency Board and the Safer Streets Board was
 * raised and noted"); a passage that names it is then no answer, and the answer must say the
 * minutes do not give what was asked rather than show the mention as if it were one.
 */
export interface DescriptionAsked {
  kind: "purpose" | "members";
  /** The thing asked about, as typed ("safer streets board"). */
  subject: string;
}

// What follows a possessive or a subject typed with an apostrophe ("the LCJB's role").
const POSSESSIVE = /(?:'s|’s|s'|s’)$/;
// Tried in turn: "responsible for" before a bare "for".
const PURPOSE_ASKED = [
  // "What does the Strategic Coordination Group do?"
  /^what (?:does|do|did|will|would) (?:the |a |an )?(.+?) (?:actually |really )?do$/,
  // "What is the Transition Board responsible for?", "… meant to do?"
  /^what(?:'s|’s|s| is| was| are| were) (?:the |a |an )?(.+?) (?:responsible for|in charge of|meant to do|supposed to do|meant to be doing|set up to do|tasked with)$/,
  // "What's the Transition Board (actually) for?"
  /^what(?:'s|’s|s| is| was| are| were) (?:the |a |an )?(.+?) (?:actually |really |even |meant |supposed |there )?for$/,
  // "What'll they be for?", "what will the hubs be used for?"
  /^what(?:'ll|’ll| will| would| is going to| are going to) (?:the |a |an )?(.+?) (?:actually |really )?be (?:used )?for$/,
  // "What's the role of the LCJB?"
  /^what(?:'s|’s|s| is| was| are| were) (?:the )?(?:role|purpose|remit|job|function|point|aim) of (?:the |a |an )?(.+)$/,
  // "What's the LCJB's role?"
  /^what(?:'s|’s|s| is| was| are| were) (?:the |a |an )?(.+?(?:'s|’s|s'|s’)) (?:role|purpose|remit|job|function|aim)$/,
  // "Why was the panel set up?"
  /^why (?:was|were|is|are|has|have) (?:the |a |an )?(.+?) (?:been )?(?:set up|created|established|formed|launched)$/,
];
const MEMBERS_ASKED = [
  // "Which organisations would sit on the London-wide CONTEST board?"
  /^(?:which|what) (?:organi[sz]ations|bodies|agencies|partners|people|members|groups) (?:would |will |do |does |did |are going to |are to )?(?:sit|be|serve|are|were) on (?:the |a |an )?(.+)$/,
  // "Who sits on the panel?", "who's going to be on the Efficiency Board?", "who is on it?"
  /^who(?:'s|’s|s| is| are| was| were)? (?:(?:going to|gonna|likely to|set to|meant to) )?(?:be |sit |sits |sitting |serve |serves |serving )?on (?:the |a |an )?(.+)$/,
  /^who (?:will|would|should|could|might) (?:be |sit |serve )on (?:the |a |an )?(.+)$/,
  // "Who are the members of the Disproportionality Board?"
  /^who(?:'s|’s|s| is| are| was| were| will be| would be) (?:the )?(?:members?|membership) of (?:the |a |an )?(.+)$/,
  // "Who makes up the panel?", "who is the panel made up of?"
  /^who (?:makes|made|will make) up (?:the |a |an )?(.+)$/,
  /^who(?:'s|’s|s| is| are| was| were) (?:the |a |an )?(.+?) made up of$/,
  // "What's the panel's membership?"
  /^what(?:'s|’s|s| is| was| are| were) (?:the |a |an )?(.+?(?:'s|’s|s'|s’)) (?:membership|members)$/,
];
// A body has members: what is asked to sit on must be one, not a subject ("who's on the rota").
const BODY =
  /\b(?:board|boards|group|groups|panel|panels|committee|committees|forum|forums|network|networks|partnership|partnerships|unit|units|team|teams|roundtable|roundtables|hub|hubs|body|bodies|commission|taskforce|task force|council|councils|service)$/;
// "What are the boroughs asking for?", "what is the board looking for?": a verb that takes "for"
// ends what looks like the subject, and the question asks what they want, not what a thing is for.
const VERB_FOR =
  /\s(?:asking|looking|calling|pushing|pressing|waiting|hoping|bidding|applying|arguing|lobbying|voting|going|aiming|planning|preparing|accounting|paying|searching|seeking)$/;
// Words that point back, not at a thing named: "what's it for?" leans on the conversation.
const POINTER = /^(?:it|that|this|they|them|those|these|he|she|one)$/;

/** The question as the patterns read it: lower case, no end punctuation nor opening "so". */
function plain(question: string): string {
  return question
    .toLowerCase()
    .replace(/[?!.]+\s*$/, "")
    .replace(/^(?:so|and|ok|okay|right),? /, "")
    .trim();
}

/**
 * "What'll they be for?", "what's it for?": the purpose of what the conversation was about,
 * pointed at, not named.
 */
export function purposeOfPointer(question: string): boolean {
  const text = plain(question);
  // "What did they do?" asks what was done, and "what will they do?" (after "what did the CPS
  // commit to?") what they are to do, not what a thing is for; "what'll they be for?" still is.
  if (/\bdid\b/.test(text) || /^what (?:will|would|'ll|’ll) \S+ do$/.test(text)) return false;
  return PURPOSE_ASKED.some((pattern) => POINTER.test(pattern.exec(text)?.[1]?.trim() ?? ""));
}

/** What a question asks of a thing (its purpose or its members), or null when it asks neither. */
export function descriptionAsked(question: string): DescriptionAsked | null {
  const text = plain(question);
  const subjectOf = (patterns: readonly RegExp[]) => {
    for (const pattern of patterns) {
      const subject = pattern.exec(text)?.[1]?.replace(POSSESSIVE, "").trim();
      if (subject && !POINTER.test(subject) && !subject.includes(",") && !VERB_FOR.test(subject))
        return subject;
    }
    return null;
  };
  const purpose = subjectOf(PURPOSE_ASKED);
  if (purpose) return { kind: "purpose", subject: purpose };
  const members = subjectOf(MEMBERS_ASKED);
  if (members && BODY.test(members)) return { kind: "members", subject: members };
  return null;
}

/** The content words of a subject, as stems ("london-wide contest board": london, wide, …). */
function subjectStems(subject: string): string[] {
  return (subject.match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((word) => normaliseWord(word))
    .filter((word) => !isStopWord(word))
    .map((word) => stemWord(word));
}

// After the thing's name, words that say what it is or does: "Prevent is a tactical board", "The
// Social Recovery Working Group was to monitor …", "the roundtable which was viewed as …", "a
// panel has been set up to …", "the VRU brought about a preventative public health approach",
// a title's "The Action Plan – transparency, accountability and trust in policing". A meeting's
// own verbs after it ("was raised and noted", "was discussed") say only that it came up.
// A meeting's own verbs: said of a thing, they say only that it came up ("The Safer Streets
// Board noted the report", "… was raised and noted").
const MEETING_VERBS =
  "raised|noted|discussed|mentioned|considered|agreed|approved|welcomed|covered|updated|given|received|presented|highlighted|acknowledged|referred|touched|talked|reported|thanked|notes|discusses|considers|agrees|approves|welcomes|receives|the subject";
const DESCRIBES_AFTER = new RegExp(
  String.raw`^\W*(?:\([^)]*\)\s*)?(?:,?\s*(?:which|that|who)\s+)?(?:[-–—]\s+\w|(?:in|at|through) which\b|where\b|(?:(?!(?:${MEETING_VERBS})\b)[a-z]+(?:ed|es)|brought|led|made|took|gave|set)\s+(?:about\s+|up\s+|out\s+)?(?:the|a|an|to|on|in|for|with|its|their|this|that|all|new|more)\b|(?:is|was|are|were|would|will|has|have|had|can|could|should)\s+(?:also\s+|now\s+|currently\s+|still\s+)?(?:be\s+|been\s+)?(?!(?:${MEETING_VERBS})\b)\w|to\s+\w|aims?\b|covers?\b|monitors?\b|provides?\b|oversees?\b|leads?\b|supports?\b|brings?\b|works?\b)`,
  "i",
);
// Words anywhere in a sentence about the thing that say what it is for.
const PURPOSE_WORDS =
  /\b(?:purpose|role|remit|aims? (?:to|of)|designed to|set up to|in order to|so as to|responsible for|tasked with|with the aim)\b/i;
// A sentence after one ending on the thing, carrying on about it: "… the London-wide CONTEST
// Board. This would be separate to the LCRB …".
const CARRIES_ON =
  /^(?:this|it|they|these|its|their)\s+(?:would|will|is|was|are|were|aims?|covers?|has|have)\b/i;
// Who is on it: "would include attendees from the police, NOMS, Health and the Home Office",
// "co-chaired by the DMPC and the chair of London Councils". "Membership of the proposed
// Efficiency Board … was raised" names none.
export const MEMBERS_NAMED =
  /\b(?:includ(?:e|es|ed|ing)|attendees|members (?:are|were|include|included|from|will be)|membership (?:is|was|includes|included|comprises|will be)|made up of|compris(?:e|es|ed|ing)|(?:co-)?chaired by|representatives? (?:of|from)|sits? on|sat on)\b\W+(?:[\w'’-]+\W+){0,4}?(?:[A-Z]|police|health|partners|councils|boroughs|probation)/;

/**
 * Whether a passage says what was asked of the thing: a sentence naming it (every content word)
 * that describes it (or is carried on by the next sentence), or names its members. Null: the
 * passage does not name the thing at all.
 */
export function describes(asked: DescriptionAsked, passage: string): boolean | null {
  const wanted = subjectStems(asked.subject);
  if (wanted.length === 0) return null;
  const sentences = sentencesOf(passage);
  let named = false;
  for (const [i, sentence] of sentences.entries()) {
    const words = [...sentence.matchAll(/[\p{L}\p{N}]+/gu)];
    const stems = words.map((m) => stemWord(normaliseWord(m[0])));
    if (!wanted.every((stem) => stems.includes(stem))) continue;
    named = true;
    const next = sentences[i + 1] ?? "";
    if (asked.kind === "members") {
      if (MEMBERS_NAMED.test(sentence) || (CARRIES_ON.test(next) && MEMBERS_NAMED.test(next)))
        return true;
      continue;
    }
    if (PURPOSE_WORDS.test(sentence)) return true;
    // The words after the thing's name, from the last of its words written there.
    const last = wanted.at(-1);
    for (const [at, match] of words.entries()) {
      if (stems[at] !== last) continue;
      const after = sentence.slice((match.index ?? 0) + match[0].length);
      if (DESCRIBES_AFTER.test(after)) return true;
      if (/^\W*$/.test(after) && CARRIES_ON.test(next)) return true;
    }
  }
  return named ? false : null;
}

/** The thing's name as the minutes write it ("Safer Streets Board"), else as typed. */
function writtenName(subject: string, passages: readonly string[]): string {
  const words = subject.match(/[\p{L}\p{N}]+/gu) ?? [];
  const pattern = new RegExp(`\\b${words.join("\\W+")}\\b`, "iu");
  for (const passage of passages) {
    const found = pattern.exec(passage)?.[0];
    if (found) return found;
  }
  return subject;
}

/**
 * The sentence saying the minutes do not give what was asked of the thing, when the passages
 * that name it (the shown ones, else `more`, the thing's own passages) only mention it; null
 * when one of them says it, or none names it (the search's own note says what it lacks).
 */
export function untoldDescription(
  asked: DescriptionAsked,
  passages: readonly string[],
  more: () => readonly string[],
): string | null {
  const said = (texts: readonly string[]) => texts.map((text) => describes(asked, text));
  let read = passages;
  let found = said(read);
  if (found.every((d) => d === null)) {
    read = more();
    found = said(read);
  }
  if (found.every((d) => d === null) || found.includes(true)) return null;
  const name = `the ${writtenName(asked.subject, read)}`;
  return asked.kind === "purpose"
    ? `The minutes do not say what ${name} is for: they mention it, but no passage says what it does. The closest passages are below.`
    : `The minutes do not say who sits on ${name}: they mention it, but name none of its members. The closest passages are below.`;
}
