import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answers/index.js";
import { answerToMrkdwn } from "../../../src/answers/render/mrkdwn.js";
import { answerToTerminal } from "../../../src/answers/render/terminal.js";
import { buildSearch } from "../../../src/search/index.js";
import { fixtureContext, lcrb2023, MEETINGS } from "../fixtures.js";

// An imported meeting: its front matter named the page the minutes are published on.
const PAGE = "https://www.london.gov.uk/who-we-are/lcrb-minutes?date=2023-04-12&view=full";
const meetings = MEETINGS.map((m) => (m.id === lcrb2023.id ? { ...m, source: { url: PAGE } } : m));
const context = { ...fixtureContext(), meetings, search: buildSearch(meetings) };

describe("citations of a meeting with a published source", () => {
  it("link every citation of a search answer to the page, keeping file:line", () => {
    const answer = answerQuestion("casey review", context);
    const cited = answer.sections.flatMap((s) => (s.citation ? [s.citation] : []));
    expect(cited.length).toBeGreaterThan(0);
    for (const citation of cited)
      expect(citation).toMatchObject({ url: PAGE, file: lcrb2023.file });
  });

  it("link attendance citations too", () => {
    const answer = answerQuestion("who attended the April 2023 meeting?", context);
    expect(answer.sections[0]?.citation).toMatchObject({ url: PAGE });
  });

  it("make the meeting and date a Slack link in mrkdwn, with & escaped in the URL", () => {
    const text = answerToMrkdwn(answerQuestion("casey review", context));
    expect(text).toContain(
      "Source: <https://www.london.gov.uk/who-we-are/lcrb-minutes?date=2023-04-12&amp;view=full|LCRB, 12 April 2023, item 2 Casey Review>",
    );
    expect(text).toMatch(/`002_0368bc6123038781\.txt:\d+`/);
  });

  it("print the URL after file:line in the terminal", () => {
    const text = answerToTerminal(answerQuestion("casey review", context), { color: false });
    expect(text).toMatch(/· 002_0368bc6123038781\.txt:\d+ · https:\/\/www\.london\.gov\.uk\//);
  });

  it("stay as they were for a meeting with no source", () => {
    const text = answerToMrkdwn(answerQuestion("casey review", fixtureContext()));
    expect(text).not.toContain("<http");
    expect(text).toContain("Source: LCRB, 12 April 2023");
  });
});
