import { describe, expect, it } from "vitest";
import { asksReply, speakerAsked } from "../../src/answers/speaker-asked.js";

// A line of the March 2015 minutes (corpus/004…, line 71) and of their first item (line 39).
const RAISED =
  "10. Following the publication of an article in a newspaper, the Mayor raised the issue of police corruption.";
const WELCOMED = "The Chair, Mayor Johnson welcomed the Board members and opened the meeting.";

const asked = speakerAsked;

describe("speakerAsked", () => {
  it("finds the passage where the speaker says it, not one that only names them", () => {
    const asked = speakerAsked("what did the mayor raise at that meeting");
    expect(asked?.speaker).toBe("mayor");
    expect(asked?.pattern.test(RAISED)).toBe(true);
    expect(asked?.pattern.test(WELCOMED)).toBe(false);
  });

  it("reads 'say' as 'said' and 'says'", () => {
    expect(speakerAsked("what has mopac said about it")?.pattern.test("MOPAC said that")).toBe(
      true,
    );
  });

  it("reads everyday verbs and finds the minutes' own word for speaking", () => {
    // April 2022, line 63; April 2023, line 101; February 2021, line 119.
    const cps = speakerAsked("what did the cps report at the fraud meeting");
    expect(cps).toMatchObject({ speaker: "cps", verb: "report" });
    expect(
      cps?.pattern.test(
        "The CPS provided an update on the partnership work that has been pursued with the MPS around RASSO",
      ),
    ).toBe(true);
    const councils = speakerAsked("what did london councils push back on at the casey meeting");
    expect(councils).toMatchObject({ speaker: "london councils", verb: "push back" });
    expect(
      councils?.pattern.test(
        "London Councils raised continued concerns regarding the Estate Strategy and BCU model.",
      ),
    ).toBe(true);
    expect(speakerAsked("what did the vru walk the board through in 2021")?.speaker).toBe("vru");
    expect(speakerAsked("what did the mayor bring up under aob")?.verb).toBe("bring up");
    expect(asked("what did the mayor bring up")?.pattern.test(WELCOMED)).toBe(false);
  });

  it("takes the one heard from as the speaker", () => {
    const heard = speakerAsked("what did the board hear from the cps in 2022");
    expect(heard?.speaker).toBe("cps");
    expect(heard?.pattern.test("The CPS provided an update on the partnership work")).toBe(true);
    expect(
      speakerAsked("what did the mps talk the board through at the casey meeting")?.speaker,
    ).toBe("mps");
  });

  it("reads how someone replied as their words", () => {
    // April 2023, line 101.
    const replied = speakerAsked("how did lynne owens respond?");
    expect(replied?.speaker).toBe("lynne owens");
    expect(replied?.pattern.test("Dame Lynne Owens responded to the concerns")).toBe(true);
    expect(asksReply("how did the mps react")).toBe(true);
    expect(asksReply("how did the board meet")).toBe(false);
  });

  it("is null for a question that asks after no one's words", () => {
    expect(speakerAsked("what was raised about fraud")).toBeNull();
    expect(speakerAsked("who raised fraud")).toBeNull();
  });
});
