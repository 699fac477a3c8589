import type { Answer } from "../answer.js";
import { answerToMrkdwn } from "./mrkdwn.js";
import { answerToTerminal } from "./terminal.js";

/**
 * An Answer as the JSON document of `lcrb ask --json` (CONTRACT.md: intent, meeting, candidates,
 * results, upcoming, text; the 2026-12 additions: query, meetings, and mrkdwn beside a plain
 * `text`) plus the rest of the Answer. Every face that hands an answer to a program (the CLI,
 * `lcrb chat`, the MCP server) uses this one shape.
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
