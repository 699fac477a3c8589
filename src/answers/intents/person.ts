import type { AttendanceStatus, Attendee, Meeting } from "../../corpus/model.js";
import { withDetail } from "../answer.js";
import { bodyChoice } from "../body-choice.js";
import { whoChaired } from "../chair-role.js";
import { dateMatches } from "../dates.js";
import { labelledBullets } from "../emphasis.js";
import { citeLine, meetingLabel, meetingRef, plural } from "../format.js";
import { blankAnswer, type IntentAnswerer } from "../intent-answerer.js";
import { describeReference, EVERY_MEETING, resolveMeeting } from "../meeting-ref.js";
import { asWritten, attendeesOf, postNames, postWords } from "../organisations.js";
import { type Person, similarNames } from "../people.js";
import { holdsPostAsked } from "../posts.js";
import { ORGANISATION_ASKED, OTHER_MEETINGS, postAsked, presenceAsked } from "../presence-asked.js";
import { YES_NO_QUESTION } from "../question.js";
import { bodyOfMeetingWord, timesCameAsked } from "../times-came-asked.js";
import { untoldListing } from "../untold-listing.js";
import { meetingPhrase } from "../which-meeting.js";

// "When did X first attend", "when did she last come": a position of the person's own meetings
// (a position word before "meeting" names a meeting of the minutes instead: "the last meeting").
const OWN_POSITION =
  /\b(first|last|most recently)\b(?! (?:lcrb |dmg |board )?(?:meeting|one)s?\b)(?=.*\b(?:at+e?n+d\w*|came|come|went|go|turn\w*|show\w*)\b)/;

// The meeting word after the coming, which names the body of their own first or last meeting:
// "first attend the board" (LCRB), "last come to a dmg".
const OWN_BODY =
  /\b(?:at+e?n+d\w*|came|come|went|go) (?:to |at )?(?:an? |the |any )?(lcrb|board|dmg|group)s?\b/;

// "Was 2023 X's first board?", "was this X's last dmg?": their own first or last meeting of a body.
const OWN_MEETING_ASKED =
  /(?:'s|s') (first|last|latest) (?:ever )?(lcrb|dmg|board|group|meeting|one)\b/;

// Away from a meeting, asked over every one: "has she ever been absent?", "ever missed one?",
// "ever sent apols?".
const EVER_AWAY =
  /\bever\b.*\b(?:absent|away|miss(?:ed|es|ing)?|no[- ]show|apologi[sz]ed|(?:sen[dt]|giv(?:e|en)|gave|offered) (?:(?:any|their|his|her) )?(?:apologies|apols))\b/;

// Asked about apologies themselves, which the minutes do record, rather than about being away.
const ASKS_APOLOGIES = /\b(?:apologi[sz]ed|apologies|apols)\b/;

// The question asks whether they chaired, not whether they came.
const ASKS_CHAIR = /\b(?:co-?)?(?:chair(?:ed|s)?|presided?|presides)\b/;

// The chair of the meeting itself, not a post that chairs something else ("the YJB chair").
const MEETING_CHAIR = /^(?:co-?|joint )?chair(?:man|woman|person)?$/;

const ARTICLES = new Set(["the", "a", "an", "of"]);

// "Victims Commissioner, Chair Victim & Hate Crime Boards", "CEO Waltham Forest, Chair Prevent":
// a body named after "Chair" in a role line (not "Mayor of London, Chair", "DMPC (Co-chair)").
const CHAIR_OF = /\bChair(?:man|woman|person)?\s+(?:of\s+(?:the\s+)?)?([A-Z][^,;()]*[^\s,;()])/;

/** The bodies a person's role lines say they chair, each with the first meeting that says so. */
function chairedElsewhere(person: Person): { body: string; meeting: Meeting }[] {
  const found = new Map<string, Meeting>();
  for (const { attendee, meeting } of person.appearances) {
    // The parser may read "Chair …" after a comma as the organisation: both are read.
    const body = CHAIR_OF.exec(`${attendee.role ?? ""}, ${attendee.organisation ?? ""}`)?.[1];
    if (body && !found.has(body)) found.set(body, meeting);
  }
  return [...found].map(([body, meeting]) => ({ body, meeting }));
}

const STATUS_WORDS: Record<AttendanceStatus, string> = {
  present: "Present",
  in_attendance: "In attendance",
  apologies: "Sent apologies",
};

