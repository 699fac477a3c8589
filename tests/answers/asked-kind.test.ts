import { describe, expect, it } from "vitest";
import { askedKind } from "../../src/answers/asked-kind.js";

describe("askedKind", () => {
  it("reads the kind of answer from the question word and the noun after which/what", () => {
    expect(askedKind("which city did the board hold up as a model for CT oversight")).toMatchObject(
      {
        kind: "place",
        many: false,
      },
    );
    expect(
      askedKind("which part of the country has had no problem sharing information")?.kindWords,
    ).toEqual(new Set(["part", "country"]));
    expect(askedKind("who presented the public service reform paper in 2015")?.kind).toBe(
      "someone",
    );
    // Those a body would include, which "would sit on" asks for (asked-excerpt's "members").
    expect(askedKind("which organisations would sit on the CONTEST board")).toMatchObject({
      kind: "members",
      many: true,
    });
    expect(askedKind("which organisations attended the 2015 board")).toMatchObject({
      kind: "someone",
      many: true,
    });
    expect(askedKind("when's it coming back to the board?")?.kind).toBe("time");
    expect(askedKind("how long were they given?")?.kind).toBe("time");
    expect(askedKind("what did the Met report on the Action Plan in Feb 21")).toBeNull();
  });
});

describe("askedKind: what for, why, and what first", () => {
  it("reads a purpose, a reason and a first deed", () => {
    expect(askedKind("what's the london-wide contest board for?")?.kind).toBe("purpose");
    expect(askedKind("what is the transition board responsible for?")?.kind).toBe("purpose");
    expect(askedKind("why did the 2015 board say the met holds back on sharing info?")?.kind).toBe(
      "reason",
    );
    expect(askedKind("what would the new CONTEST board do first")).toMatchObject({
      kind: "first",
      kindWords: new Set(["first", "start", "begin"]),
    });
  });
});
