import { describe, expect, it } from "vitest";
import {
  otherMeetingNamed,
  readMeetingReference,
  resolveMeeting,
} from "../../src/answers/meeting-ref.js";
import { MEETINGS } from "./fixtures.js";

const TODAY = "2024-01-15";

function resolve(text: string, today = TODAY) {
  const resolution = resolveMeeting(readMeetingReference(text), MEETINGS, today);
  return {
    status: resolution.status,
    meeting: resolution.meeting?.id ?? null,
    candidates: resolution.candidates.map((m) => m.id),
  };
}

describe("resolveMeeting", () => {
  it.each([
    ["12 April 2023", "lcrb-2023-04-12"],
    ["12/04/2023", "lcrb-2023-04-12"],
    ["2023-04-12", "lcrb-2023-04-12"],
    ["April 2023", "lcrb-2023-04-12"],
    ["the latest meeting", "lcrb-2023-04-12"],
    ["the previous one", "lcrb-2022-04-27"],
    ["the first meeting", "lcrb-2015-03-10"],
    ["the March 2015 board", "lcrb-2015-03-10"],
    ["the DMG in June 2020", "dmg-2020-06-08"],
    ["the last dmg meeting", "dmg-2020-06-08"],
    ["the delivery management group", null],
  ])("%j → %s", (text, id) => {
    const result = resolve(text);
    if (id) expect(result).toMatchObject({ status: "found", meeting: id });
    else expect(result.status).toBe("none");
  });

  it("reads 'last April' as the most recent April meeting before today", () => {
    expect(resolve("last April", "2024-01-15").meeting).toBe("lcrb-2023-04-12");
    expect(resolve("last April", "2023-01-01").meeting).toBe("lcrb-2022-04-27");
  });

  it("lists both April meetings as candidates for 'the April meeting'", () => {
    expect(resolve("the april meeting")).toEqual({
      status: "ambiguous",
      meeting: null,
      candidates: ["lcrb-2022-04-27", "lcrb-2023-04-12"],
    });
  });

  it("respects the body: no Board met in June 2020, but the DMG did", () => {
    const result = resolve("the board in june 2020");
    expect(result.status).toBe("unmatched");
    expect(result.candidates[0]).toBe("dmg-2020-06-08");
  });

  it("reads a month named alone, none of it held yet, as the first such month after today", () => {
    // Asked on 20 May 2015 the June board is June 2015's, which only the March 2015 minutes
    // announce ("Date of next LCRB meeting: 9 June 2015"), not the DMG of 8 June 2020.
    expect(resolve("the june meeting", "2015-05-20")).toMatchObject({
      status: "unmatched",
      meeting: null,
    });
    // Asked in January 2022, the coming April is 2022's, not 2023's as well.
    expect(resolve("the april meeting", "2022-01-10")).toMatchObject({
      status: "found",
      meeting: "lcrb-2022-04-27",
    });
  });

  it("reads a month named alone, come round already this year, as this year's", () => {
    // Asked on 1 June 2023, "the board in april" is April 2023's, not April 2022's as well.
    expect(resolve("the board in april", "2023-06-01")).toMatchObject({
      status: "found",
      meeting: "lcrb-2023-04-12",
    });
    // Asked in January 2024 no April of 2024 has come: both are offered (above).
    expect(resolve("the board in april", "2024-01-15").status).toBe("ambiguous");
  });

  it("offers the nearest meetings when none was held on the day asked", () => {
    const result = resolve("13 April 2023");
    expect(result.status).toBe("unmatched");
    expect(result.candidates[0]).toBe("lcrb-2023-04-12");
    expect(result.candidates).toHaveLength(3);
  });

  it("counts only meetings up to today as 'the latest'", () => {
    expect(resolve("the latest meeting", "2021-01-01").meeting).toBe("dmg-2020-06-08");
  });
});

describe("readMeetingReference", () => {
  it.each([
    ["the board", "LCRB", false],
    ["the LCRB", "LCRB", true],
    ["london crime reduction board", "LCRB", true],
    ["DMG", "DMG", true],
    ["delivery management group", "DMG", true],
    ["fraud", null, false],
  ])("%j → body %s (named: %s)", (text, body, named) => {
    const reference = readMeetingReference(text.toLowerCase());
    expect(reference.body).toBe(body);
    expect(reference.bodyNamed).toBe(named);
  });

  it("reads someone's own delivery group as no body of ours", () => {
    // 003_0417dfde59a34df8.txt:61: "the work carried out with the Deputy Commissioner's delivery group".
    expect(
      readMeetingReference("the mtg about the deputy commissioner's delivery group").body,
    ).toBeNull();
    expect(readMeetingReference("who came to the delivery group in 2020").body).toBe("DMG");
    expect(readMeetingReference("the delivery management group's actions").body).toBe("DMG");
  });

  it("sets no body aside when the body only says whose ('other than the board chair')", () => {
    const ref = readMeetingReference(
      "other than the board chair, who attended the april 2023 meeting?",
    );
    expect(ref.body).toBe("LCRB");
    expect(readMeetingReference("besides board members, who came to the dmg?").body).toBe("DMG");
    expect(readMeetingReference("been to a board apart from the dmg meetings?").body).toBe("LCRB");
  });

  it("reads a body set aside ('not the dmg', 'apart from the dmg') as the other body asked", () => {
    expect(readMeetingReference("has he ever been to a board, not the dmg?").body).toBe("LCRB");
    expect(readMeetingReference("any lcrbs, or only dmg?").body).toBe("LCRB");
    expect(readMeetingReference("been to a board apart from the dmg?").body).toBe("LCRB");
    expect(readMeetingReference("been to a dmg rather than the board?").body).toBe("DMG");
    // The words set aside are no subject either.
    const text = "been to a board apart from the dmg?";
    const { spans } = readMeetingReference(text);
    expect(spans.some(({ start, end }) => text.slice(start, end).includes("dmg"))).toBe(true);
  });

  it("does not take the 'last' of 'last April' for 'the latest meeting'", () => {
    expect(readMeetingReference("last april").relative).toBeNull();
  });
});

describe("a month or day named without its year", () => {
  it("is one already held when any is: April 2023 is no choice on 1 July 2022", () => {
    expect(resolve("the board in april", "2022-07-01")).toMatchObject({
      status: "found",
      meeting: "lcrb-2022-04-27",
    });
  });
});

describe("otherMeetingNamed", () => {
  it("reads a date in a clause after the meeting as another meeting's, not the meeting's own", () => {
    // 000_bc5123fd089beeb5.txt: "The agenda for the July 8 London Crime Reduction Board was agreed".
    const text = "was the cps at the meeting that planned the 8 july board?";
    expect(otherMeetingNamed(text)?.date.spec).toEqual({ kind: "dayOfMonth", month: 7, day: 8 });
    expect(readMeetingReference(text)).toMatchObject({ date: null, body: null });
    // The clause ends where the question asked of the meeting begins.
    const signed = "the meeting that agreed the 24 jan 2022 minutes - was claire waxman there?";
    const other = otherMeetingNamed(signed);
    expect(signed.slice(other?.start, other?.end)).toBe("agreed the 24 jan 2022 minutes");
  });

  it("leaves a meeting's own date, and a step from another meeting, to the meeting", () => {
    expect(otherMeetingNamed("the meeting that took place on 8 june 2020")).toBeNull();
    expect(otherMeetingNamed("the meeting that came after the april 2022 board")).toBeNull();
    expect(readMeetingReference("the dmg that met on 8 june 2020").date?.spec).toMatchObject({
      kind: "day",
    });
  });
});
