import { describe, expect, it } from "vitest";
import { passageAskedNow } from "../../src/answers/asked-elsewhere.js";

// corpus/001…, item 3 (Tackling ethnic disproportionality in the Youth Action Plan), its two
// paragraphs (lines 109 and 111).
const ITEM = [
  {
    text: "The Board was given a summary on progress on the Youth Action Plan. The Deputy Mayor convened a meeting on 25 January to gain support from partners for the plan and to agree actions and outcomes. Partners were thanked for their support in building the plan which was developed in close consultation with young people, communities and VCS organisations via a series of workshops and meetings. Partners committed their support to the plan and the delivery of the actions.",
  },
  {
    text: "In summary, the Plan was co-produced by partner agencies and young people whose voices have been made evident in the work. The next steps were to finalise and launch the plan and then begin delivery against its objectives as soon as possible.",
  },
];

describe("passageAskedNow", () => {
  it("finds the passage holding the words asked now when the found one holds only those carried over", () => {
    // "So what's next for it?" after "did partners sign up to deliver the youth action plan?".
    expect(
      passageAskedNow(
        "so what's next for it?",
        ["next", "partners", "sign", "deliver", "youth", "plan"],
        ITEM,
        0,
      ),
    ).toEqual({
      index: 1,
      sentence:
        "The next steps were to finalise and launch the plan and then begin delivery against its objectives as soon as possible.",
    });
  });

  it("leaves a question that carries nothing over, or whose found passage holds what is asked", () => {
    expect(
      passageAskedNow("what's next for the youth plan?", ["next", "youth", "plan"], ITEM, 0),
    ).toBeNull();
    expect(passageAskedNow("who did they thank?", ["thank", "youth", "plan"], ITEM, 0)).toBeNull();
  });
});
