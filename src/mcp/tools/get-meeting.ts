import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { itemLabel } from "../../answers/format.js";
import { editDistance } from "../../corpus/edit-distance.js";
import { Meeting } from "../../corpus/model.js";
import { requiredText } from "../schemas.js";
import type { MinutesSource } from "../source.js";
import { describeMeeting } from "./meetings.js";
import { READ_ONLY, toolError, toolResult } from "./result.js";

const DESCRIPTION = `Get one meeting's full record by its id, such as "lcrb-2023-04-12" (body and date; ids come from list_meetings, search_minutes results and ask answers): body, title, date, time, venue, every attendee with status (present, in attendance, apologies), role and organisation, the agenda items with their passages and 1-based source lines, the actions, and the next meetings the minutes announced. The minutes text itself is the resource lcrb://minutes/<id>.`;

// A mistyped id ("lcrb-2023-04-21") is this many edits from the one meant.
const NEAR_EDITS = 2;

/** `get_meeting`: one row of `lcrb corpus --json`. */
export function registerGetMeeting(server: McpServer, source: MinutesSource): void {
  server.registerTool(
    "get_meeting",
    {
      title: "Get a meeting",
      description: DESCRIPTION,
      inputSchema: {
        id: requiredText(
          "id",
          "give a meeting id such as lcrb-2023-04-12; list_meetings lists them",
        ).describe("The meeting id: body and date in lower case, e.g. lcrb-2023-04-12"),
      },
      outputSchema: Meeting,
      annotations: READ_ONLY,
    },
    ({ id }) => {
      const wanted = id.toLowerCase();
      const meetings = source.current().meetings;
      const meeting = meetings.find((m) => m.id === wanted);
      if (!meeting) return toolError(unknownId(id, meetings));
      const items = meeting.items.map((item) => `- ${itemLabel(item)} (line ${item.line})`);
      return toolResult(meeting, [describeMeeting(meeting), "Agenda:", ...items].join("\n"));
    },
  );
}

/** Names the id, offers the ones it could mean, and says where the ids are listed. */
function unknownId(id: string, meetings: readonly Meeting[]): string {
  const wanted = id.toLowerCase();
  const near = meetings
    .filter((m) => m.id.includes(wanted) || editDistance(m.id, wanted) <= NEAR_EDITS)
    .map((m) => m.id);
  const hint = near.length > 0 ? ` Did you mean ${near.join(" or ")}?` : "";
  return `No meeting has the id "${id}".${hint} list_meetings gives every meeting's id.`;
}
