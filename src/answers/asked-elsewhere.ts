import { sentencesOf } from "../corpus/record/sentences.js";
import { wordStems as stems } from "../search/stem.js";
import { SYNONYMS } from "../search/synonyms.js";

/**
 * The stems of a deed the question asks after in everyday words the minutes write otherwise
 * ("give": provide, offer), with those words; none when it asks none.
 */
function deedStems(asked: string, subject: readonly string[]): Set<string> {
  const own = new Set(subject.flatMap((word) => stems(word)));
  const deeds = new Set<string>();
  for (const stem of stems(asked)) {
    const others = SYNONYMS[stem];
    if (own.has(stem) || !others) continue;
    deeds.add(stem);
    for (const other of others) deeds.add(other);
  }
  return deeds;
}

/** Per sentence of a passage: how many subject words it holds, and whether it does the deed. */
function deedSentences(
  text: string,
  terms: ReadonlySet<string>,
  deeds: ReadonlySet<string>,
): { text: string; subject: number; deed: boolean }[] {
  return sentencesOf(text).map((sentence) => {
    const all = new Set(stems(sentence));
    return {
      text: sentence,
      subject: [...terms].filter((stem) => all.has(stem)).length,
      deed: [...deeds].some((stem) => all.has(stem)),
    };
  });
}

/**
 * The passage of an item (by index) whose sentence does the deed asked with as many of the
 * subject's words as the found passage's best sentence, and that sentence; null when the found
 * passage does it, or none does.
 */
export function passageDoingAsked(
  asked: string,
  subject: readonly string[],
  passages: readonly { text: string }[],
  at: number,
): { index: number; sentence: string } | null {
  const deeds = deedStems(asked, subject);
  if (deeds.size === 0) return null;
  const terms = new Set(
    subject.flatMap((word) => stems(word)).flatMap((stem) => [stem, ...(SYNONYMS[stem] ?? [])]),
  );
  const found = deedSentences(passages[at]?.text ?? "", terms, deeds);
  if (found.some((s) => s.deed && s.subject > 0)) return null;
  const best = Math.max(0, ...found.map((s) => s.subject));
  for (const [index, passage] of passages.entries()) {
    if (index === at) continue;
    const doing = deedSentences(passage.text, terms, deeds).find(
      (s) => s.deed && s.subject > 0 && s.subject >= best,
    );
    if (doing) return { index, sentence: doing.text };
  }
  return null;
}

/**
 * "So what's next for it?" after the Youth Action Plan: a follow-up whose words asked now
 * ("next") no sentence of the found passage holds, which the search found by the words carried
 * over, while another passage of the same item holds them ("The next steps were to finalise and
 * launch the plan"): that passage (by index), and its sentence holding most of them. Null when
 * nothing is carried over, the found passage holds a word asked now, or no other passage does.
 */
export function passageAskedNow(
  asked: string,
  subject: readonly string[],
  passages: readonly { text: string }[],
  at: number,
): { index: number; sentence: string } | null {
  const askedNow = new Set(stems(asked));
  const subjectStems = subject.flatMap((word) => stems(word));
  const own = new Set(subjectStems.filter((stem) => askedNow.has(stem)));
  if (own.size === 0 || subjectStems.every((stem) => askedNow.has(stem))) return null;
  const holding = (text: string) =>
    sentencesOf(text).map((sentence) => ({
      sentence,
      count: new Set(stems(sentence).filter((stem) => own.has(stem))).size,
    }));
  if (holding(passages[at]?.text ?? "").some((s) => s.count > 0)) return null;
  let best: { index: number; sentence: string; count: number } | null = null;
  for (const [index, passage] of passages.entries()) {
    if (index === at) continue;
    for (const { sentence, count } of holding(passage.text))
      if (count > 0 && (!best || count > best.count)) best = { index, sentence, count };
  }
  return best ? { index: best.index, sentence: best.sentence } : null;
}
