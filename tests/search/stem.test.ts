import { describe, expect, it } from "vitest";
import { derivationBase } from "../../src/search/derivation.js";
import { stemWord } from "../../src/search/stem.js";

describe("derivationBase", () => {
  it.each([
    ["devolution", "devolve"],
    ["resolutions", "resolve"],
    ["reduction", "reduce"],
    ["decisions", "decide"],
    ["exclusion", "exclude"],
    ["consumption", "consume"],
    ["suspension", "suspend"],
    ["diversion", "divert"],
    ["identification", "identify"],
    ["violent", "violence"],
    ["fraudsters", "fraud"],
    ["youngster", "young"],
    // Short or unrelated words with the same ending keep their meaning.
    ["pension", "pension"],
    ["version", "version"],
    ["minister", "minister"],
    ["register", "register"],
    ["cluster", "cluster"],
    ["commission", "commission"],
    ["business", "business"],
  ])("%j derives from %j", (word, base) => {
    expect(derivationBase(word)).toBe(base);
  });
});

describe("stemWord", () => {
  it.each([
    ["devolving", "devolution"],
    ["devolve", "devolved"],
    ["resolve", "resolution"],
    ["prosecute", "prosecution"],
    ["reducing", "reductions"],
    ["decided", "decision"],
    ["diverting", "diversion"],
    ["violent", "violence"],
    ["fraudsters", "fraud"],
    ["defrauded", "fraud"],
    ["defrauding", "frauds"],
    ["fraudulent", "fraud"],
  ])("gives %j and %j one stem", (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });

  it.each([
    ["commit", "commission"],
    ["pension", "suspend"],
    ["diversion", "diversity"],
    ["minister", "mini"],
    ["prevent", "event"],
  ])("keeps %j and %j apart", (a, b) => {
    expect(stemWord(a)).not.toBe(stemWord(b));
  });
});
