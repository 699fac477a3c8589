import type { Answer } from "../answer.js";
import { type Courtesy, courtesyOf } from "../conversation.js";
import { labelledBullets } from "../emphasis.js";
import { dateSpan, formatDate, monthName, plural } from "../format.js";
import { blankAnswer, type IntentAnswerer, type IntentInput } from "../intent-answerer.js";

/** What the bot can do, with examples drawn from the minutes it holds; a courtesy gets a short reply. */
export const answerHelp: IntentAnswerer = (input) => {
  const courtesy = courtesyOf(input.question.text);
  return courtesy ? answerCourtesy(input, courtesy) : answerWithExamples(input);
};

/** A short reply to "thanks" or "good morning", pointing to what the bot can do. */
const answerCourtesy = ({ question }: IntentInput, courtesy: Courtesy): Answer => {
  const answer = blankAnswer("help", question, courtesy.reply);
  answer.summary =
    "Ask me anything about the LCRB and DMG minutes, or type “help” to see what I can do.";
  answer.followUps = ["help", "when is the next meeting?", "list the meetings"];
  return answer;
};

const answerWithExamples: IntentAnswerer = ({ question, context }) => {
  const answer = blankAnswer(
    "help",
    question,
    "What I can tell you about the LCRB and DMG minutes",
  );
  const { meetings } = context;
  const latest = meetings.at(-1);
  // Examples name the latest meeting and one of its members, so they always have an answer; with
  // no minutes loaded they stay generic, and the person example is left out.
  const month = latest
    ? `${monthName(Number(latest.date.slice(5, 7)))} ${latest.date.slice(0, 4)}`
    : null;
  const monthMeeting = month ? `the ${month} meeting` : "the latest meeting";
  const day = latest ? formatDate(latest.date) : null;
  const someone = latest?.attendees.find((a) => a.status === "present")?.name ?? null;
  answer.summary = latest
    ? `I hold the minutes of ${plural(meetings.length, "meeting")}, ${dateSpan(meetings[0]?.date ?? latest.date, latest.date)}. Ask in your own words; every answer cites the file and line it comes from.`
    : "No minutes are loaded yet. Ask in your own words; every answer cites the file and line it comes from.";
  answer.sections = [
    {
      heading: "Ask me",
      text: null,
      ...labelledBullets([
        ["Who came", `who attended ${monthMeeting}?`],
        ["One meeting", `what happened ${day ? `on ${day}` : "at the latest meeting"}?`],
        ["The list", "which meetings do you have?"],
        ["What's next", "when is the next meeting?"],
        ...(someone ? [["A person", `has ${someone} been coming?`] as const] : []),
        ["Actions", "what actions were agreed at the latest meeting?"],
        ["Anything else", "what was said about knife crime?"],
      ]),
      citation: null,
    },
    {
      heading: "Commands",
      text: null,
      bullets: [
        `/lcrb attendees ${month ?? "latest"}`,
        "/lcrb next",
        "/lcrb meetings",
        ...(someone ? [`/lcrb person ${someone}`] : []),
        "/lcrb actions",
        "/lcrb help",
      ],
      citation: null,
    },
  ];
  answer.followUps = [
    "when is the next meeting?",
    `who attended ${monthMeeting}?`,
    "list the meetings",
  ];
  return answer;
};
