import { describe, expect, it } from "vitest";
import {
  describes,
  descriptionAsked,
  purposeOfPointer,
  untoldDescription,
} from "../../src/answers/untold-description.js";

// Real passages of the minutes: February 2021 item 5 (corpus/001…, line 123), June 2020 DMG item
// 3 (corpus/000…, line 44), April 2023 item 3 (corpus/002…, line 113), March 2015 item 3
// (corpus/004…, line 50).
const AOB_2021 =
  "The governance reforms of the LCRB and LCJB was discussed. Also, membership of the proposed Efficiency Board and the Safer Streets Board was raised and noted.";
const COVID_2020 =
  "The Group was updated on the means of recovery and renewal post COVID and the work of the London Recovery Board, the Strategic Coordination Group and the Transition Board. The Social Recovery Working Group was to monitor the COVID related items, such as backlogs, victims' services and violence prevention, within the CJS.";
const PANEL_2023 =
  "Commander Nick John is leading MPS criminal justice work which includes disproportionality considerations within out of court disposals; particularly considering the new legislation and forthcoming framework. A disproportionality scrutiny panel has also been set up by the CPS following a commissioned review. Learning is being shared with prosecutors and officers to improve decision making.";
const CONTEST_2015 =
  "The Board discussed the proposed new model for London – the London-wide CONTEST Board. This would be separate to the LCRB and would be co-chaired by the DMPC and the chair of London Councils. It would be designed to provide the link between City Hall and London Councils and would include attendees from the police, NOMS, Health and the Home Office. It would report back to LCRB.";

describe("descriptionAsked", () => {
  it.each([
    ["whats the safer streets board actually for?", "purpose", "safer streets board"],
    ["what is the transition board responsible for?", "purpose", "transition board"],
    ["what does the strategic coordination group do?", "purpose", "strategic coordination group"],
    ["what's the LCJB's role?", "purpose", "lcjb"],
    ["what is the role of the efficiency board", "purpose", "efficiency board"],
    [
      "who sits on the cps disproportionality scrutiny panel?",
      "members",
      "cps disproportionality scrutiny panel",
    ],
    ["who's going to be on the efficiency board?", "members", "efficiency board"],
    ["who are the members of the Disproportionality Board", "members", "disproportionality board"],
    [
      "which organisations would sit on the London-wide CONTEST board?",
      "members",
      "london-wide contest board",
    ],
  ])("reads %j as asking the %s of “%s”", (question, kind, subject) => {
    expect(descriptionAsked(question)).toEqual({ kind, subject });
  });

  it("asks nothing of a pointer, nor members of what is no body", () => {
    expect(descriptionAsked("what's it for?")).toBeNull();
    expect(descriptionAsked("who is on the agenda")).toBeNull();
    expect(descriptionAsked("what did the board say about fraud?")).toBeNull();
  });

  it("reads a verb that takes “for” as what they want, not what a thing is for", () => {
    expect(descriptionAsked("what are the boroughs asking for?")).toBeNull();
    expect(descriptionAsked("what is the board looking for?")).toBeNull();
    expect(descriptionAsked("what is the youth funding for?")).toEqual({
      kind: "purpose",
      subject: "youth funding",
    });
  });
});

describe("describes", () => {
  it("finds no description where the thing is only raised, noted or listed", () => {
    expect(describes({ kind: "purpose", subject: "safer streets board" }, AOB_2021)).toBe(false);
    expect(describes({ kind: "purpose", subject: "transition board" }, COVID_2020)).toBe(false);
    expect(describes({ kind: "members", subject: "efficiency board" }, AOB_2021)).toBe(false);
    expect(
      describes({ kind: "members", subject: "cps disproportionality scrutiny panel" }, PANEL_2023),
    ).toBe(false);
  });

  it("reads a meeting's own verb after the thing's name as no description", () => {
    // Sentences of corpus/004… lines 48 and 58.
    const CONSIDERED =
      "The Board considered the CT needs of London and what was felt to be the shortcomings of current regional oversight.";
    const PRESENTED =
      "The MOPAC COO and the CEO of London Councils presented a paper to the Board.";
    expect(describes({ kind: "purpose", subject: "board" }, CONSIDERED)).toBe(false);
    expect(describes({ kind: "purpose", subject: "london councils" }, PRESENTED)).toBe(false);
  });

  it("finds what a thing was to do, and what the sentences after its name say of it", () => {
    expect(
      describes({ kind: "purpose", subject: "social recovery working group" }, COVID_2020),
    ).toBe(true);
    expect(describes({ kind: "purpose", subject: "london-wide contest board" }, CONTEST_2015)).toBe(
      true,
    );
    expect(describes({ kind: "members", subject: "london-wide contest board" }, CONTEST_2015)).toBe(
      true,
    );
  });

  it("finds what a thing did after its name, and a title's description after a dash", () => {
    // corpus/001… line 115 (item 4) and the title of item 2 (line 103).
    expect(
      describes(
        { kind: "purpose", subject: "vru" },
        "The creation of the VRU brought about a preventative public health approach to violence and a countering violent extremism strategy was launched.",
      ),
    ).toBe(true);
    expect(
      describes(
        { kind: "purpose", subject: "action plan" },
        "The Action Plan - transparency, accountability and trust in policing",
      ),
    ).toBe(true);
  });

  it("is null for a passage that does not name the thing", () => {
    expect(describes({ kind: "purpose", subject: "safer streets board" }, COVID_2020)).toBeNull();
  });
});

describe("untoldDescription", () => {
  it("says the minutes do not give it, naming the thing as they write it", () => {
    expect(
      untoldDescription({ kind: "purpose", subject: "safer streets board" }, [AOB_2021], () => []),
    ).toBe(
      "The minutes do not say what the Safer Streets Board is for: they mention it, but no passage says what it does. The closest passages are below.",
    );
  });

  it("reads the thing's own passages when none shown names it", () => {
    expect(
      untoldDescription({ kind: "members", subject: "efficiency board" }, [COVID_2020], () => [
        AOB_2021,
      ]),
    ).toMatch(/^The minutes do not say who sits on the Efficiency Board/);
  });

  it("says nothing when a passage says it, or none names the thing", () => {
    expect(
      untoldDescription(
        { kind: "purpose", subject: "social recovery working group" },
        [COVID_2020],
        () => [],
      ),
    ).toBeNull();
    expect(
      untoldDescription(
        { kind: "purpose", subject: "safer streets board" },
        [COVID_2020],
        () => [],
      ),
    ).toBeNull();
  });
});

describe("purposeOfPointer", () => {
  it("reads what the thing pointed at is for", () => {
    expect(purposeOfPointer("what'll they be for?")).toBe(true);
    expect(purposeOfPointer("what will they be used for?")).toBe(true);
    expect(purposeOfPointer("what's it for?")).toBe(true);
  });

  it("reads no purpose in a thing named, nor in what was done", () => {
    expect(purposeOfPointer("what's the transition board for?")).toBe(false);
    expect(purposeOfPointer("what did they do?")).toBe(false);
    expect(purposeOfPointer("what will they do?")).toBe(false);
    expect(purposeOfPointer("what would it do?")).toBe(false);
  });

  it("still reads what something pointed at does as what it is for", () => {
    expect(purposeOfPointer("what does it do?")).toBe(true);
  });
});
