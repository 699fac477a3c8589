import { describe, expect, it } from "vitest";
import { readDecisions } from "../../../src/corpus/record/decisions.js";

const kinds = (text: string) => readDecisions(text).map((d) => d.kind);

describe("readDecisions", () => {
  it.each([
    // Real lines from the seed minutes.
    ["The detailed notes were approved.", "approved"],
    ["Members approved the minutes of the meeting held on 24 January 2022.", "approved"],
    ["Members noted the action from the previous meeting.", "noted"],
    [
      "Members noted and approved the terms of reference for the new partnership board structure.",
      "approved",
    ],
    [
      "Members received the report and noted the progress made by the MPS to reduce violence.",
      "noted",
    ],
    [
      "Also, membership of the proposed Efficiency Board and the Safer Streets Board was raised and noted.",
      "noted",
    ],
    ["The minutes were agreed as a true and accurate record of the meeting.", "agreed"],
    [
      "9. The Board agreed that the work on public service reform should be developed as proposed over the coming two months.",
      "agreed",
    ],
    // Written variants.
    ["It was agreed that MOPAC would circulate the revised paper to partners.", "agreed"],
    ["The strategy was endorsed by the Group.", "endorsed"],
    ["The Board endorsed the proposed approach to knife crime.", "endorsed"],
    ["The report was noted.", "noted"],
    ["The minutes of the last meeting were accepted as a true record.", "approved"],
    ["It was decided to pilot the scheme in two boroughs.", "agreed"],
    ["A decision was taken to pause the pilot.", "agreed"],
  ])("reads %j as %s", (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    "No decision was taken on the funding bid.",
    "The proposal was not agreed.",
    "Members did not approve the budget.",
    "The Board was unable to agree the proposal.",
    "There was no decision on the pilot.",
    "The dates are to be agreed by the secretariat.",
    "The terms of reference will be approved at the next meeting.",
    "The agreed plan was published in May.",
    "As agreed at the last meeting, the MPS presented its data.",
    "The plan that was agreed last year is being refreshed.",
    "All actions from the previous meeting were closed.",
    "There were no outstanding actions.",
    "Apologies were noted.",
    // A person noting something remarks on it; only the meeting notes as a decision.
    "The Chair welcomed members and noted that the Commissioner had sent his apologies.",
    "The Deputy Mayor convened a meeting on 25 January to gain support from partners for the plan and to agree actions and outcomes.",
  ])("finds no decision in %j", (text) => {
    expect(readDecisions(text)).toEqual([]);
  });

  it("reads each sentence of a passage on its own", () => {
    const passage =
      "The Group discussed finance, transformation plans and the medium to long-term consequences of Covid. With reference to disproportionality, beyond a simple policing issue, it was agreed to continue to seek transparency on disproportionality data in terms of workforce and outcomes in the flow of cases through the CJS.";
    expect(readDecisions(passage)).toEqual([
      {
        text: "With reference to disproportionality, beyond a simple policing issue, it was agreed to continue to seek transparency on disproportionality data in terms of workforce and outcomes in the flow of cases through the CJS.",
        kind: "agreed",
      },
    ]);
  });

  it("keeps the sentence before 'This was agreed by the Board.', which says what was agreed", () => {
    const passage =
      "The initial work would be to establish a new Prevent framework and would be supported by the London Prevent Board (chaired by Martin Esom). This was agreed by the Board. The details will be worked up outside the LCRB.";
    expect(readDecisions(passage).map((d) => d.text)).toEqual([
      "The initial work would be to establish a new Prevent framework and would be supported by the London Prevent Board (chaired by Martin Esom). This was agreed by the Board.",
    ]);
  });
});