/** Which meetings a person attended or sent apologies to, and in what role. */
export const answerPerson: IntentAnswerer = (input) => {
  const { question, classification, context } = input;
  const typed = classification.name ?? question.asked;
  const [person, ...others] = classification.people;
  if (!person) {
    const answer = blankAnswer("person", question, `No one called “${typed}” in the minutes`);
    const close = similarNames(typed, context.directory.people);
    answer.summary = `“${typed}” is not in any attendance list I hold.${close.length > 0 ? ` Did you mean ${close.join(" or ")}?` : ""}`;
    answer.followUps = close.map((name) => `who is ${name}?`);
    return answer;
  }
  if (others.length > 0)
    return severalPeople(typed, classification.people, question, context.meetings.length);
  const answer = blankAnswer("person", question, person.name);
  const attended = person.appearances.filter((a) => a.attendee.status !== "apologies").length;
  const apologies = person.appearances.length - attended;
  const lines = [
    `Named in ${plural(person.appearances.length, "meeting")} of the ${context.meetings.length} in the minutes: attended ${attended}${apologies > 0 ? `, sent apologies to ${apologies}` : ", no apologies recorded"}.`,
  ];
  // "Was Claire Waxman at the April 2023 meeting?" is about that meeting: it leads the answer.
  // "When did she first attend?" is about her own first meeting, not the first in the minutes.
  const date = question.reference.date;
  const own = OWN_POSITION.exec(question.text)?.[1];
  // "When did she first attend the board?": her first of the body the words name.
  const ownBody = own ? bodyOfMeetingWord(OWN_BODY.exec(question.text)?.[1] ?? "") : null;
  const attendedAt = person.appearances.filter(
    (a) => a.attendee.status !== "apologies" && (!ownBody || a.meeting.body === ownBody),
  );
  const ownMeeting = own ? (own === "first" ? attendedAt[0] : attendedAt.at(-1))?.meeting : null;
  // "Did she come to more than one dmg?" counts the DMG's meetings: it names none of them.
  const wanted = timesCameAsked(question.text);
  const named =
    own || wanted ? null : resolveMeeting(question.reference, context.meetings, context.today());
  const focus = input.meeting ?? ownMeeting ?? (named?.status === "found" ? named.meeting : null);
  if (own && !ownMeeting)
    lines.unshift(
      `Not named as attending any ${ownBody ? `${ownBody} ` : ""}meeting in the minutes.`,
    );
  if (focus) {
    answer.meeting = meetingRef(focus);
    const there = person.appearances.find((a) => a.meeting === focus);
    const lead =
      ownMeeting === focus ? (own === "first" ? "First attended " : "Last attended ") : "";
    lines.unshift(
      there
        ? `${lead}${meetingLabel(focus)}: ${STATUS_WORDS[there.attendee.status].toLowerCase()}${postOf(there.attendee) ? ` (${postOf(there.attendee)})` : ""}.`
        : `Not named in the attendance list of ${meetingPhrase(focus)}.`,
    );
  } else if (date) {
    const there = person.appearances.filter((a) => dateMatches(date.spec, a.meeting.date));
    lines.unshift(
      there.length > 0
        ? there
            .map(
              (a) =>
                `${meetingLabel(a.meeting)}: ${STATUS_WORDS[a.attendee.status].toLowerCase()}.`,
            )
            .join(" ")
        : `Not named in the attendance list of ${describeReference(question.reference)}.`,
    );
  }
  const posts = postsByYear(person);
  if (posts) lines.push(`Listed as ${posts}.`);
  if (person.spellings.length > 1)
    lines.push(`Also written: ${person.spellings.slice(1).join(", ")}.`);
  // "Which borough is Cllr Caliskan from?": her lines give London Councils only, which is no
  // borough; said first, so the organisation is not taken for the answer.
  const untold = untoldListing(
    question.text,
    person.name,
    person.appearances.map((a) => a.attendee),
  );
  if (untold) lines.unshift(untold);
  answer.summary = lines.join(" ");
  const appearances = [
    ...person.appearances.filter((a) => a.meeting === focus),
    ...person.appearances.filter((a) => a.meeting !== focus),
  ];
  answer.sections = appearances.map(({ meeting, attendee }) => {
    const post = postOf(attendee);
    return {
      heading: meetingLabel(meeting),
      text: `${STATUS_WORDS[attendee.status]}${post ? ` (${post})` : ""}${attendee.name !== person.name ? ` (written “${attendee.name}”)` : ""}.`,
      bullets: [],
      citation: citeLine(meeting, attendee.line),
    };
  });
  // The record is a list of meetings: each one its lines show, in the order shown, so "Lionel
  // Idan's org 2021 v 2023" is about both meetings, not only the one its first line leads with.
  answer.meetings = [...new Set(appearances.map(({ meeting }) => meeting.id))];
  const firstListed = focus?.attendees[0];
  if (focus && firstListed && !person.appearances.some((a) => a.meeting === focus)) {
    answer.sections.unshift({
      heading: meetingLabel(focus),
      text: "Not named in the attendance list.",
      bullets: [],
      citation: citeLine(focus, firstListed.line),
    });
  }
  let verdict: boolean | null = null;
  if (focus && (input.yesNo ?? false)) {
    // "Was X at …?" is answered yes or no before the evidence.
    const there = person.appearances.find((a) => a.meeting === focus)?.attendee;
    // "Did Cllr Athwal send apologies in spring 2023?" asks after the apologies, not attendance.
    const came = there !== undefined && there.status !== "apologies";
    const asks = input.presence ?? presenceAsked(question.text);
    verdict = asks === "apologies" ? there?.status === "apologies" : asks === "away" ? !came : came;
    answer.title = `${verdict ? "Yes" : "No"}: ${person.name} ${
      there
        ? there.status === "apologies"
          ? "sent apologies to"
          : there.status === "in_attendance"
            ? "was in attendance at"
            : "was present at"
        : "is not named in the attendance list of"
    } ${meetingPhrase(focus)}`;
  }
  // "Did Boris Johnson chair any meetings": the meetings whose attendance list names them chair;
  // "did she chair the April 2023 meeting": that one.
  if (focus && ASKS_CHAIR.test(question.text)) {
    const there = person.appearances.find((a) => a.meeting === focus)?.attendee;
    const reading = whoChaired(focus);
    verdict = there !== undefined && reading.chairs.includes(there);
    if (verdict && !reading.listed)
      answer.summary +=
        " The attendance list names no chair; the minutes say who opened the meeting.";
    answer.title = `${verdict ? "Yes" : "No"}: ${person.name} ${verdict ? "chaired" : "is not named as chair of"} ${meetingPhrase(focus)}`;
  } else if (!focus && ASKS_CHAIR.test(question.text)) {
    const chaired = person.appearances.filter((a) =>
      whoChaired(a.meeting).chairs.includes(a.attendee),
    );
    verdict = chaired.length > 0;
    // "Chair Victim & Hate Crime Boards", "Chair of LMSPB & SOCB": bodies the role line says they
    // chair, which are no meeting of these minutes but are what "which boards does she chair" asks.
    const elsewhere = chairedElsewhere(person);
    const asksWhich = !YES_NO_QUESTION.test(question.text);
    answer.title = verdict
      ? `${asksWhich ? "" : "Yes: "}${person.name} chaired ${chaired.map((a) => meetingLabel(a.meeting)).join("; ")}`
      : elsewhere.length > 0
        ? `${asksWhich ? `${person.name} is listed as` : `No: no attendance list names ${person.name} as chair of a meeting; listed as`} chair of ${elsewhere.map(({ body, meeting }) => `${body} (${meetingLabel(meeting)})`).join("; ")}`
        : `No: no attendance list names ${person.name} as chair`;
    if (verdict && elsewhere.length > 0)
      answer.summary += ` Also listed as chair of ${elsewhere.map(({ body }) => body).join("; ")}.`;
  }
  // "Is Carina Heckroodt from the NPS?": yes when some attendance line gives them that body; with
  // a meeting named ("was Lib Peck with the VRU in 2015"), that meeting's line. The question is
  // about the body, so this answer stands over whether they came.
  const body = ORGANISATION_ASKED.exec(question.text)?.[1];
  const [either, or, ...more] = body?.split(/ or (?:the )?/) ?? [];
  if (either && or && more.length === 0) {
    // "Is Connie Stygall MOPAC or LC?": which of the two their attendance lines give them.
    const listed = person.appearances.filter((a) => !focus || a.meeting === focus);
    const choice = bodyChoice(
      person.name,
      listed,
      [either, or],
      question.asked,
      context.directory.organisations,
    );
    answer.title =
      choice.title.startsWith("Neither") && posts
        ? `${choice.title}; listed as ${posts}`
        : choice.title;
    // The meetings whose attendance lines say so, each cited below.
    answer.meetings = choice.meetings;
  } else if (body) {
    // Every word of the body counts: "the Met" is no past tense of "meet" here.
    const words = postWords(body.split(/[^a-z0-9&]+/).filter((w) => w && !ARTICLES.has(w)));
    const listed = person.appearances
      .filter((a) => !focus || a.meeting === focus)
      .map((a) => a.attendee);
    const asked = asWritten(words, question.asked);
    const matching = attendeesOf(words, listed, context.directory.organisations);
    verdict = matching.length > 0;
    const at = focus ? ` at ${meetingPhrase(focus)}` : "";
    answer.title = verdict
      ? `Yes: ${person.name} is listed as ${postOf(matching[0] as Attendee)}${at}`
      : `No: ${person.name} is not listed with ${asked}${at}${posts ? `; listed as ${posts}` : ""}`;
  }
  // "Is Rhiannon Sawyer the VRU director?": yes when some attendance line (the meeting named's,
  // if one is) gives them that post; either way the posts as the lists write them ("Asst
  // Director, VRU"), since a near post is not the post asked.
  // "Was 2023 Ella Watson's first board?": whether the meeting named is their own first (or
  // last) of that body, which their record gives; no post is asked.
  const ownAsked = OWN_MEETING_ASKED.exec(question.text);
  if (focus && ownAsked?.[1]) {
    const body = bodyOfMeetingWord(ownAsked[2] ?? "");
    const came = attendedAt.filter((a) => !body || a.meeting.body === body);
    const own = (ownAsked[1] === "first" ? came[0] : came.at(-1))?.meeting;
    const which = `${ownAsked[1] === "first" ? "first" : "last"} ${body ? `${body} ` : ""}meeting`;
    verdict = own === focus;
    answer.title = verdict
      ? `Yes: ${meetingPhrase(focus)} was ${person.name}'s ${which} in the minutes`
      : own
        ? `No: ${person.name}'s ${which} in the minutes was ${meetingPhrase(own)}`
        : `No: ${person.name} is named as attending no ${body ? `${body} ` : ""}meeting`;
  }
  const post = ownAsked ? null : postAsked(question.text, classification.name);
  // "Was Sadiq Khan the chair in 2023?" asks whether he chaired, answered above.
  if (post && !MEETING_CHAIR.test(post)) {
    const { organisations } = context.directory;
    const holding = person.appearances.filter(
      (a) =>
        (!focus || a.meeting === focus) &&
        holdsPostAsked(
          a.attendee,
          post,
          postNames({ ...a.attendee, role: null, honorific: null }, organisations),
        ),
    );
    const first = holding[0];
    verdict = first !== undefined;
    answer.title = first
      ? `Yes: ${person.name} is listed as ${postOf(first.attendee)} at ${meetingLabel(first.meeting)}`
      : `No: ${person.name} is not listed as ${asWritten(post.split(/\s+/), question.asked)}${focus ? ` at ${meetingPhrase(focus)}` : ""}${posts ? `; listed as ${posts}` : ""}`;
  }
  // "Did he come to any other meetings?": yes when the lists name them at more than one.
  if (!focus && verdict === null && OTHER_MEETINGS.test(question.text)) {
    const [only] = attendedAt;
    verdict = attendedAt.length > 1;
    answer.title = verdict
      ? `Yes: ${person.name} attended ${plural(attendedAt.length, "meeting")}: ${attendedAt.map((a) => meetingLabel(a.meeting)).join("; ")}`
      : `No: ${person.name} is named as attending ${only ? `only ${meetingLabel(only.meeting)}` : "no meeting"}`;
  }
  // "Did Doug Flight attend every meeting?": yes only when he came to each (of the body named).
  if (!focus && verdict === null && EVERY_MEETING.test(question.text)) {
    const body = question.reference.bodyNamed ? question.reference.body : null;
    const meetings = context.meetings.filter((m) => !body || m.body === body);
    const came = new Set(attendedAt.map((a) => a.meeting).filter((m) => meetings.includes(m)));
    verdict = came.size === meetings.length;
    answer.title = verdict
      ? `Yes: ${person.name} attended all ${plural(meetings.length, `${body ? `${body} ` : ""}meeting`)}`
      : `No: ${person.name} attended ${came.size} of the ${plural(meetings.length, `${body ? `${body} ` : ""}meeting`)}`;
  }
  // "Ever actually turned up?", "did she come to more than one board?": yes when the meetings
  // they attended (of the body named) reach the number asked.
  if (wanted !== null && !focus && verdict === null) {
    const body = wanted.body;
    const came = attendedAt.filter((a) => !body || a.meeting.body === body);
    const kind = `${body ? `${body} ` : ""}meeting`;
    verdict = came.length >= wanted.count;
    answer.title =
      came.length > 0
        ? `${verdict ? "Yes" : "No"}: ${person.name} attended ${plural(came.length, kind)}: ${came.map((a) => meetingLabel(a.meeting)).join("; ")}`
        : `No: ${person.name} is named as attending no ${kind}${apologies > 0 ? `; sent apologies to ${plural(apologies, "meeting")}` : ""}`;
  }
  // "Has she ever been absent?", "ever sent apols?": yes when the record holds apologies, which is
  // how the minutes record someone away; no meeting is named, so every one is looked at.
  if (!focus && verdict === null && EVER_AWAY.test(question.text)) {
    const away = person.appearances.filter((a) => a.attendee.status === "apologies");
    verdict = away.length > 0;
    answer.title = verdict
      ? `Yes: ${person.name} sent apologies to ${plural(away.length, "meeting")}: ${away.map((a) => meetingLabel(a.meeting)).join("; ")}`
      : `No: the minutes record no apologies from ${person.name}; attended ${attended} of the ${plural(context.meetings.length, "meeting")}`;
    // "Ever missed one?" is not only "sent apologies": a list of their own body that does not name
    // them may be a meeting missed without apologies, so the answer says which and gives no bare No.
    const unlisted =
      verdict || ASKS_APOLOGIES.test(question.text) ? [] : unlistedAt(person, context.meetings);
    if (unlisted.length > 0) {
      verdict = null;
      const bodies = new Set(person.appearances.map((a) => a.meeting.body));
      const own = context.meetings.filter((m) => bodies.has(m.body));
      const kind = bodies.size === 1 ? `${[...bodies][0]} meeting` : "meeting";
      answer.title = `${person.name} is not listed at ${unlisted.length} of the ${plural(own.length, kind)}: ${unlisted.map(meetingLabel).join("; ")}; the minutes record no apologies from ${person.name}`;
    }
  }
  const latest = person.appearances.at(-1)?.meeting;
  answer.followUps = [
    ...(latest
      ? [`who attended ${meetingPhrase(latest)}?`, `what happened at ${meetingPhrase(latest)}?`]
      : []),
    `what did ${person.name} say`,
  ];
  return verdict === null ? answer : withDetail(answer, { kind: "yes-no", verdict });
};

