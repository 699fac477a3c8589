import { narrowed, WIDE } from "../one-byte.js";

// A sentence ends at . ! ? after a letter, a digit, a closing bracket or quote, followed by space and
// what can start the next one: "e.g. the MPS" does not end one, since the next word must start with
// a capital or a digit. The pattern finds only where a stop meets space; the letters either side are
// then read by their character codes, which is what a lookbehind over Unicode classes cost most of
// the time of splitting.
const STOP_THEN_SPACE = /[.!?]\s+/g;
// What may stand before the stop, and what may open the next sentence, beyond ASCII.
const BEFORE_STOP = /^[\p{L}\p{N}’]$/u;
const OPENING = /^[\p{Lu}\p{N}]$/u;
// Minutes number their paragraphs ("9. The Board agreed …"); the number is no part of the sentence.
// "2.3 Members …" numbers a paragraph without a closing stop; "a) how …" letters a list entry.
const PARAGRAPH_NUMBER = /^(?:\(?\d{1,3}(?:\.\d{1,2})*[.)]|\d{1,3}(?:\.\d{1,2})+|\(?[a-z][.)])\s+/;

/**
 * The sentences of a passage, in order, with paragraph numbers and markup asterisks removed. A
 * passage's white space comes collapsed (buildPassages); only asterisks taken out can leave two
 * spaces together, so only then is it collapsed again.
 */
export function sentencesOf(passage: string): string[] {
  return splitSentences(passage).sentences;
}

/**
 * A passage split into sentences (sentencesOf), with the text they were cut from and where each
 * one's piece of it starts: `clean` from `starts[i]` up to `starts[i + 1]` holds sentence `i` and
 * the white space around it, nothing else. Readers that look for words in every sentence search
 * `clean` once instead.
 */
export interface SentenceSplit {
  clean: string;
  sentences: string[];
  starts: number[];
}

export function splitSentences(passage: string): SentenceSplit {
  const clean = (passage.includes("*") ? unstarred(passage) : passage)
    .trim()
    .replace(PARAGRAPH_NUMBER, "");
  const sentences: string[] = [];
  const starts: number[] = [];
  const add = (from: number, to: number) => {
    const trimmed = clean.slice(from, to).trim();
    if (trimmed.length === 0) return;
    sentences.push(trimmed);
    starts.push(from);
  };
  let start = 0;
  STOP_THEN_SPACE.lastIndex = 0;
  for (let m = STOP_THEN_SPACE.exec(clean); m !== null; m = STOP_THEN_SPACE.exec(clean)) {
    const next = m.index + m[0].length;
    if (!endsBefore(clean, m.index) || !opensAt(clean, next)) continue;
    add(start, m.index + 1);
    start = next;
  }
  add(start, clean.length);
  // A passage with a curly quote or dash in it is held two bytes a character, and so is each of
  // its sentences: those without one are made one byte a character for the readers (one-byte.ts).
  if (WIDE.test(clean))
    for (let i = 0; i < sentences.length; i++) sentences[i] = narrowed(sentences[i] as string);
  return { clean, sentences, starts };
}

// Whether the character before the stop at `stop` may end a sentence: a letter, a digit, ) ’ ' ".
function endsBefore(text: string, stop: number): boolean {
  const code = text.charCodeAt(stop - 1);
  if (code < 0x80)
    return isAsciiLetter(code) || isDigit(code) || code === 0x29 || code === 0x27 || code === 0x22;
  // A letter outside the basic plane is a surrogate pair: its low half stands before the stop.
  const pair = code >= 0xdc00 && code <= 0xdfff && isHighSurrogate(text.charCodeAt(stop - 2));
  return BEFORE_STOP.test(pair ? text.slice(stop - 2, stop) : (text[stop - 1] ?? ""));
}

// Whether a sentence may open at `at`: a capital or a digit, after at most one opening quote or
// bracket.
function opensAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const quoted =
    code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0x28;
  return isCapitalOrDigit(text, quoted ? at + 1 : at);
}

function isCapitalOrDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || isDigit(code);
  const point = text.codePointAt(at);
  return point !== undefined && OPENING.test(String.fromCodePoint(point));
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function unstarred(passage: string): string {
  return passage.replace(/\*+/g, "").replace(/\s+/g, " ");
}
