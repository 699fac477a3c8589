import { describe, expect, it } from "vitest";
import { buildGlossary, mineAcronyms, phraseStems } from "../../src/search/glossary.js";

describe("mineAcronyms", () => {
  it("reads 'Expansion (ACRO)' pairs, skipping minor words the acronym leaves out", () => {
    const mined = mineAcronyms([
      "in particular youth violence and VAWG (Violence Against Women and Girls).",
      "The deferral of the mayoral election has meant that the latest the Police and Crime Plan (PCP) can be published was March 2022.",
    ]);
    expect(mined).toContainEqual({ acronym: "PCP", expansions: ["Police and Crime Plan"] });
    expect(mined).toContainEqual({
      acronym: "VAWG",
      expansions: ["Violence Against Women and Girls"],
    });
  });

  it("reads 'ACRO (expansion)' pairs, where minor words may count as letters", () => {
    const mined = mineAcronyms([
      "The CPS provided an update on the partnership work that has been pursued with the MPS around RASSO (rape and serious sexual offences) highlighting further work",
    ]);
    expect(mined).toEqual([{ acronym: "RASSO", expansions: ["rape and serious sexual offences"] }]);
  });

  it("finds the shortest run of words that spells the acronym", () => {
    const mined = mineAcronyms([
      "the development and assessment of the borough violence reduction action plans (VRAP) and to bring together groups",
    ]);
    expect(mined).toEqual([{ acronym: "VRAP", expansions: ["violence reduction action plans"] }]);
  });

  it("ignores people's initials in attendance lists and brackets that spell nothing", () => {
    expect(
      mineAcronyms([
        "Sadiq Khan (SK) Mayor",
        "Debbie Weekes-Bernard (DBW) Deputy Mayor",
        "Cllr Jas Athwal (JA) London Councils",
        "Minutes Of Last Meeting/Actions (15 September)",
      ]),
    ).toEqual([]);
  });
});

describe("buildGlossary", () => {
  it("maps acronyms and their aliases to one index term", () => {
    const glossary = buildGlossary();
    expect(glossary.acronyms.get("mps")).toBe("mps");
    expect(glossary.acronyms.get("met")).toBe("mps");
    expect(glossary.everydayAliases.has("met")).toBe(true);
  });

  it("indexes expansion phrases by their first stem", () => {
    const glossary = buildGlossary();
    const phrases = glossary.phrases.get("counter") ?? [];
    expect(phrases).toContainEqual({ stems: phraseStems("Counter Terrorism"), acronym: "ct" });
  });

  it("adds mined acronyms next to the curated ones", () => {
    const glossary = buildGlossary([
      { acronym: "VRAP", expansions: ["violence reduction action plans"] },
    ]);
    expect(glossary.expansions.get("vrap")).toEqual([
      phraseStems("violence reduction action plans"),
    ]);
  });
});
