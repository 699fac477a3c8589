import type { Action } from "../model.js";
import type { ActionSectionReader } from "./action-section-readers.js";
import { opensOwnedTask, readActionEntry } from "./actions.js";
import { comparable, type TextLine } from "./lines.js";
import { buildPassages } from "./passages.js";

export const actionList: ActionSectionReader = {
  name: "list of actions",
  example: "1. MOPAC to circulate the paper (Item 2)\n2. London Councils to write to the boroughs",
  read: (lines) => {
    const actions: Action[] = [];
    const used = new Set<number>();
    for (const passage of entries(lines)) {
      const entry = readActionEntry(passage.text);
      if (!entry) continue;
      actions.push({ ...entry, line: passage.line });
      used.add(passage.line);
    }
    return actions.length > 0 ? { actions, used } : null;
  },
  restates,
};

// The list's paragraphs, a line opening with its owner and a task ("MPS – report …") beginning one
// of its own: "MOPAC – circulate … to DMG members" | "MPS – report …" are two entries, not one
// wrapped line.
function entries(lines: readonly TextLine[]) {
  if (!lines.some((l, i) => i > 0 && opensOwnedTask(l.text))) return buildPassages(lines);
  const passages = [];
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !opensOwnedTask((lines[i] as TextLine).text)) continue;
    passages.push(...buildPassages(lines.slice(from, i)));
    from = i;
  }
  return passages;
}

// "1. MOPAC to circulate the paper (Item 2)" restates "ACTION: MOPAC to circulate the paper." under
// item 2: the same owner, the same item when the list names one, and one wording within the other
// once item and owner references are set aside. The list's own numbering says nothing either way.
function restates(entry: Action, recorded: Action): boolean {
  if ((entry.owner ?? "").toLowerCase() !== (recorded.owner ?? "").toLowerCase()) return false;
  if (entry.item !== null && entry.item !== recorded.item) return false;
  const [x, y] = [wording(entry.text), wording(recorded.text)];
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function wording(text: string): string {
  return comparable(
    text.replace(
      /\(\s*(?:(?:agenda\s+)?items?\s+\d[^)]*|(?:owner|lead|responsible)\b[^)]*)\)/gi,
      "",
    ),
  );
}
