import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";
import { meetingLabel } from "../answers/format.js";
import type { MinutesSource } from "./source.js";
import { MINUTES_URI_TEMPLATE, minutesUri } from "./uri.js";

// The MCP specification's code for a resource that does not exist.
const RESOURCE_NOT_FOUND = -32002;

/**
 * Each meeting's minutes as the resource lcrb://minutes/<meeting-id>: the file's text exactly as
 * it is on disk, so the 1-based lines every citation gives open where they say.
 */
export function registerMinutesResources(server: McpServer, source: MinutesSource): void {
  const template = new ResourceTemplate(MINUTES_URI_TEMPLATE, {
    list: () => ({
      resources: source.current().meetings.map((meeting) => ({
        uri: minutesUri(meeting.id),
        name: meeting.id,
        title: `Minutes: ${meetingLabel(meeting)}`,
        description: `${meeting.title}, ${meeting.date} (${meeting.file})`,
        mimeType: "text/plain",
      })),
    }),
    complete: {
      id: (prefix) =>
        source
          .current()
          .meetings.map((meeting) => meeting.id)
          .filter((id) => id.startsWith(prefix.toLowerCase())),
    },
  });
  server.registerResource(
    "minutes",
    template,
    {
      title: "Minutes of a meeting",
      description:
        "The full text of one meeting's minutes; citations give 1-based lines in this text.",
      mimeType: "text/plain",
    },
    async (uri, { id }) => {
      const wanted = String(id).toLowerCase();
      const meeting = source.current().meetings.find((m) => m.id === wanted);
      if (!meeting) {
        throw new McpError(
          RESOURCE_NOT_FOUND,
          `No meeting has the id "${String(id)}"; list_meetings or resources/list give the ids.`,
          { uri: uri.href },
        );
      }
      const text = await readFile(join(source.corpusDir, meeting.file), "utf8");
      return { contents: [{ uri: uri.href, mimeType: "text/plain", text }] };
    },
  );
}
