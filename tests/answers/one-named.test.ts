import { describe, expect, it } from "vitest";
import { withOneNamed } from "../../src/answers/one-named.js";

describe("withOneNamed", () => {
  // 001_c2fb2c5d5dd83175.txt:168 "A 'buddy' scheme with support for each new BAME officer was in
  // place. There was a large and ambitious outreach scheme …".
  it("reads 'the X one' after a subject as X and the subject's head word", () => {
    expect(withOneNamed("n the buddy one?", ["outreach", "scheme"])).toBe("n the buddy scheme?");
    expect(withOneNamed("and the interim one", ["next", "pcp"])).toBe("and the interim pcp");
    // Typed as it was: capitals elsewhere are left for the readers that need them.
    expect(withOneNamed("And the Buddy one?", ["outreach", "scheme"])).toBe(
      "And the Buddy scheme?",
    );
  });

  it("leaves a meeting named as 'the … one', and a subject of one word", () => {
    expect(withOneNamed("n the april one?", ["outreach", "scheme"])).toBe("n the april one?");
    expect(withOneNamed("and the dmg one?", ["outreach", "scheme"])).toBe("and the dmg one?");
    expect(withOneNamed("the other one?", ["outreach", "scheme"])).toBe("the other one?");
    expect(withOneNamed("n the buddy one?", ["fraud"])).toBe("n the buddy one?");
    expect(withOneNamed("n the buddy one?", [])).toBe("n the buddy one?");
  });
});
