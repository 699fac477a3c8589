import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pick, seededRandom } from "../../../bench/random.js";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { sentencesOf } from "../../../src/corpus/record/sentences.js";
import {
  leadingNounPhrase,
  wholeNounPhrase,
  wordAfterNounPhrase,
} from "../../../src/corpus/record/subjects.js";

function seedSentences(): string[] {
  const dir = new URL("../../../corpus/", import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".txt"))
    .flatMap((file) => {
      const meeting = parseMinutes(readFileSync(new URL(file, dir), "utf8"), file).meeting;
      return (
        meeting?.items.flatMap((item) => item.passages.flatMap((p) => sentencesOf(p.text))) ?? []
      );
    });
}

describe("the noun phrase that opens a sentence", () => {
  it.each([
    // Real lines from the seed minutes.
    [
      "London Councils and MOPAC will lead on this.",
      ["London", "Councils", "and", "MOPAC"],
      "will",
    ],
    [
      "MOPAC officers made clear their support to partners stating that they would provide and the tools to assist work to tackle fraud.",
      ["MOPAC", "officers"],
      "made",
    ],
    ["Members noted MOPAC's intention to set up a roundtable.", ["Members"], "noted"],
    [
      "The Mayor and DMPC advised that MOPAC accept the recommendations.",
      ["The", "Mayor", "and", "DMPC"],
      "advised",
    ],
    // Written variant: an action with no finite verb.
    ["MOPAC to update partners on the fraud roundtable by 30 June 2023.", ["MOPAC"], "to"],
  ])("reads %j", (sentence, phrase, next) => {
    expect(leadingNounPhrase(sentence)).toEqual(phrase);
    expect(wordAfterNounPhrase(sentence)).toBe(next);
  });

  it("names no phrase, and no word after it, for a sentence opening with a word that is no subject", () => {
    const sentence =
      "Since publishing the Youth Justice Criminal Action Plan in Autumn 2019, MOPAC's Disproportionality Challenge Fund was launched in June 2022.";
    expect(leadingNounPhrase(sentence)).toBeNull();
    expect(wordAfterNounPhrase(sentence)).toBeNull();
  });

  it("splits words at any white space and at commas, and drops a possessive 's", () => {
    expect(
      leadingNounPhrase("London\u00a0Councils,\u3000MOPAC’s\tofficers\u2028and Partners agreed"),
    ).toEqual(["London", "Councils", "MOPAC", "officers", "and", "Partners"]);
    expect(wholeNounPhrase("MOPAC's officers")).toEqual(["MOPAC", "officers"]);
  });

  it("has 'to' after it wherever an action is written 'MOPAC to …'", () => {
    // undertakings tries its 'X to do' pattern only where this holds, so it must hold wherever the
    // pattern finds a whole subject before "to".
    const random = seededRandom(11);
    const words =
      "MOPAC The Board Members partners to To the of and update When It London Councils’s , officers will".split(
        " ",
      );
    const generated = Array.from({ length: 20_000 }, () => {
      let sentence = "";
      const length = 1 + Math.floor(random() * 8);
      for (let i = 0; i < length; i++)
        sentence += `${pick(random, words)}${pick(random, [" ", " ", "  ", ", ", "\u00a0"])}`;
      return `${sentence}${pick(random, ["to ", "", "will "])}share data.`;
    });
    let actions = 0;
    for (const sentence of [...seedSentences(), ...generated]) {
      const opening = /^(.+?)\s+to\s+([a-z]+)\b/.exec(sentence);
      if (!opening?.[1] || !wholeNounPhrase(opening[1])) continue;
      actions++;
      expect(wordAfterNounPhrase(sentence), sentence).toBe("to");
    }
    expect(actions).toBeGreaterThan(1000);
  });
});
