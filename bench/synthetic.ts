import { type AgendaItem, BODY_TITLES, type Body, type Meeting } from "../src/corpus/model.js";
import { between, pick, seededRandom } from "./random.js";

/**
 * Meetings made up from the words of real minutes: passages come from a word-pair (bigram) chain
 * trained on the real passages, titles are real titles, dates and bodies are random. They read as
 * nonsense but have the vocabulary, word frequencies and shape of the real thing, which is what
 * index size and query time depend on.
 */
export function syntheticMeetings(real: Meeting[], count: number, seed: number): Meeting[] {
  const random = seededRandom(seed);
  const chain = bigramChain(
    real.flatMap((m) => m.items.flatMap((i) => i.passages.map((p) => p.text))),
  );
  const titles = real.flatMap((m) => m.items.map((item) => item.title));
  const starts = [...chain.keys()].filter((word) => /^[A-Z]/.test(word));
  const sentence = (): string => {
    let word = pick(random, starts);
    const words = [word];
    const length = between(random, 8, 30);
    while (words.length < length) {
      const next = chain.get(word);
      if (!next || next.length === 0) break;
      word = pick(random, next);
      words.push(word);
    }
    return `${words.join(" ").replace(/[.,;:]+$/, "")}.`;
  };
  const seen = new Map<string, number>();
  const meetings: Meeting[] = [];
  for (let n = 0; n < count; n++) {
    const body: Body = random() < 0.7 ? "LCRB" : "DMG";
    const date = `${between(random, 2010, 2024)}-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}`;
    const base = `${body.toLowerCase()}-${date}`;
    const copies = (seen.get(base) ?? 0) + 1;
    seen.set(base, copies);
    let line = 20;
    const items: AgendaItem[] = Array.from({ length: between(random, 4, 8) }, (_, i) => {
      const item: AgendaItem = {
        number: String(i + 1),
        title: pick(random, titles),
        line,
        passages: [],
      };
      line += 2;
      for (let p = between(random, 1, 4); p > 0; p--) {
        const text = Array.from({ length: between(random, 1, 4) }, sentence).join(" ");
        item.passages.push({ text, line });
        line += 2;
      }
      return item;
    });
    meetings.push({
      id: copies === 1 ? base : `${base}-${copies}`,
      file: `synthetic/${String(n).padStart(5, "0")}.txt`,
      body,
      title: BODY_TITLES[body],
      date,
      time: null,
      venue: null,
      attendees: [],
      items,
      actions: [],
      decisions: [],
      commitments: [],
      nextMeetings: [],
      source: null,
    });
  }
  return meetings;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Each word → the words that follow it in the texts (with repeats, so frequent pairs weigh more). */
function bigramChain(texts: string[]): Map<string, string[]> {
  const chain = new Map<string, string[]>();
  for (const text of texts) {
    const words = text.split(/\s+/).filter((word) => word.length > 0);
    for (let i = 0; i + 1 < words.length; i++) {
      const word = words[i] as string;
      const next = chain.get(word) ?? [];
      next.push(words[i + 1] as string);
      chain.set(word, next);
    }
  }
  return chain;
}
