/**
 * The Porter stemmer strips inflections, not derivations: "devolving" stems to "devolv" but
 * "devolution" to "devolut", "reducing" to "reduc" but "reduction" to "reduct", "fraudsters" to
 * "fraudster". Before stemming, a noun with one of these endings is rewritten as the word it
 * derives from, on both sides of the index, so a question in the verb finds minutes in the noun.
 *
 * Each rule keeps the letters before the ending (group 1) and requires enough of them that a short
 * word with a meaning of its own is left alone ("pension" is not "pend", "version" not "vert").
 * Endings whose verb is not a plain rewrite are left out: "commission" is not "commit",
 * "prevention" already stems like "prevent", "exception" like "except".
 */
export const DERIVATIONS: ReadonlyArray<readonly [ending: RegExp, base: string]> = [
  // devolution → devolve, resolution → resolve, solution → solve, evolution → evolve
  [/^(\p{L}+)olution$/u, "$1olve"],
  // reduction → reduce, introduction → introduce, production → produce
  [/^(\p{L}{2,})duction$/u, "$1duce"],
  // decision → decide, incision → incide
  [/^(\p{L}{2,})cision$/u, "$1cide"],
  // exclusion → exclude, inclusion → include, conclusion → conclude
  [/^(\p{L}+)clusion$/u, "$1clude"],
  // consumption → consume, assumption → assume
  [/^(\p{L}{2,})sumption$/u, "$1sume"],
  // suspension → suspend, extension → extend, apprehension → apprehend (not pension, tension)
  [/^(\p{L}{3,})ension$/u, "$1end"],
  // diversion → divert, conversion → convert (not version; "diverse" keeps its own stem)
  [/^(\p{L}{2,})version$/u, "$1vert"],
  // identification → identify, notification → notify, justification → justify
  [/^(\p{L}{2,})ification$/u, "$1ify"],
  // deferral → defer, referral → refer; approval → approve (not "oral", "rival")
  [/^(\p{L}{2,}r)ral$/u, "$1"],
  [/^(\p{L}+)roval$/u, "$1rove"],
  // violent → violence
  [/^(\p{L}{2,})olent$/u, "$1olence"],
  // fraudster → fraud, gangster → gang, youngster → young: the person named after the deed. A
  // consonant before the ending, and four letters, keep minister, register and cluster whole.
  [/^(\p{L}{3,}[b-df-hj-np-tv-xz])ster$/u, "$1"],
];

// A plural is read as its singular first, so "reductions" and "fraudsters" follow the rules too.
const PLURAL = /^(\p{L}{4,}[^s])s$/u;

// The letters each rule's word must end in (what follows its group): most words end in none of
// them, and telling so by endsWith spares the thirteen Unicode patterns, which cost a word 17 µs.
// Stems are remembered, but a start from the index cache meets every word of its first answers
// afresh (see stemWord).
const ENDINGS = DERIVATIONS.map(([ending]) =>
  ending.source.slice(ending.source.lastIndexOf(")") + 1, -1),
);

/** The word a derived noun comes from ("devolution" → "devolve"), or the word itself. */
export function derivationBase(word: string): string {
  const singular = word.endsWith("s") ? word.replace(PLURAL, "$1") : word;
  for (const [rule, [ending, base]] of DERIVATIONS.entries()) {
    if (singular.endsWith(ENDINGS[rule] as string) && ending.test(singular))
      return singular.replace(ending, base);
  }
  return word;
}
