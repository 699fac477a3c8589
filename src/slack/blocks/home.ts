import type { types } from "@slack/bolt";
import type { AnswerContext } from "../../answers/context.js";
import { formatDate, monthName } from "../../answers/format.js";
import { describeNextMeeting, upcomingMeetings } from "../../answers/intents/next.js";
import type { Meeting } from "../../corpus/model.js";
import { BODY_TITLES } from "../../corpus/model.js";
import { calendarLinkBlocks } from "./calendar-link.js";
import { escapeMrkdwn } from "./escape.js";
import { type Block, contextLine, mrkdwnSection } from "./message.js";

const MAX_UPCOMING = 5;

/**
 * The App Home tab: what the minutes cover, the next meetings (with the calendar feeds when the
 * app has a public URL), and how to ask.
 */
export function renderHome(
  context: AnswerContext,
  publicUrl: string | null = null,
): types.HomeView {
  const blocks: Block[] = [
    { type: "header", text: { type: "plain_text", text: "London Crime Reduction Board minutes" } },
    mrkdwnSection(
      "Ask me about the minutes of the London Crime Reduction Board (LCRB) and its Delivery Management Group (DMG): what was said, who attended or sent apologies, actions, and when the next meetings are. Every answer cites its file and line.",
    ),
    { type: "divider" },
    mrkdwnSection(`*What I hold*\n${coverage(context.meetings)}`),
    mrkdwnSection(`*Next meetings*\n${upcoming(context)}`),
    ...calendarLinkBlocks(publicUrl),
    { type: "divider" },
    mrkdwnSection(
      `*How to ask*\nType \`/lcrb\` and a question anywhere, mention me in a channel, or message me here.\n${exampleQuestions(
        context.meetings,
      )
        .map((question) => `• \`/lcrb ${escapeMrkdwn(question)}\``)
        .join("\n")}`,
    ),
  ];
  if (context.problems.length > 0) {
    blocks.push(
      contextLine(
        `${context.problems.length} minutes file problem(s) were skipped at start-up; \`lcrb corpus\` lists them.`,
      ),
    );
  }
  return { type: "home", blocks };
}

function coverage(meetings: Meeting[]): string {
  const first = meetings[0];
  const last = meetings.at(-1);
  if (!first || !last) return "No minutes are loaded yet.";
  const byBody = Object.entries(BODY_TITLES)
    .map(([body, title]) => {
      const count = meetings.filter((meeting) => meeting.body === body).length;
      return count > 0 ? `• ${title} (${body}): ${count} meeting${count === 1 ? "" : "s"}` : null;
    })
    .filter((line): line is string => line !== null);
  return [
    `${meetings.length} meeting${meetings.length === 1 ? "" : "s"}, from ${formatDate(first.date)} to ${formatDate(last.date)}.`,
    ...byBody,
  ].join("\n");
}

/** Meetings announced in the minutes or listed in schedule.yml that fall after today. */
function upcoming(context: AnswerContext): string {
  const next = upcomingMeetings(context.meetings, context.schedule, context.today()).slice(
    0,
    MAX_UPCOMING,
  );
  if (next.length === 0) return "None announced after today. Ask `/lcrb next meeting` later.";
  return next
    .map(
      ({ upcoming: meeting }) => `• ${meeting.body}: ${escapeMrkdwn(describeNextMeeting(meeting))}`,
    )
    .join("\n");
}

/** Questions built from the latest meeting, so the examples always have an answer. */
export function exampleQuestions(meetings: Meeting[]): string[] {
  const latest = meetings.at(-1);
  if (!latest) return ["when is the next meeting?"];
  const [year, month] = latest.date.split("-");
  const when = `${monthName(Number(month))} ${year}`;
  const topic = latest.items.find((item) => item.number !== null && item.passages.length > 0);
  return [
    `who attended the ${latest.body} meeting in ${when}?`,
    topic ? `what was said about ${topic.title.toLowerCase()}?` : null,
    `actions from the ${latest.body} meeting in ${when}`,
    "when is the next meeting?",
  ].filter((question): question is string => question !== null);
}
