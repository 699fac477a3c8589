import type { Intent } from "./answer.js";
import { courtesyOf } from "./conversation.js";
import { dateMatches } from "./dates.js";
import { type Posts, postsOf } from "./directory.js";
import { nameFirst } from "./name-first.js";
import { attendeesOf, postWords } from "./organisations.js";
import { findPeople, type Person } from "./people.js";
import { PERSON_PRONOUN, type Question, topicWords } from "./question.js";
import { speakerAsked } from "./speaker-asked.js";
import { peopleByTypedInitials } from "./typed-initials.js";

/**
 * One way of asking for an intent. Rules are tried in order and the first that applies wins.
 * `person`: capture group 1 is a name; "known" rules apply only when it names someone in the
 * minutes (so "who is on the board" falls through), "any" rules always do. "named" rules have no
 * capture: they apply when the question names no meeting and its words other than the rule's,
 * the filler and the honorifics are a known person's name ("Cllr Athwal attendance").
 * `needsNoTopic`: the rule applies only when no topic words are left ("what happened in April
 * 2023" is a meeting; "what happened about fraud in April 2023" is a search).
 * `topicNamesPost`: with no meeting named, the rule applies only when the topic words left are
 * the names of posts ("members from London Councils"); "membership of the Efficiency Board" is a
 * search for a subject, not the latest attendance list.
 * `post`: capture group 1 must name the post of someone in the minutes ("was the Met there").
 */
export interface IntentRule {
  intent: Intent;
  pattern: RegExp;
  person?: "known" | "any" | "named";
  needsNoTopic?: boolean;
  topicNamesPost?: boolean;
  post?: boolean;
}

// "Was Kenny Bowie in the room?": being there, however the meeting was held.
const IN_THE_ROOM = "in the room";

const ATTEND = `(?:been\\s+)?(?:${IN_THE_ROOM}|at+e?n+d[a-z]*|ma(?:k(?:e|ing)|de) it|ma(?:k(?:e|ing)|de)(?= (?:the|that|this|last|both|every)\\b)|come|coming|came|go|going|gone|turn(?:ed|ing)? up|show(?:n|ed|ing)? up|present|there|at|in attendance|sen[dt]|sending|giv(?:e|en|ing) apologies|apologi[sz]ed|miss(?:ed|ing)?|absent|away|skip(?:ped|ping)?|a member|member|on the|part of)`;

// What a shorthand after someone's name asks of their record: their borough, organisation or
// post, the meetings they came to.
const RECORD_ASKED =
  /^(?:(?:and|so|ok)\s+)?(?:which|what|wat|whose|where|how many|how often|is|was|are|were|did|does|has|have)?\b.*\b(?:borough|council|organi[sz]ations?|orgs?|agenc(?:y|ies)|body|post|role|job|title|position|rank|represent\w*|from|with|works?|attend\w*|came|come|record|apologies|present|there)\b|\b(?:how many|which|what) (?:meetings|boards|times)\b|^(?:who(?: is| was)?(?: (?:she|he|they))?|who\??)\W*$/;

// The words a meeting of ours is named by when it is said to be due: articles, possessives, its
// place in the order and the bodies' names ("our next board meeting", "the next meeting of the lcrb").
const MEETING_DUE_WORD =
  "(?:the|a|an|our|your|their|next|first|last|following|of|london|crime|reduction|delivery|management|lcrbs?|dmgs?|boards?|groups?|meetings?|ones?|sessions?|full)";

