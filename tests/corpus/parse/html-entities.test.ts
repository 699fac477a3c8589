import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../../src/corpus/parse/html-entities.js";
import { toTextLines } from "../../../src/corpus/parse/lines.js";

describe("decodeEntities: a web page saved as text with its HTML entities left in", () => {
  describe("as round 7 writes it (unseen-minutes-7/56)", () => {
    it.each([
      [
        "Ciara O&#39;Sullivan, Crown Prosecution Service &amp; Witness Care",
        "Ciara O'Sullivan, Crown Prosecution Service & Witness Care",
      ],
      [
        "Dr Leopold Akande-Watts, NHS England &ndash; London",
        "Dr Leopold Akande-Watts, NHS England – London",
      ],
      [
        "LCRB/24/31&nbsp;&nbsp;WELCOME AND APOLOGIES",
        "LCRB/24/31\u00a0\u00a0WELCOME AND APOLOGIES",
      ],
      [
        "LCRB/24/35&nbsp;&nbsp;CHILD CRIMINAL EXPLOITATION &ndash; &#8216;COUNTY LINES&#8217; REFERRALS",
        "LCRB/24/35\u00a0\u00a0CHILD CRIMINAL EXPLOITATION – ‘COUNTY LINES’ REFERRALS",
      ],
    ])("reads %j as %j", (raw, text) => {
      expect(decodeEntities(raw)).toBe(text);
    });
  });

  describe("written otherwise", () => {
    it.each([
      ["the Mayor&rsquo;s Office &mdash; policing", "the Mayor’s Office — policing"],
      ["&ldquo;Clear, Hold, Build&rdquo;&hellip;", "“Clear, Hold, Build”…"],
      ["Marguerite D&#x27;Souza-Finch", "Marguerite D'Souza-Finch"],
      ["Dr S&eacute;amus O&apos;Dowd &lt;MPS&gt;", "Dr Séamus O'Dowd <MPS>"],
      ["&quot;Op Bright&quot; cost &pound;1.2m", '"Op Bright" cost £1.2m'],
      ["Witness Care &amp;amp; Victims&#8217; Code", "Witness Care &amp; Victims’ Code"],
    ])("reads %j as %j", (raw, text) => {
      expect(decodeEntities(raw)).toBe(text);
    });

    it("decodes once: an ampersand's entity before another name stays that name written out", () => {
      expect(decodeEntities("written &amp;nbsp; in the page")).toBe("written &nbsp; in the page");
    });
  });

  describe("left as it was", () => {
    it.each([
      "Research & Development; Q&A session",
      "AT&T;BT and R&D",
      "Fines &c. were discussed",
      "&unknownword; stays",
      "LCRB/24/31&NBSP;WELCOME",
      "&#0; and &#xD800; are no characters",
    ])("keeps %j", (raw) => {
      expect(decodeEntities(raw)).toBe(raw);
    });
  });
});

describe("toTextLines: entities are decoded before any rule reads a line", () => {
  it("gives every line its characters, and a line break written as an entity no new line", () => {
    const lines = toTextLines(
      "Members:\nCiara O&#39;Sullivan, CPS &amp; Witness Care\nLCRB/24/31&nbsp;&nbsp;WELCOME&#10;AND APOLOGIES\n",
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Members:",
      "Ciara O'Sullivan, CPS & Witness Care",
      "LCRB/24/31 WELCOME AND APOLOGIES",
      "",
    ]);
    expect(lines[2]?.raw).toBe("LCRB/24/31  WELCOME AND APOLOGIES");
  });
});
