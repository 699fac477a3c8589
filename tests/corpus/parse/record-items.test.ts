import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";
import { outcomeAfterColon } from "../../../src/corpus/parse/titles.js";

// unseen-minutes-10/83: a DMG decisions and actions log with no narrative.
const LOG = [
  "DELIVERY MANAGEMENT GROUP (DMG)",
  "DECISIONS AND ACTIONS LOG",
  "",
  "Meeting held:   22.04.2026 (Wed), 14:00–15:30",
  "",
  "------------------------------------------------------------------------------------------",
  "DECISIONS",
  "------------------------------------------------------------------------------------------",
  "Ref       Item                                        Decision",
  "D26/09    Item 2 – Serious violence fund 2026/27      The Group agreed to recommend to the",
  "                                                      LCRB that the fund be weighted towards",
  "                                                      the 12 boroughs with the highest rates.",
  "D26/10    Item 3 – Domestic abuse perpetrator         The Group agreed that the pilot in",
  "          programmes                                  Croydon and Lambeth should continue",
  "                                                      to March 2027.",
  "",
  "------------------------------------------------------------------------------------------",
  "NOTED (no decision required)",
  "------------------------------------------------------------------------------------------",
  "Item 1 – Minutes and actions of 25 March: agreed; A26/14 and A26/15 closed.",
  "Item 4 – Any other business: none.",
].join("\n");

describe("a decisions log's items, named in its records", () => {
  it("reads the items a Decision table's item column names, a title wrapped in its column, in number order", () => {
    const items = parseMinutes(LOG, "log.txt").meeting?.items;
    expect(items?.map((i) => [i.number, i.title])).toEqual([
      ["1", "Minutes and actions of 25 March"],
      ["2", "Serious violence fund 2026/27"],
      ["3", "Domestic abuse perpetrator programmes"],
      ["4", "Any other business"],
    ]);
  });

  it("reads an item named in a decision's bracket (layout-variants-10b/115)", () => {
    const text = LOG.replace(
      "D26/10    Item 3",
      "Agreed D27/01 (item 5 – Knife crime in schools): the pilot to run to Easter.\nD26/10    Item 3",
    );
    const items = parseMinutes(text, "log.txt").meeting?.items;
    expect(items?.map((i) => i.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(items?.at(-1)?.title).toBe("Knife crime in schools");
  });
});

describe("outcomeAfterColon", () => {
  it.each([
    [
      "Minutes and actions of 25 March: agreed; A26/14 and A26/15 closed",
      "Minutes and actions of 25 March",
    ],
    ["Minutes of 6 October 2026: approved as a correct record", "Minutes of 6 October 2026"],
    ["Any other business: none raised", "Any other business"],
    ["Actions from December: all closed", "Actions from December"],
  ])("parts %j's outcome from its title", (text, title) => {
    expect(outcomeAfterColon(text)?.title).toBe(title);
  });

  it.each([["Knife crime: summer preparations"], ["Probation: approved premises capacity"]])(
    "keeps %j whole: a title with its subject",
    (text) => {
      expect(outcomeAfterColon(text)).toBeNull();
    },
  );
});