export const INTENT_RULES: readonly IntentRule[] = [
  // The /lcrb subcommands, and anything that starts like one.
  { intent: "help", pattern: /^(?:help|\?+|commands|usage|menu|start|hi|hello|hey|options)\W*$/ },
  { intent: "next", pattern: /^next\s*(?:meetings?|ones?|dates?)?\W*$/ },
  {
    intent: "meetings",
    pattern:
      /^(?:meetings\b(?!\s+(?:with|attended|of|by)\b)|list(?: all| the)*(?: meetings| minutes)?\W*$)/,
  },
  { intent: "attendees", pattern: /^(?:attendees|apologies)\b/ },
  { intent: "actions", pattern: /^actions?\b(?!\s+plans?\b)/ },
  { intent: "person", pattern: /^(?:person|whois)\s+(.+?)\W*$/, person: "any" },
  { intent: "meeting", pattern: /^(?:meeting|summary|summari[sz]e|overview|recap|agenda)\b/ },
  { intent: "search", pattern: /^(?:search|find|look up|lookup)\s+\S/ },
  // Asking what the bot does.
  {
    intent: "help",
    pattern:
      /\b(?:what can (?:you|i) (?:do|ask)|how (?:do|can|should) i (?:use|ask)|what (?:do|can) you (?:do|know|answer)|help me|how does this work|what are you|who are you)\b/,
  },
  // Whether someone the minutes name came: before the next meeting's rules, so "did she go to the
  // next one too?" stays about her (a name no list holds falls through to them).
  {
    intent: "person",
    // The name stops at a dash or colon: in "the mtg where amy lame was welcomed - was gareth
    // roberts there?" the clause's own "was" asks nothing.
    pattern: new RegExp(
      `\\b(?:has|have|did|does|do|is|was|were|will|had)\\s+((?:(?!\\s[-–—]+\\s|[:;]).)+?)\\s+(?:ever\\s+)?${ATTEND}\\b`,
    ),
    person: "known",
  },
  // "When's the next PCP due?", "when's the first contest board due?": when a thing is due, which
  // the passages say ("the latest the Police and Crime Plan (PCP) can be published was March
  // 2022"), not when a meeting of ours is. What is due decides, not the order of the words: when
  // the words before "due" are only a meeting's ("when is our next board meeting due?", "the next
  // meeting of the lcrb"), or it is due to meet ("when is the board next due to meet?"), it is the
  // next meeting. Only "when's" is matched, so the thing asked after is the subject.
  {
    intent: "search",
    pattern: new RegExp(
      `^when(?:'s| is| are| was| were)(?= (?!(?:${MEETING_DUE_WORD} )+(?:due|expected)\\b)(?!(?:[a-z'&-]+ ){1,5}(?:due|expected) to (?:meet|sit|be held|take place|convene|reconvene|gather)\\b)(?:[a-z'&-]+ ){1,5}(?:due|expected)\\b)`,
    ),
  },
  // When the bodies meet next.
  {
    intent: "next",
    pattern:
      /\bnext (?:lcrb |dmg |board |group |full |crime reduction board )?(?:meeting|board|lcrb|dmg|one|session|date|get[- ]together|gathering)s?\b/,
  },
  { intent: "next", pattern: /\b(?:upcoming|forthcoming|future|coming up)\b/ },
  // Meetings arranged ahead: "any meetings planned for next year?", "is a DMG booked?"; the word
  // must be said of the meeting ("the board say about the planned roundtable" is a subject).
  {
    intent: "next",
    pattern:
      /\b(?:meetings?|lcrb|dmg|board|group) (?:(?:is|are|been|being|was|were|got|already) )*(?:planned|booked|arranged|lined up|in the diary|pencilled in)\b|\b(?:planned|booked|arranged) (?:lcrb |dmg |board )?meetings?\b/,
  },
  {
    intent: "next",
    pattern: /\bwhen(?:'s| is| are| will| does| do|s)\b.*\b(?:meet|meeting|board|lcrb|dmg|group)/,
  },
  { intent: "next", pattern: /\b(?:meets?|meeting) (?:again|next)\b|\bschedule[ds]?\b/ },
  // A meeting in a stretch of time still to come: "is there a meeting today", "… next week".
  {
    intent: "next",
    pattern:
      /\b(?:meet|meets|meeting|meetings|board|lcrb|dmg|group)\b.*\b(?:today|tonight|tomorrow|(?:this|next) (?:week|month))\b|\b(?:today|tonight|tomorrow)'?s (?:meeting|board)\b/,
  },
  // A person's record of attendance.
  {
    intent: "person",
    pattern:
      /\b(?:at+e?n+d[a-z]*|been (?:to|at|in)|com(?:e|es|ing)|came|record|apologi[sz]e[ds]?|apologies|turn(?:s|ed)? up|show(?:s|ed|n)? up|present|missed|absen(?:t|ces?))\b/,
    person: "named",
  },
  // "Was 2023 Ella Watson's first board?", "was apr 23 Sarah Bott's first lcrb?": a meeting asked
  // as someone's own first or last; the name is the words before the possessive.
  {
    intent: "person",
    pattern:
      /\b((?:[a-z-]+ ){0,3}?[a-z-]+)(?:'s|s') (?:first|last|latest) (?:ever )?(?:lcrb|dmg|board|group|meeting|one)\b/,
    person: "known",
  },
  // "Who's Ian Bickers with?" (of "Ian Bickers – who's he with?"), "who was Phil Douglas from":
  // the body someone came for, which their record gives.
  {
    intent: "person",
    pattern: /^(?:who ?is|who's|whos|who was|who are|who were)\s+(.+?)\s+(?:with|from|for)\W*$/,
    person: "known",
  },
  {
    intent: "person",
    pattern:
      /^(?:who ?is|who's|whos|who was|tell me about|what about|info on|anything on)\s+(.+?)\W*$/,
    person: "known",
  },
  // A person's post or organisation, which their record gives meeting by meeting: "what is Lib
  // Peck's role", "which organisation is Barry Hughes from", "who does Doug Flight represent".
  {
    intent: "person",
    pattern:
      /^(?:(?:what(?:'s| is| was| were)?|whats) )?(.+?)(?:'s|s'|s) (?:role|roles|job|title|position|post|organi[sz]ation|org|employer)\b/,
    person: "known",
  },
  {
    intent: "person",
    pattern:
      /^(?:which|what) (?:organi[sz]ation|org|body|agency|department|borough|council|service|team) (?:is|was|does|did) (.+?) (?:from|with|at|in|work for|represent|belong to)\b/,
    person: "known",
  },
  // "What does RS do?": their post, as "what is her job?" asks it. "What did RS do?" asks what
  // they did at the meetings, so a bare "do" is their post only in the present.
  {
    intent: "person",
    pattern:
      /^(?:and )?(?:who|what) (?:does|did|do) (.+?) (?:represent|work for|work with|speak for|do(?= for (?:a )?(?:job|living|work)\b))\b/,
    person: "known",
  },
  {
    intent: "person",
    pattern: /^(?:and )?(?:who|what) (?:does|do) (.+?) do\W*$/,
    person: "known",
  },
  // "What role did Kenny Bowie have in 2022", "is Carina Heckroodt from the NPS?".
  {
    intent: "person",
    pattern:
      /^(?:what|which) (?:role|job|title|position|post|organi[sz]ation) (?:did|does|do|has|had|was|is) (.+?) (?:have|hold|held|had|play|played|take|took|represent|come from)\b/,
    person: "known",
  },
  {
    intent: "person",
    pattern: /^(?:is|was|are|were) (.+?) (?:from|with|part of|representing|employed by)\b/,
    person: "known",
  },
  // "Is Rhiannon Sawyer the VRU director?", "is Helen Bailey MOPAC's director?": a post asked of
  // someone named.
  {
    intent: "person",
    pattern: /^(?:is|was|are|were) (.+?) (?:(?:the|a|an) |(?=[a-z&]+'s ))/,
    person: "known",
  },
  { intent: "person", pattern: /^where (?:does|did) (.+?) work\b/, person: "known" },
  {
    intent: "person",
    pattern:
      /\b(?:which|what|how many) meetings (?:has|have|did|does|do|was|is|were)\s+(.+?)\s+(?:been|at+e?n+d[a-z]*|gone|go|come|sent|missed|at|in)\b|\b(?:number|count) of meetings (?:(?:has|have|did|does|do|was|is|were)\s+)?(.+?)\s+(?:has been|been|at+e?n+d[a-z]*|went|came|gone|go|come|sent|missed)\b/,
    person: "known",
  },
  {
    intent: "person",
    pattern:
      /\b(?:attendance|record|apologies|meetings) (?:of|for|by|from|with|attended by)\s+(.+?)\W*$/,
    person: "known",
  },
  {
    intent: "person",
    pattern: /^(.+?)(?:'s|s') (?:attendance|record|meetings|apologies)\b/,
    person: "known",
  },
  {
    intent: "person",
    pattern:
      /\bhow (?:often|many times|regularly|much) (?:has|have|did|does|do|is|was)\s+(.+?)\s+(?:at+e?n+d[a-z]*|been|come|gone|go|turn|show|sent|at|there|present)\b/,
    person: "known",
  },
  {
    intent: "person",
    pattern:
      /\bwhen did\s+(.+?)\s+(?:(?:first|last|most recently) )?(?:at+e?n+d[a-z]*|come|go|send|turn|show)\b/,
    person: "known",
  },
  // "Did Boris Johnson chair any meetings", "has Sophie Linden ever chaired": a person's record.
  {
    intent: "person",
    pattern:
      /\b(?:has|have|did|does|do|was|is)\s+(.+?)\s+(?:ever\s+)?(?:co-?)?(?:chair(?:ed|s)?|presided?|presides)\b/,
    person: "known",
  },
  // "Every meeting Claire Waxman went to", "all the meetings X sent apologies to": a person's
  // meetings, named before what they did at them.
  {
    intent: "person",
    pattern:
      /\b(?:every|each|all(?: the)?|which|what|list(?: the| all| every)?) meetings? (?:that |which )?(.+?)\s+(?:at+e?n+d[a-z]*|went|go(?:es)?|gone|came|come|was at|(?:has|have) been|been|sent|missed|turned|showed)\b/,
    person: "known",
  },
  // Who was at a meeting; the chair is among them, with that role.
  {
    intent: "attendees",
    pattern:
      /\bwho (?:chaired|chairs|was (?:the )?chair|is (?:the )?chair|represented|was representing)\b|\b(?:list of )?(?:people|names) (?:at|in|present|there)\b/,
  },
  {
    intent: "attendees",
    pattern:
      /\bwho(?: else)?(?:'s| was| were| is| are|s)?\s*(?:at|in|present|there|at+e?n+d[a-z]*|came|come|turned up|showed up|joined|sent|gave|apologi[sz]ed|absent|missing|missed|couldn'?t|did not|didn'?t|on|from)\b/,
  },
  // "Was the Met represented / there / at the June 2020 DMG", "did London Councils attend", "did
  // the NHS make the fraud board", "anyone from the YJB at the Casey meeting?", "any cllrs at the
  // 2023 board?": someone's organisation or post, not a person. "Did the Mayor raise at it" has a
  // verb of its own; "any actions for London Councils?" asks no one's presence.
  {
    intent: "attendees",
    pattern:
      /\b(?:(?:was|were|is|are)\s+(.+?)\s+(?:represented|there|at|present|in attendance|in the room|attend[a-z]*)|did\s+(.+?)\s+(?:attend[a-z]*|go|come|turn up|show up|make it|make(?= (?:the|that|this|last|both|every)\b)))\b|(?:^|[:;]\s*|\s[-–—]\s*)(?:(?:was|were) there )?(?:anyone|anybody|someone|somebody|any)(?: else)?(?: there)? (?:from|of) (?!(?:at|there|present)\b)(.+?)(?:\s+(?:at|there|present|in attendance)\b|\W*$)|(?:^|[:;]\s*|\s[-–—]\s*)(?:were there )?any (?!(?:at|there|present)\b)(.+?)\s+(?:at|there|present|in attendance)\b/,
    post: true,
  },
  {
    intent: "attendees",
    pattern:
      /\bat+e?n+d[a-z]*\b|\bapolog[a-z]*\b|\b(?:absent|absences?|participants|members|membership|present|represent(?:ed|ing|ation)|turnout|head ?count)\b/,
    topicNamesPost: true,
  },
  // Actions recorded; "the Action Plan" is a topic, not an action.
  {
    intent: "actions",
    pattern: /\bactions?\b(?!\s+plans?\b)|\baction (?:points|items|log)\b|\bto-?dos?\b/,
  },
  // What is left to do: "what's outstanding from the last meeting", "what is still open".
  {
    intent: "actions",
    pattern:
      /^(?:what(?:'s| is| was| remains)?|anything|is anything|is there anything|are there any)(?: \w+)?(?: still)? outstanding\b|\boutstanding (?:from|actions?|items?|points?|tasks?)\b|\b(?:still|remains?|remained) outstanding\b|\bstill (?:open|to do|to be done)\b|\bleft to do\b|\bunfinished (?:actions?|business|items?)\b/,
  },
  {
    intent: "actions",
    pattern: /\b(?:agreed|decided) to do\b|\bwho (?:is|was) (?:responsible|to)\b/,
  },
  // The list of meetings; not "what did the minutes say about fraud", a search.
  {
    intent: "meetings",
    pattern:
      /^(?!.*\b(?:minutes|meetings) (?:say|says|said|record\w*|mention\w*|note\w*|show|shows|tell|report\w*|about|on|regarding)\b).*\b(?:list|show|all|which|what|how many|every|index)\b.*\b(?:meetings|minutes)\b/,
  },
  { intent: "meetings", pattern: /\bmeetings (?:in|during|for|held|were|have|do you|are)\b/ },
  // How many times a body met: "how many times has the DMG met?", "number of LCRB meetings",
  // "total LCRB meetings", "DMG meetings in total".
  {
    intent: "meetings",
    pattern:
      /\bhow many times (?:has|have|had|did|does|do) (?:the )?(?:lcrb|dmg|board|group|it|they) (?:met|meet|sat|sit|convened?)\b|\b(?:number|count|total) of (?:(?:the )?(?:lcrb|dmg|board|group) )?meetings\b|^total (?:(?:lcrb|dmg|board|group) )?meetings\b|\bmeetings in total\b/,
  },
  { intent: "meetings", pattern: /\bwhat (?:do|have) you (?:got|have)\b/ },
  // One meeting at a glance, unless a topic narrows it to a search.
  {
    intent: "meeting",
    pattern:
      /\bwhat (?:happened|was (?:discussed|covered|agreed|decided|said)|got discussed|went on|did (?:they|we|the board|the group|members|people|partners) (?:discuss|talk about|cover|agree|decide|say))\b/,
    needsNoTopic: true,
  },
  {
    intent: "meeting",
    pattern:
      /\b(?:summary|summari[sz]e|overview|recap|agenda|highlights|key points|tl;?dr|outline|details)\b/,
    needsNoTopic: true,
  },
  {
    intent: "meeting",
    pattern: /\b(?:tell me about|when (?:was|did)|where (?:was|did)|what time (?:was|did))\b/,
    needsNoTopic: true,
  },
];

/** What the router made of a question. */
export interface Classification {
  intent: Intent;
  /** Intent person: the name as typed, and the people it may mean. */
  name: string | null;
  people: Person[];
  /** Words left after the intent's own words and the meeting reference: the topic. */
  topic: string[];
}

/**
 * Picks the intent of a question from {@link INTENT_RULES}. With no rule, a question that is only
 * a person's name asks about that person, one that is only a meeting reference asks about that
 * meeting, and anything else is a search.
 */
export function classify(
  question: Question,
  people: readonly Person[],
  ordinary: ReadonlySet<string> = new Set(),
  posts: Posts = postsOf(people),
): Classification {
  const { text, reference } = question;
  // "Thanks!", "good morning": a courtesy is answered politely, with a pointer to help.
  if (courtesyOf(text)) return { intent: "help", name: null, people: [], topic: [] };
  // "Cllr Cornelius - which borough?", "Esom — what post?": their record answers the shorthand.
  // Not "Lynne Owens: what was said about the Casey report?" or "Flight - when is the next
  // meeting?": what follows asks something else, read with the name where it stands.
  const first = nameFirst(text, people, ordinary, question.asked);
  if (first && !PERSON_PRONOUN.test(first.rest) && RECORD_ASKED.test(first.rest))
    return { intent: "person", name: first.name, people: first.people, topic: [] };
  const pointsAtMeeting = reference.date !== null || reference.relative !== null;
  // "What did they say about it?" has a subject, only not one we can see: it is a search (which
  // says the words are too common), not a summary of the latest meeting.
  const vague = VAGUE_SUBJECT.test(text);
  for (const rule of INTENT_RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const topic = topicWords(text, [
      ...reference.spans,
      { start: match.index, end: match.index + match[0].length },
    ]);
    if (rule.person === "named") {
      if (pointsAtMeeting) continue;
      const everyMatch = [...text.matchAll(new RegExp(rule.pattern.source, "g"))];
      const name = topicWords(text, [
        ...reference.spans,
        ...everyMatch.map((m) => ({ start: m.index, end: m.index + m[0].length })),
      ]).join(" ");
      const found = findPeople(name, people, ordinary);
      if (found.length === 0) continue;
      return { intent: "person", name, people: found, topic: [] };
    }
    if (rule.person) {
      const name = (match[1] ?? match[2] ?? "").trim();
      const found = findPeople(name, people, ordinary);
      // "What was NS's job in apr 22?": of the people the initials may be, those at the meeting
      // named (Naomi Sterling's list writes "(NS)"; Nick Smart came in 2015).
      if (found.length === 0)
        found.push(
          ...atMeetingNamed(
            peopleByTypedInitials(name, question.asked, people, ordinary),
            question,
          ),
        );
      // "Who's TP in the apr 22 attendance?": initials, then where the list gives them.
      const initials = INITIALS_AT.exec(name)?.[1];
      if (found.length === 0 && initials)
        found.push(
          ...atMeetingNamed(
            peopleByTypedInitials(initials, question.asked, people, ordinary),
            question,
          ),
        );
      if (rule.person === "known" && found.length === 0) continue;
      return { intent: "person", name, people: found, topic: [] };
    }
    if (rule.needsNoTopic && (topic.length > 0 || vague)) continue;
    if (rule.post) {
      // The words that named the post are the topic the attendees answer filters by.
      const post = topicWords(match[1] ?? match[2] ?? match[3] ?? match[4] ?? "", []);
      if (postWords(post).length === 0 || !namesPost(post, posts)) continue;
      return { intent: rule.intent, name: null, people: [], topic: [...post, ...topic] };
    }
    if (rule.topicNamesPost && !pointsAtMeeting && !namesPost(topic, posts)) continue;
    // "What did members want more of?": what they said, not who they were.
    if (rule.topicNamesPost && speakerAsked(text.replace(/^(?:and|so|ok|then|but) /, ""))) continue;
    return { intent: rule.intent, name: null, people: [], topic };
  }
  const topic = topicWords(text, reference.spans);
  const named = findPeople(text, people, ordinary);
  if (named.length > 0 && bareName(text))
    return { intent: "person", name: text, people: named, topic: [] };
  if (pointsAtMeeting && topic.length === 0 && !vague)
    return { intent: "meeting", name: null, people: [], topic };
  return { intent: "search", name: null, people: [], topic };
}

// Initials followed by the meeting or list that gives them: "tp in the apr 22 attendance".
const INITIALS_AT = /^([a-z]{2,3}) (?:in|at|on|from|of)\b/;

/**
 * Of the people some initials may be, those at the meeting the question names by its date (the
 * "TP" of April 2022's list is Tina Price, not Tom Pickup of 2021); all of them when it names none.
 */
function atMeetingNamed(found: readonly Person[], question: Question): Person[] {
  const spec = question.reference.date?.spec;
  if (!spec || found.length <= 1) return [...found];
  const there = found.filter((person) =>
    person.appearances.some(({ meeting }) => dateMatches(spec, meeting.date)),
  );
  return there.length > 0 ? there : [...found];
}

/**
 * Whether the words, less those about attending, are empty or name the post of someone in the
 * minutes ("london councils", "the met"); the people's appearances hold every attendee.
 */
function namesPost(words: readonly string[], { attendees, known }: Posts): boolean {
  const post = postWords(words);
  if (post.length === 0) return true;
  return attendeesOf(post, attendees, known).length > 0;
}

// "About" (or "on", "regarding") followed by a pronoun: the subject was in an earlier message.
const VAGUE_SUBJECT =
  /\b(?:about|on|regarding|concerning) (?:it|this|that|them|these|those|him|her)\s*\W*$/;

// A bare name is at most four words with no digits: "waxman", "Dame Lynne Owens?".
function bareName(text: string): boolean {
  const words = text.replace(/[?!.]+$/, "").split(/\s+/);
  return words.length <= 4 && !/\d/.test(text);
}
