import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { UpcomingMeeting } from "../../answers/answer.js";
import { upcomingMeetings } from "../../answers/intents/next.js";
import { BodyInput, IsoDate, UpcomingOutput } from "../schemas.js";
import type { MinutesSource } from "../source.js";
import { READ_ONLY, toolResult } from "./result.js";

const DESCRIPTION = `The meetings of the London Crime Reduction Board (LCRB) and its Delivery Management Group (DMG) set for after a given day (default today), soonest first, with time and venue when known. Each comes from a "next meeting" line of minutes written by then, cited by file and line, or from the admin's meeting schedule (source null). Use it for "when is the next meeting?"; optionally only one body.`;

/** `next_meetings`: the `upcoming` list of `lcrb ask --json` for a next-meeting question. */
export function registerNextMeetings(server: McpServer, source: MinutesSource): void {
  server.registerTool(
    "next_meetings",
    {
      title: "Next meetings",
      description: DESCRIPTION,
      inputSchema: {
        body: BodyInput.optional(),
        today: IsoDate.optional().describe(
          "List the meetings after this date (YYYY-MM-DD); default the real date",
        ),
      },
      outputSchema: UpcomingOutput,
      annotations: READ_ONLY,
    },
    ({ body, today }) => {
      const context = source.current();
      const day = today ?? context.today();
      const upcoming = upcomingMeetings(context.meetings, context.schedule, day)
        .map((announced) => announced.upcoming)
        .filter((next) => !body || next.body === body);
      const text =
        upcoming.length === 0
          ? `No ${body ? `${body} ` : ""}meeting is known after ${day}: neither the minutes nor the schedule name one.`
          : [`Meetings after ${day}, soonest first:`, ...upcoming.map(describeUpcoming)].join("\n");
      return toolResult({ today: day, upcoming }, text);
    },
  );
}

function describeUpcoming(next: UpcomingMeeting): string {
  const when = [next.date, next.time, next.venue].filter(Boolean).join(", ");
  const from = next.source
    ? `announced at ${next.source.file}:${next.source.line}`
    : "from the meeting schedule";
  return `- ${next.body} ${when} (${from})`;
}
