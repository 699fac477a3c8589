import type { Action } from "../model.js";
import { actionList } from "./action-list.js";
import { actionTable } from "./action-table.js";
import type { TextLine } from "./lines.js";

/**
 * One layout of the actions gathered under an "Actions" heading at the end of the minutes. `read`
 * returns the actions the lines hold in this layout and the lines it used, or null when the layout
 * is not there; `restates` says when an action so read is one already recorded under its item.
 */
export interface ActionSectionReader {
  name: string;
  /** Real lines in this layout (joined with "\n"), as they stand under the heading. */
  example: string;
  read(lines: readonly TextLine[]): { actions: Action[]; used: ReadonlySet<number> } | null;
  restates(found: Action, recorded: Action): boolean;
}

/**
 * The layouts of an actions section, tried in this order; each reads the lines the readers before
 * it left. A new layout is one reader file and one row here (see DESIGN.md).
 */
export const ACTION_SECTION_READERS: readonly { reader: ActionSectionReader; why: string }[] = [
  {
    reader: actionTable,
    why: "a title row naming its columns claims the rows under it, whatever they say; a list reader would take each row for an entry",
  },
  {
    reader: actionList,
    why: "what no table claimed is read paragraph by paragraph as list entries, the general case",
  },
];

/**
 * The actions of an actions section that are not already recorded under their items: an action
 * summarised again at the end is counted once, where it was agreed.
 */
export function readActionSection(
  lines: readonly TextLine[],
  recorded: readonly Action[],
): Action[] {
  const found: Action[] = [];
  let left = lines;
  for (const { reader } of ACTION_SECTION_READERS) {
    const read = reader.read(left);
    if (!read) continue;
    found.push(...read.actions.filter((a) => !recorded.some((r) => reader.restates(a, r))));
    left = left.filter((l) => !read.used.has(l.line));
  }
  return found;
}
