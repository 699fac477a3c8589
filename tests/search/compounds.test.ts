import { describe, expect, it } from "vitest";
import { closedCompound, compoundParts } from "../../src/search/compounds.js";

describe("compoundParts", () => {
  it.each([
    // The minutes write "the night time economy" (000_bc5123fd089beeb5.txt, 003_0417dfde59a34df8.txt).
    ["nighttime", [["night", "time"]]],
    ["nightlife", [["night", "life"]]],
    ["workforce", [["work", "force"]]],
  ])("splits %j into the English words it is closed up from", (word, parts) => {
    expect(compoundParts(word)).toEqual(parts);
  });

  it.each(["carpet", "however", "knifecrime", "night"])(
    "splits %j into nothing: parts under four letters, or no English word closed up",
    (word) => {
      expect(compoundParts(word)).toEqual([]);
    },
  );
});

describe("closedCompound", () => {
  it("closes up two words English writes as one", () => {
    expect(closedCompound("night", "life")).toBe("nightlife");
    expect(closedCompound("night", "time")).toBe("nighttime");
  });

  it("leaves words English keeps apart, and short words", () => {
    expect(closedCompound("knife", "crime")).toBeNull();
    expect(closedCompound("any", "one")).toBeNull();
  });
});
