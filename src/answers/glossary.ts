import type { Meeting } from "../corpus/model.js";
import { type AcronymEntry, JUSTICE_ACRONYMS } from "../search/acronyms.js";
import { acronymPairs } from "../search/glossary.js";

/** Where the minutes first spell an acronym out, or first use one they never spell out. */
export interface GlossarySource {
  meeting: Meeting;
  line: number;
}

/** What an acronym stands for, and where the minutes say so. */
export interface GlossaryDefinition {
  acronym: string;
  /** The spelling-out, as the minutes first wrote it (then the curated table's, if different). */
  expansions: string[];
  /** The first meeting and line that spells it out; null when only the curated table does. */
  defined: GlossarySource | null;
  /** The first meeting and line that uses it at all (for a curated entry the minutes never define). */
  firstUsed: GlossarySource | null;
  /** True when the curated table of common bodies knows it. */
  curated: boolean;
}

interface Line {
  meeting: Meeting;
  line: number;
  text: string;
}

// Every line of text the minutes hold, in date then line order: attendance lines (where
// "Metropolitan Police Service (MPS)" is spelt out), agenda item titles and passages.
function linesOf(meetings: readonly Meeting[]): Line[] {
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.flatMap((meeting) =>
    [
      ...meeting.attendees.map((a) => ({
        meeting,
        line: a.line,
        text: [a.honorific, a.role, a.organisation].filter(Boolean).join(", "),
      })),
      ...meeting.items.flatMap((item) => [
        { meeting, line: item.line, text: item.title },
        ...item.passages.map((p) => ({ meeting, line: p.line, text: p.text })),
      ]),
    ].sort((a, b) => a.line - b.line),
  );
}

const key = (acronym: string) => acronym.toUpperCase();

/**
 * The glossary of the minutes: every acronym they spell out ("Violence Against Women and Girls
 * (VAWG)"), with the first place they do, plus the curated table of common bodies they use
 * without spelling out (MOPAC, VRU, CPS …). Keyed by the acronym in capitals.
 */
export function glossaryOf(meetings: readonly Meeting[]): Map<string, GlossaryDefinition> {
  const glossary = new Map<string, GlossaryDefinition>();
  const lines = linesOf(meetings);
  for (const line of lines)
    for (const { acronym, expansion } of acronymPairs(line.text)) {
      const entry = glossary.get(key(acronym));
      if (!entry)
        glossary.set(key(acronym), {
          acronym,
          expansions: [expansion],
          defined: { meeting: line.meeting, line: line.line },
          firstUsed: null,
          curated: false,
        });
    }
  for (const curated of JUSTICE_ACRONYMS) addCurated(glossary, curated);
  for (const entry of glossary.values()) entry.firstUsed = firstUse(entry.acronym, lines);
  return glossary;
}

function addCurated(glossary: Map<string, GlossaryDefinition>, curated: AcronymEntry): void {
  const entry = glossary.get(key(curated.acronym));
  const [first] = curated.expansions;
  if (!first) return;
  if (!entry) {
    glossary.set(key(curated.acronym), {
      acronym: curated.acronym,
      expansions: [first],
      defined: null,
      firstUsed: null,
      curated: true,
    });
    return;
  }
  entry.curated = true;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  if (!entry.expansions.some((e) => same(e, first))) entry.expansions.push(first);
}

function firstUse(acronym: string, lines: readonly Line[]): GlossarySource | null {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, "u");
  const line = lines.find((l) => word.test(l.text));
  return line ? { meeting: line.meeting, line: line.line } : null;
}

/**
 * What a word the question asks about stands for: an acronym in any case ("vru", "MoJ"), or an
 * everyday name the curated table gives one ("the Met" is the MPS). Null when neither knows it.
 */
export function defineTerm(
  term: string,
  glossary: ReadonlyMap<string, GlossaryDefinition>,
): GlossaryDefinition | null {
  const direct = glossary.get(key(term));
  if (direct) return direct;
  const alias = JUSTICE_ACRONYMS.find((entry) =>
    (entry.aliases ?? []).some((a) => a.toLowerCase() === term.toLowerCase()),
  );
  return alias ? (glossary.get(key(alias.acronym)) ?? null) : null;
}
