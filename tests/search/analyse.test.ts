import { describe, expect, it } from "vitest";
import { analyseDocument, analyseQuery, documentTerms } from "../../src/search/analyse.js";
import { buildGlossary } from "../../src/search/glossary.js";

const glossary = buildGlossary();
const subjects = (query: string) => analyseQuery(query, glossary).map((concept) => concept.words);
const terms = (text: string) => analyseDocument(text, glossary).map((entry) => entry.terms);

describe("analyseQuery", () => {
  it.each([
    ["what did the board say about fraud?", ["board", "fraud"]],
    ["Tell me anything discussed on VAWG please", ["vawg"]],
    ["what is the", []],
    ["?!:~^+-*", []],
    ["MOPAC's oversight", ["mopac", "oversight"]],
    ["violence against women and girls", ["violence against women and girls"]],
    ["counter-terrorism", ["counter terrorism"]],
    ["pre-handcuffing review", ["pre-handcuffing", "review"]],
    ["^2", []],
    ["item 2 in 2015", ["item", "2015"]],
  ])("%j asks about %j", (query, expected) => {
    expect(subjects(query)).toEqual(expected);
  });

  it("keeps acronyms from the stemmer: 'MPS' and 'mps' are not 'mp'", () => {
    for (const query of ["MPS", "mps"]) {
      const [concept] = analyseQuery(query, glossary);
      expect(concept?.alternatives[0]).toEqual(["mps"]);
    }
  });

  it("lets an acronym match its expansion and an expansion match its acronym", () => {
    const [vawg] = analyseQuery("vawg", glossary);
    expect(vawg?.alternatives).toContainEqual(["vawg"]);
    expect(vawg?.alternatives).toContainEqual(["violenc", "woman", "girl"]);
    const [ct] = analyseQuery("counter terrorism", glossary);
    expect(ct?.alternatives[0]).toEqual(["ct"]);
  });

  it("reads 'met' as the police and as the verb, since a question is in lower case", () => {
    const [met] = analyseQuery("met", glossary);
    expect(met?.alternatives).toContainEqual(["mps"]);
    expect(met?.alternatives).toContainEqual(["met"]);
  });

  it("folds plurals and derived forms onto one stem", () => {
    const stemOf = (word: string) => analyseQuery(word, glossary)[0]?.alternatives[0];
    expect(stemOf("homicides")).toEqual(stemOf("homicide"));
    expect(stemOf("terrorists")).toEqual(stemOf("terrorism"));
    expect(stemOf("extremists")).toEqual(stemOf("extremism"));
  });

  it("reads a run of an acronym's words said short as the acronym: 'black and asian', 'ethnic minority'", () => {
    // BAME is Black, Asian and Minority Ethnic; the minutes write only "BAME officer".
    for (const query of [
      "black and asian officers",
      "ethnic minority officers",
      "black and minority ethnic candidates",
    ]) {
      const [bame] = analyseQuery(query, glossary);
      expect(bame?.alternatives).toContainEqual(["bame"]);
    }
  });

  it("reads no acronym from words the minutes hold as typed, nor from a name's middle words", () => {
    // "Deputy mayor" is of the Deputy Mayor for Policing and Crime, but the minutes write it.
    const held = () => true;
    expect(analyseQuery("deputy mayor", glossary, new Set(), held).map((c) => c.words)).toEqual([
      "deputy",
      "mayor",
    ]);
    // "Crime reduction" is no name for the London Crime Reduction Board.
    expect(analyseQuery("crime reduction", glossary).map((c) => c.words)).toEqual([
      "crime",
      "reduction",
    ]);
  });

  it("reads two words English writes as one as that word too: 'night life', nightlife", () => {
    const [nightlife] = analyseQuery("night life", glossary);
    expect(nightlife?.words).toBe("night life");
    expect(nightlife?.alternatives).toContainEqual(["night", "life"]);
    expect(nightlife?.alternatives).toContainEqual(["night", "time", "economi"]);
    // Not two words English keeps apart.
    expect(subjects("knife crime")).toEqual(["knife", "crime"]);
  });

  it("offers a closed-up word's parts for when the minutes write them apart: 'nighttime'", () => {
    const [nighttime] = analyseQuery("nighttime economy", glossary);
    expect(nighttime?.parts).toEqual([["night", "time"]]);
  });

  it("offers the minutes' phrase for an everyday word: 'nightlife', the night time economy", () => {
    const [nightlife] = analyseQuery("nightlife", glossary);
    expect(nightlife?.alternatives).toContainEqual(["night", "time", "economi"]);
  });

  it("offers the minutes' word for an everyday one, after the word itself", () => {
    const [murders] = analyseQuery("murders", glossary);
    expect(murders?.alternatives).toEqual([["murder"], ["murders"], ["homicid"]]);
  });
});

describe("analyseDocument", () => {
  it("indexes no acronym for words that only begin its name ('black and asian' is not BAME)", () => {
    expect(terms("black and asian officers").flat()).not.toContain("bame");
    expect(terms("Black, Asian and Minority Ethnic officers").flat()).toContain("bame");
  });

  it("indexes 'The Met' as the MPS but 'met' the verb as itself", () => {
    expect(terms("The Met has an open approach")).toEqual([
      [],
      ["mps"],
      [],
      [],
      ["open"],
      ["approach"],
    ]);
    expect(terms("partners met in May")).toEqual([["partner"], ["met"], [], []]);
  });

  it("adds the acronym to every word of a phrase that spells one out", () => {
    expect(terms("the Police and Crime Plan")).toEqual([
      [],
      ["polic", "pcp"],
      ["pcp"],
      ["crime", "pcp"],
      ["plan", "pcp"],
    ]);
  });

  it("leaves out list markers and small numbers but keeps years and amounts", () => {
    expect(terms("2. Community engagement")).toEqual([[], ["commun"], ["engag"]]);
    expect(terms("in 2015 £2m")).toEqual([[], ["2015"], ["2m"]]);
  });

  it("indexes hyphenated words by their parts and joined up", () => {
    expect(terms("pre-charge")).toEqual([["pre", "charg", "precharg"]]);
  });
});

describe("documentTerms", () => {
  it.each([
    // Lines of the seed minutes: possessives, hyphens, acronyms, a phrase spelling one out.
    "Members noted MOPAC's intention to set up a roundtable in which partners would be invited to discuss the issue of fraud and how best to combat this issue.",
    "Members received the report and noted the progress made by the MPS to reduce violence, in particular youth violence and VAWG (Violence Against Women and Girls).",
    "Partnership work on adult disproportionality within the CJS is progressing through four working groups: pre-charge and charge, courts and sentencing",
    "Debbie Weekes-Bernard (DBW) Deputy Mayor",
  ])(
    "reads %j into the terms analyseDocument gives, telling each one-part word's first",
    (text) => {
      const told: Array<[string, string]> = [];
      expect(documentTerms(text, glossary, (word, term) => told.push([word, term]))).toEqual(
        analyseDocument(text, glossary).flatMap((entry) => entry.terms),
      );
      expect(told).toEqual(
        analyseDocument(text, glossary).flatMap(({ token, terms }) =>
          token.parts.length === 1 && terms[0] ? [[token.parts[0], terms[0]]] : [],
        ),
      );
    },
  );
});
