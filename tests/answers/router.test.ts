import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answers/index.js";
import { answerToMrkdwn } from "../../src/slack/blocks/mrkdwn.js";
import { questionFromSlack } from "../../src/slack/markup.js";
import { fakeSearch, fixtureContext, MEETINGS } from "./fixtures.js";

const ask = (text: string, today = "2024-01-15") => answerQuestion(text, fixtureContext(today));
const textOf = (text: string, today?: string) => answerToMrkdwn(ask(text, today));

describe("answerQuestion", () => {
  it("gives help with generic examples, no names or dates, when no minutes are loaded", () => {
    const context = fixtureContext(undefined, undefined, []);
    const text = answerToMrkdwn(answerQuestion("help", context));
    expect(text).toContain("No minutes are loaded yet.");
    expect(text).toContain("who attended the latest meeting?");
    expect(text).toContain("/lcrb attendees latest");
    expect(text).not.toMatch(/\b(?:19|20)\d\d\b/);
    expect(text).not.toContain("/lcrb person");
  });

  it("builds help examples from the latest meeting and one who attended it", () => {
    const text = textOf("help");
    const latest = MEETINGS.at(-1);
    const present = latest?.attendees.find((a) => a.status === "present");
    expect(present).toBeDefined();
    expect(text).toContain(`/lcrb person ${present?.name}`);
    expect(text).toContain(latest?.date.slice(0, 4));
  });

  it("answers empty text with help", () => {
    expect(ask("").intent).toBe("help");
    expect(ask("   ").intent).toBe("help");
  });

  it("gives the same answer to /lcrb subcommands as to free text", () => {
    expect(ask("attendees April 2023")).toMatchObject({
      intent: "attendees",
      meeting: { id: "lcrb-2023-04-12" },
    });
    // Typed in Slack, the face removes the command word and the mention first.
    expect(ask(questionFromSlack("/lcrb attendees April 2023")).meeting?.id).toBe(
      "lcrb-2023-04-12",
    );
    expect(ask(questionFromSlack("<@U123> who was at the april 2023 meeting")).meeting?.id).toBe(
      "lcrb-2023-04-12",
    );
  });

  it("names every attendee and apology of the meeting, with a citation for each group", () => {
    const answer = ask("who attended the April 2023 meeting?");
    const text = answerToMrkdwn(answer);
    for (const attendee of MEETINGS[3]?.attendees ?? []) expect(text).toContain(attendee.name);
    expect(answer.sections.map((s) => s.heading)).toEqual(["Present (3)", "Apologies (3)"]);
    expect(answer.sections.every((s) => s.citation?.file === "002_0368bc6123038781.txt")).toBe(
      true,
    );
    expect(answer.sections[1]?.citation?.line).toBe(72);
  });

  it("lists both April meetings when the year is missing", () => {
    const answer = ask("who was at the april meeting?");
    expect(answer.meeting).toBeNull();
    expect(answer.candidates.map((c) => c.id)).toEqual(["lcrb-2022-04-27", "lcrb-2023-04-12"]);
    expect(answer.followUps).toContain("who attended the LCRB meeting on 12 April 2023?");
  });

  it("says which meetings are nearest when none matches", () => {
    const answer = ask("who attended on 1 May 2023?");
    expect(answer.meeting).toBeNull();
    expect(answer.candidates[0]?.id).toBe("lcrb-2023-04-12");
    expect(answerToMrkdwn(answer)).toContain("I have no minutes for a meeting on 1 May 2023");
  });

  it("summarises one meeting: items with a line each, actions and the next meeting, all cited", () => {
    const answer = ask("what happened at the march 2015 board");
    expect(answer).toMatchObject({ intent: "meeting", meeting: { id: "lcrb-2015-03-10" } });
    const text = answerToMrkdwn(answer);
    expect(text).toContain("15:30, Mayor's Office, City Hall, GLA");
    expect(text).toContain("3 Counter Terrorism");
    expect(text).toContain("London-Wide CT CONTEST Board");
    expect(text).toContain("Tuesday 9 June 2015, 12:00, City Hall");
    expect(answer.sections.every((s) => s.citation !== null)).toBe(true);
  });

  it("answers 'next' with every meeting after today, soonest first, across bodies", () => {
    const answer = ask("when is the next meeting?", "2020-06-10");
    expect(answer.upcoming).toEqual([
      {
        body: "LCRB",
        date: "2020-07-08",
        time: null,
        venue: null,
        source: { file: "000_bc5123fd089beeb5.txt", line: 62 },
      },
      {
        body: "DMG",
        date: "2020-09-07",
        time: null,
        venue: null,
        source: { file: "000_bc5123fd089beeb5.txt", line: 64 },
      },
    ]);
    expect(answer.summary).toContain("Wednesday 8 July 2020");
  });

  it("keeps to the body asked about", () => {
    expect(ask("when is the next dmg meeting", "2020-06-10").upcoming.map((u) => u.date)).toEqual([
      "2020-09-07",
    ]);
  });

  it("merges schedule.yml with the minutes and drops duplicates of the same body and day", () => {
    const context = fixtureContext("2020-06-10", [
      { body: "LCRB", date: "2020-07-08", time: "14:00", venue: "City Hall", line: null },
      { body: "LCRB", date: "2020-10-01", time: null, venue: null, line: null },
    ]);
    const answer = answerQuestion("next meeting", context);
    expect(answer.upcoming.map((u) => [u.body, u.date, u.time, u.source?.line ?? null])).toEqual([
      ["LCRB", "2020-07-08", "14:00", 62],
      ["DMG", "2020-09-07", null, 64],
      ["LCRB", "2020-10-01", null, null],
    ]);
  });

  it("says plainly when no meeting after today is known, naming the latest", () => {
    const answer = ask("when is the next meeting?", "2025-01-01");
    expect(answer.upcoming).toEqual([]);
    expect(answer.title).toBe("No upcoming meeting known");
    expect(answer.summary).toContain(
      "The latest meeting in the minutes is the LCRB on Wednesday 12 April 2023",
    );
  });

  it("answers a person by surname, a misspelling or a variant, with every meeting and role", () => {
    for (const typed of ["who is Sturt", "has claudia strut been coming?", "Stuart"]) {
      const answer = ask(typed);
      expect(answer.intent).toBe("person");
      expect(answer.title).toBe("Claudia Stuart");
      expect(answer.sections.map((s) => s.heading)).toEqual([
        "LCRB, 27 April 2022",
        "LCRB, 12 April 2023",
      ]);
    }
    const text = textOf("has Claire Waxman been coming?");
    expect(text).toContain("attended 2, sent apologies to 1");
    expect(text).toContain("Present (London Victims Commissioner)");
    expect(text).toContain("Sent apologies (MOPAC)");
  });

  it("answers a person about one meeting first when a date is given, and names that meeting", () => {
    const answer = ask("was claire waxman at the april 2023 meeting");
    expect(answer.summary).toMatch(/^LCRB, 12 April 2023: sent apologies[ .]/);
    expect(answer.meeting?.id).toBe("lcrb-2023-04-12");
    expect(answer.sections[0]?.heading).toBe("LCRB, 12 April 2023");
  });

  it("lists actions for a meeting, and says when none were recorded", () => {
    const answer = ask("actions from the march 2015 board");
    expect(answer.sections.map((s) => s.citation?.line)).toEqual([54, 67]);
    expect(ask("actions from april 2023").summary).toBe(
      "No actions are recorded at the LCRB meeting on 12 April 2023.",
    );
  });

  it("finds actions on a topic across the minutes", () => {
    const answer = ask("actions on public service reform");
    expect(answer.sections).toHaveLength(1);
    expect(answer.sections[0]?.citation?.line).toBe(67);
  });

  it("lists the meetings by year and body, narrowed by body or year", () => {
    expect(ask("meetings").sections.map((s) => s.heading)).toEqual([
      "2015 LCRB",
      "2020 DMG",
      "2022 LCRB",
      "2023 LCRB",
    ]);
    expect(ask("list the dmg meetings").sections.map((s) => s.heading)).toEqual(["2020 DMG"]);
    expect(ask("meetings in 2022").sections.map((s) => s.heading)).toEqual(["2022 LCRB"]);
  });

  it("searches everything else three results at a time, with the date and named body as filters", () => {
    const search = fakeSearch(MEETINGS);
    const context = { ...fixtureContext(), search };
    const answer = answerQuestion("what did the LCRB say about fraud in april 2022", context);
    expect(answer.intent).toBe("search");
    expect(search.calls[0]).toEqual({
      query: "fraud",
      options: { limit: 3, offset: 0, body: "LCRB", from: "2022-04-01", to: "2022-04-30" },
    });
    expect(answer.results).toHaveLength(1);
    expect(answer.sections[0]?.citation).toEqual({
      body: "LCRB",
      date: "2022-04-27",
      item: "6 Tackling fraud",
      file: "003_0417dfde59a34df8.txt",
      line: 85,
    });
  });

  it("leaves a channel reference out of the words it searches for", () => {
    const search = fakeSearch(MEETINGS);
    answerQuestion(questionFromSlack("fraud <#C024BE7LR|general>"), {
      ...fixtureContext(),
      search,
    });
    expect(search.calls[0]?.query).toBe("fraud");
  });

  it("passes on which words matched nothing, above the results", () => {
    const real = fakeSearch(MEETINGS);
    const search = {
      search: (query: string, options?: Parameters<typeof real.search>[1]) => ({
        ...real.search("fraud", options),
        query,
        note: "No passage mentions “knife”; results match “fraud”.",
      }),
    };
    const answer = answerQuestion("knife fraud", { ...fixtureContext(), search });
    expect(answer.summary).toBe(
      "No passage mentions “knife”; results match “fraud”. 1 agenda item matches; showing 1, best first.",
    );
  });

  it("offers more results when there are more than it shows", () => {
    const context = fixtureContext();
    const first = answerQuestion("the", context);
    expect(first.intent).toBe("search");
    expect(first.more).toEqual({ query: "the", offset: 3 });
    const second = answerQuestion("the", context, { offset: 3 });
    expect(second.results.length).toBeGreaterThan(0);
    expect(second.more).toBeNull();
  });
});

describe("answerQuestion about a person at a meeting they missed", () => {
  it("says the person is not in that meeting's list, then gives their record", () => {
    const answer = answerQuestion("was Lynne Owens at the DMG in June 2020", fixtureContext());
    expect(answer.summary).toMatch(
      /^Not named in the attendance list of the DMG meeting on 8 June 2020\. Named in 1 meeting/,
    );
    expect(answer.meeting?.id).toBe("dmg-2020-06-08");
    expect(answer.sections[0]?.text).toBe("Not named in the attendance list.");
    expect(answer.sections[0]?.citation?.line).toBeGreaterThan(0);
  });
});
