import { describe, expect, it } from "vitest";
import { formPartTitle } from "../../../src/corpus/parse/form-parts.js";

describe("formPartTitle", () => {
  it.each([
    // unseen-minutes-10/85
    ["SECTION A – ATTENDANCE (tick one box for each person)", "ATTENDANCE"],
    ["SECTION D – NEXT MEETING", "NEXT MEETING"],
    // layout-variants-10b/114
    ["PART 1 – WHO ATTENDED (mark one box in each row)", "WHO ATTENDED"],
    ["PART 3 – ACTIONS", "ACTIONS"],
  ])("reads %j as the part titled %j", (text, title) => {
    expect(formPartTitle(text)).toBe(title);
  });

  it("reads no part in an item numbered by its section, or in prose", () => {
    expect(formPartTitle("Section 2: Knife crime")).toBeNull();
    expect(formPartTitle("Partners - the Board thanked them")).toBeNull();
  });
});
