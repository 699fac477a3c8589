import type { Answer } from "../../answers/answer.js";
import { answerToTerminal } from "../../console/terminal.js";
import { answerToMrkdwn } from "../../slack/blocks/mrkdwn.js";

// The JSON form of an answer is the CLI's (CONTRACT.md); the MCP server is a second way of calling
// `lcrb` from a program, so its `ask` tool returns this same document and imports this file rather
// than building its own. The two texts come from the faces that own them through their renderer
// files, which import only answers/ (never Bolt, a listener or the terminal): plain text is what
// `lcrb ask` prints without --json, and `mrkdwn` is Slack's own form.

/**
 * An Answer as the JSON document of `lcrb ask --json` (CONTRACT.md: intent, meeting, candidates,
 * results, upcoming, text; the 2026-12 additions: query, meetings, and mrkdwn beside a plain
 * `text`) plus the rest of the Answer. `lcrb ask`, `lcrb chat` and the MCP `ask` tool all use it.
 */
export function answerToJson(answer: Answer): Record<string, unknown> {
  return {
    intent: answer.intent,
    kind: answer.kind,
    ...(answer.kind === "yes-no" ? { verdict: answer.verdict } : {}),
    ...(answer.kind === "count" ? { count: answer.count } : {}),
    ...(answer.kind === "comparison" ? { comparison: answer.comparison } : {}),
    meeting: answer.meeting,
    candidates: answer.candidates,
    results: answer.results,
    upcoming: answer.upcoming,
    meetings: answer.meetings,
    query: answer.query,
    text: answerToTerminal(answer, { color: false }).trimEnd(),
    mrkdwn: answerToMrkdwn(answer),
    question: answer.question,
    title: answer.title,
    summary: answer.summary,
    sections: answer.sections,
    followUps: answer.followUps,
    more: answer.more,
  };
}
