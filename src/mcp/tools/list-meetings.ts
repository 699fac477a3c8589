import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";
import {
  BodyInput,
  DateRange,
  MeetingListOutput,
  RANGE_OUT_OF_ORDER,
  rangeInOrder,
} from "../schemas.js";
import type { MinutesSource } from "../source.js";
import { describeMeeting } from "./meetings.js";
import { READ_ONLY, toolResult } from "./result.js";

const DESCRIPTION = `List the meetings of the London Crime Reduction Board (LCRB) and its Delivery Management Group (DMG) whose minutes are loaded, oldest first, optionally only one body or a date range. Each meeting is its full record as read from the minutes: id (use it with get_meeting and lcrb://minutes/<id>), file, body, title, date, time, venue, attendees (present, in attendance or apologies, with role and organisation), agenda items with their passages and source lines, actions, and the next meetings the minutes announced. Use it to see what the minutes cover or to find a meeting's id; narrow it with body, from and to, since every record is long.`;

/** `list_meetings`: the rows of `lcrb corpus --json`, filtered. */
export function registerListMeetings(server: McpServer, source: MinutesSource): void {
  server.registerTool(
    "list_meetings",
    {
      title: "List the meetings",
      description: DESCRIPTION,
      inputSchema: z
        .object({ body: BodyInput.optional(), ...DateRange })
        .refine(rangeInOrder, RANGE_OUT_OF_ORDER),
      outputSchema: MeetingListOutput,
      annotations: READ_ONLY,
    },
    ({ body, from, to }) => {
      const meetings = source
        .current()
        .meetings.filter(
          (m) => (!body || m.body === body) && (!from || m.date >= from) && (!to || m.date <= to),
        );
      const text =
        meetings.length === 0
          ? "No minutes are loaded for those meetings."
          : [`${meetings.length} meetings, oldest first:`, ...meetings.map(describeMeeting)].join(
              "\n",
            );
      return toolResult({ meetings }, text);
    },
  );
}
