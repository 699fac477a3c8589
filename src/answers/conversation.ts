/**
 * What people say to a bot that is not a question: thanks, greetings, "ok". Each deserves a short
 * polite reply, not a search for "thanks". A message is conversational only when the whole of it
 * is made of these phrases ("ok thanks!", "good morning"), so "thanks for the fraud update" is
 * still a question.
 */
export interface Courtesy {
  /** The reply's first words: what a person would say back. */
  reply: string;
  phrases: readonly string[];
}

export const COURTESIES: readonly Courtesy[] = [
  {
    reply: "You're welcome.",
    phrases: [
      "thanks",
      "thank you",
      "thank u",
      "thanks a lot",
      "thanks so much",
      "thank you so much",
      "thank you very much",
      "many thanks",
      "thx",
      "ty",
      "ta",
      "cheers",
      "much appreciated",
      "appreciated",
    ],
  },
  {
    reply: "Hello.",
    phrases: [
      "good morning",
      "good afternoon",
      "good evening",
      "morning",
      "afternoon",
      "evening",
      "hi there",
      "hello there",
      "hey there",
      "hiya",
      "howdy",
      "how are you",
    ],
  },
  {
    reply: "Goodbye.",
    phrases: ["bye", "goodbye", "see you", "see ya", "cya", "good night"],
  },
  {
    reply: "Glad to help.",
    phrases: [
      "ok",
      "okay",
      "k",
      "kk",
      "cool",
      "great",
      "nice",
      "got it",
      "fine",
      "sure",
      "understood",
      "noted",
      "perfect",
      "brilliant",
      "lovely",
      "lol",
      "haha",
      "ha",
    ],
  },
];

// Every phrase, longest first, so "thank you" is read before "thank".
const PHRASES = COURTESIES.flatMap((courtesy) =>
  courtesy.phrases.map((phrase) => ({ phrase, courtesy })),
).sort((a, b) => b.phrase.length - a.phrase.length);

/**
 * The courtesy a whole message is, or null when any of it is more than courtesy. Punctuation,
 * emoji and "all" or "bot" at the end ("thanks all", "cheers bot") are allowed. Of several
 * ("ok thanks"), the one listed first in {@link COURTESIES} is answered.
 */
export function courtesyOf(text: string): Courtesy | null {
  let rest = text
    .toLowerCase()
    .replace(/[^a-z' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const found: Courtesy[] = [];
  while (rest.length > 0) {
    const next = PHRASES.find(({ phrase }) => rest === phrase || rest.startsWith(`${phrase} `));
    if (!next) {
      if (!ADDRESSEES.has(rest)) return null;
      break;
    }
    found.push(next.courtesy);
    rest = rest.slice(next.phrase.length).trim();
  }
  return COURTESIES.find((courtesy) => found.includes(courtesy)) ?? null;
}

// Who a courtesy may be addressed to, at its end.
const ADDRESSEES = new Set(["all", "everyone", "bot", "mate", "again", "so much", "a lot"]);