/** The meetings of the bodies a person is listed at whose lists do not name them at all. */
function unlistedAt(person: Person, meetings: readonly Meeting[]): Meeting[] {
  const listed = new Set(person.appearances.map((a) => a.meeting));
  const bodies = new Set([...listed].map((m) => m.body));
  return meetings.filter((m) => bodies.has(m.body) && !listed.has(m));
}

/** "LB Lambeth (2015); VRU (2021, 2023)": each post the lists give, with its years; "" for none. */
function postsByYear(person: Person): string {
  const years = new Map<string, string[]>();
  for (const { meeting, attendee } of person.appearances) {
    const post = postOf(attendee);
    if (!post) continue;
    const year = meeting.date.slice(0, 4);
    const seen = years.get(post) ?? [];
    if (!seen.includes(year)) seen.push(year);
    years.set(post, seen);
  }
  return [...years].map(([post, list]) => `${post} (${list.join(", ")})`).join("; ");
}

function postOf(attendee: Attendee): string {
  return [attendee.role, attendee.organisation].filter(Boolean).join(", ");
}

function severalPeople(
  typed: string,
  people: readonly Person[],
  question: Parameters<IntentAnswerer>[0]["question"],
  meetingCount: number,
) {
  const answer = blankAnswer("person", question, `Several people match “${typed}”`);
  answer.summary = `${plural(people.length, "person", "people")} in the ${meetingCount} meetings' attendance lists match. Which one?`;
  answer.sections = [
    {
      heading: "People",
      text: null,
      ...labelledBullets(
        // Each with the posts the lists give them, so "NS - what's her job?" is answered for
        // whichever one was meant, and the asker can tell them apart.
        people.map((p) => {
          const latest = p.appearances.at(-1)?.meeting;
          const posts = postsByYear(p);
          const seen = `named in ${plural(p.appearances.length, "meeting")}`;
          return [
            p.name,
            `${posts ? `${posts}; ` : ""}${seen}${latest ? `, latest ${meetingLabel(latest)}` : ""}`,
          ];
        }),
      ),
      citation: null,
    },
  ];
  answer.followUps = people.map((p) => `who is ${p.name}?`);
  return answer;
}
