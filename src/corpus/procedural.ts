/**
 * Agenda items every meeting has, which say nothing about what the board discussed: "Welcome and
 * apologies", "Minutes of the previous meeting and matters arising", "Any other business".
 */
const PROCEDURAL_ITEM = /\b(welcome|minutes|apologies|any other business|aob)\b/i;

/** Whether an agenda item's title is one of the items every meeting has. */
export function isProceduralItem(title: string): boolean {
  return PROCEDURAL_ITEM.test(title);
}
