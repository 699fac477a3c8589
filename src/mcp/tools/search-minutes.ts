import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";
import type { SearchOptions, SearchResponse } from "../../search/types.js";
import {
  BodyInput,
  DateRange,
  RANGE_OUT_OF_ORDER,
  rangeInOrder,
  requiredText,
  SearchResponseOutput,
} from "../schemas.js";
import type { MinutesSource } from "../source.js";
import { minutesUri } from "../uri.js";
import { READ_ONLY, toolResult } from "./result.js";

// A model's context is small: more than this many excerpts is better asked as a narrower query.
const MAX_LIMIT = 20;

const DESCRIPTION = `Search the text of the minutes of the London Crime Reduction Board (LCRB) and its Delivery Management Group (DMG) for a subject, and get the agenda items that discuss it, best first (at most one result per agenda item). Each result gives the meeting (meetingId, date, body), the agenda item, the best-matching excerpt and its citation: the minutes file and 1-based line (open the full minutes as the resource lcrb://minutes/<meetingId>). Use it to find where and when a subject was discussed and to quote what was said. Give words, not a question: "knife crime", "Casey Review", "violence against women". For who attended, actions or a whole meeting use get_meeting or ask; for future dates use next_meetings.`;

/** `search_minutes`: the same search and the same JSON as `lcrb search --json`. */
export function registerSearchMinutes(server: McpServer, source: MinutesSource): void {
  server.registerTool(
    "search_minutes",
    {
      title: "Search the minutes",
      description: DESCRIPTION,
      inputSchema: z
        .object({
          query: requiredText("query", "give the words to search the minutes for").describe(
            "Words to search for, e.g. 'knife crime' or 'Casey Review'",
          ),
          body: BodyInput.optional(),
          limit: z
            .number()
            .int()
            .min(1)
            .max(MAX_LIMIT)
            .optional()
            .describe(`How many agenda items to return, 1 to ${MAX_LIMIT} (default 5)`),
          ...DateRange,
        })
        .refine(rangeInOrder, RANGE_OUT_OF_ORDER),
      outputSchema: SearchResponseOutput,
      annotations: READ_ONLY,
    },
    ({ query, body, from, to, limit }) => {
      const options: SearchOptions = {};
      if (body) options.body = body;
      if (from) options.from = from;
      if (to) options.to = to;
      if (limit) options.limit = limit;
      const response = source.current().search.search(query, options);
      return toolResult(response, describeResponse(response));
    },
  );
}

/** One line per result with its citation; the note or a "did you mean" when there is one. */
function describeResponse(response: SearchResponse): string {
  if (response.results.length === 0) {
    const nothing = response.note ?? `Nothing in the minutes matches "${response.query}".`;
    return response.suggestions.length > 0
      ? `${nothing} Did you mean: ${response.suggestions.join(", ")}?`
      : nothing;
  }
  const lines = [
    ...(response.note ? [response.note] : []),
    `${response.results.length} of ${response.total} matching agenda items for "${response.query}":`,
    ...response.results.map((result, i) => {
      const item = result.item.number
        ? `item ${result.item.number} ${result.item.title}`
        : result.item.title;
      return `${i + 1}. ${result.body} ${result.date}, ${item} (${result.source.file}:${result.source.line}, ${minutesUri(result.meetingId)}): ${result.excerpt}`;
    }),
  ];
  return lines.join("\n");
}
