import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
// Read at build time: the bundle in dist/ holds the version, so it needs no path to package.json.
import packageJson from "../../package.json" with { type: "json" };
import { registerMinutesResources } from "./resources.js";
import type { MinutesSource } from "./source.js";
import { registerAsk } from "./tools/ask.js";
import { registerGetMeeting } from "./tools/get-meeting.js";
import { registerListMeetings } from "./tools/list-meetings.js";
import { registerNextMeetings } from "./tools/next-meetings.js";
import { registerSearchMinutes } from "./tools/search-minutes.js";

const { version } = packageJson;

const INSTRUCTIONS = `Minutes of the London Crime Reduction Board (LCRB), chaired by the Mayor of London, and its Delivery Management Group (DMG). Every answer cites the minutes file and 1-based line it comes from; quote those citations, and open lcrb://minutes/<meeting-id> to read around a cited line. search_minutes finds where a subject was discussed; ask answers a plain-English question as the Slack bot does; list_meetings and get_meeting give the meetings' parsed records (attendees, agenda items, actions); next_meetings gives the meetings to come.`;

/** The MCP face: the tools and resources over one source of minutes, not yet connected. */
export function createMinutesServer(source: MinutesSource): McpServer {
  const server = new McpServer(
    { name: "lcrb", title: "LCRB minutes", version },
    { instructions: INSTRUCTIONS },
  );
  registerSearchMinutes(server, source);
  registerAsk(server, source);
  registerListMeetings(server, source);
  registerGetMeeting(server, source);
  registerNextMeetings(server, source);
  registerMinutesResources(server, source);
  return server;
}
