import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answers/index.js";
import { lcrb2023, PUBLISHED_PAGE, publishedSourceContext } from "./fixtures.js";

const context = publishedSourceContext();

describe("citations of a meeting with a published source", () => {
  it("link every citation of a search answer to the page, keeping file:line", () => {
    const answer = answerQuestion("casey review", context);
    const cited = answer.sections.flatMap((s) => (s.citation ? [s.citation] : []));
    expect(cited.length).toBeGreaterThan(0);
    for (const citation of cited)
      expect(citation).toMatchObject({ url: PUBLISHED_PAGE, file: lcrb2023.file });
  });

  it("link attendance citations too", () => {
    const answer = answerQuestion("who attended the April 2023 meeting?", context);
    expect(answer.sections[0]?.citation).toMatchObject({ url: PUBLISHED_PAGE });
  });
});
