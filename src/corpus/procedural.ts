/**
 * Agenda items every meeting has, which say nothing about what the board discussed: "Welcome and
 * apologies", "Minutes of the previous meeting and matters arising", "Notes of the last meeting",
 * "Action log", "Any other business", "Date of next meeting".
 */
const PROCEDURAL_ITEM =
  /\b(?:welcome|minutes|apologies|introductions|matters arising|action log|any other business|aob|date of (?:the )?next meeting)\b|\bnotes of (?:the )?(?:last |previous )?meeting\b/i;

/** Whether an agenda item's title is one of the items every meeting has. */
export function isProceduralItem(title: string): boolean {
  return PROCEDURAL_ITEM.test(title);
}
