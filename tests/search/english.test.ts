import { describe, expect, it } from "vitest";
import { EnglishWords } from "../../src/search/english.js";

const english = EnglishWords.shared();

describe("EnglishWords", () => {
  it.each(["hate", "acid", "zone", "dick", "nick", "aid", "one", "date"])(
    "reads %j as an English word, never as a typo of another",
    (word) => {
      expect(english.read(word)).toEqual({ word: true, name: false });
    },
  );

  it.each(["cressida", "casey", "owens"])("reads %j as a name only", (word) => {
    expect(english.read(word)).toEqual({ word: false, name: true });
  });

  it.each([
    // Inflected by the dictionary's suffix rules: plurals, -ing, -ed, British -isation.
    "burglaries",
    "stabbings",
    "homicides",
    "victimisation",
    "organisations",
    "prevented",
    // And by a prefix with a suffix: un- + accept + -able.
    "unacceptable",
  ])("reads the inflected form %j", (word) => {
    expect(english.read(word).word).toBe(true);
  });

  it.each(["homocide", "corupption", "stakling", "prevnet", "disproportionalty", "crme", "ulez"])(
    "does not know %j, so it may be a typo",
    (word) => {
      expect(english.read(word)).toEqual({ word: false, name: false });
    },
  );
});
