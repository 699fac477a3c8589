import { beforeAll, describe, expect, it } from "vitest";
import { withMinutesTerms } from "../../src/answers/minutes-terms.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { buildSearch } from "../../src/search/index.js";
import type { MinutesSearch } from "../../src/search/types.js";

describe("withMinutesTerms", () => {
  let search: MinutesSearch;
  beforeAll(async () => {
    search = buildSearch((await loadCorpus("corpus")).meetings);
  });

  it.each([
    // "Overall information sharing was seen as a key element…" (004, line 47)
    ["information sharing", ["sharing"], ["information", "sharing"]],
    // "…developing the new London Policing Board…" (002, line 103)
    ["London Policing Board", ["london", "policing"], ["london", "policing", "board"]],
    // "…the opening up of hospitality and the night time economy…" (000, line 46)
    [
      "what was said about the night time economy",
      ["night", "economy"],
      ["night", "time", "economy"],
    ],
  ])("puts back the filler words of a term of the minutes: %j", (text, topic, expected) => {
    expect(withMinutesTerms(text, topic, search)).toEqual(expected);
  });

  it("leaves filler out when it makes no term with a topic word beside it", () => {
    expect(withMinutesTerms("information about fraud", ["fraud"], search)).toEqual(["fraud"]);
    expect(withMinutesTerms("what did the board say about fraud", ["fraud"], search)).toEqual([
      "fraud",
    ]);
  });

  // "…the Mayor raised the issue of police corruption…" (004): the minutes hold "mayor raised",
  // but "raise" is what the question asks of the Mayor, not part of its subject.
  it("joins no word the question asks of its subject", () => {
    expect(withMinutesTerms("what did the mayor raise at it?", ["mayor"], search)).toEqual([
      "mayor",
    ]);
  });

  it("keeps the topic as it is for a search that cannot tell terms", () => {
    expect(withMinutesTerms("information sharing", ["sharing"], {})).toEqual(["sharing"]);
  });
});
