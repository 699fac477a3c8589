import { describe, expect, it } from "vitest";
import { layoutPdfText, type PdfTextRun } from "../../src/import/pdf-layout.js";

// Runs placed as a PDF places them (y down from the top of an A4 page), with lines of the seed
// minutes as their text. Widths are estimated at half an em a character, as for Helvetica.

function run(text: string, x: number, y: number, size = 11): PdfTextRun {
  return { text, x, y, size, width: text.length * size * 0.5 };
}

/** One run per word, as many PDF writers emit them. */
function words(text: string, x: number, y: number, size = 11): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  let at = x;
  for (const word of text.split(" ")) {
    runs.push(run(word, at, y, size));
    at += (word.length + 1) * size * 0.5;
  }
  return runs;
}

/** Lines down the page from `top`, 14 points apart. */
function lines(texts: string[], x = 56, top = 100): PdfTextRun[] {
  return texts.flatMap((text, i) => words(text, x, top + 14 * i));
}

const page = (runs: PdfTextRun[]) => ({ width: 595, height: 842, runs });
const layout = (...pages: PdfTextRun[][]) => layoutPdfText(pages.map(page));

describe("layoutPdfText: lines", () => {
  it("puts runs on one baseline together, in order across, with spaces between words", () => {
    const runs = words("The minutes of 20 October 2020 were agreed.", 56, 100).reverse();
    expect(layout(runs)).toBe("The minutes of 20 October 2020 were agreed.");
  });

  it("keeps a footnote mark riding above the baseline on its line", () => {
    expect(layout([run("The Casey Review", 56, 100), run("1", 146, 96, 7)])).toBe(
      "The Casey Review 1",
    );
  });

  it("separates cells of a table row with a tab", () => {
    expect(layout([run("Mayor Boris Johnson", 56, 100), run("Chair", 256, 100)])).toBe(
      "Mayor Boris Johnson\tChair",
    );
  });

  it("starts a paragraph where the gap between lines is wider than the usual spacing", () => {
    const runs = [
      ...lines(["ITEM 1. Welcome and Introductions"]),
      ...lines(
        ["The Chair, Mayor Johnson welcomed the Board", "members and opened the meeting."],
        56,
        122,
      ),
    ];
    expect(layout(runs)).toBe(
      "ITEM 1. Welcome and Introductions\n\nThe Chair, Mayor Johnson welcomed the Board\nmembers and opened the meeting.",
    );
  });
});

describe("layoutPdfText: page furniture", () => {
  const said = [
    ["The minutes were agreed as a true record.", "There were no outstanding actions."],
    ["The Board discussed the proposed model.", "This was agreed by the Board."],
    ["The CPS wants to get people to court.", "The system is stretched."],
  ];
  const body = (n: number) => lines(said[n - 1] ?? []);

  it("drops page numbers at the top or bottom of a page, in their usual forms", () => {
    for (const number of ["3", "Page 3", "Page 3 of 12", "- 3 -", "3/12"]) {
      expect(layout([...body(1), run(number, 290, 800)])).toBe(
        "The minutes were agreed as a true record.\nThere were no outstanding actions.",
      );
      expect(layout([run(number, 500, 40), ...body(1)])).toBe(
        "The minutes were agreed as a true record.\nThere were no outstanding actions.",
      );
    }
  });

  it("keeps a number standing in the body of the page", () => {
    expect(layout(lines(["Actions", "3", "MOPAC to circulate the paper."], 56, 400))).toBe(
      "Actions\n3\nMOPAC to circulate the paper.",
    );
  });

  it("drops running headers and footers that repeat on other pages, numbers and all", () => {
    const furnished = (n: number) => [
      run("OFFICIAL", 270, 30, 9),
      run(`LCRB minutes – 10 March 2015 – draft ${n}`, 56, 44, 9),
      ...body(n),
      run(`Printed ${n}/3/2015`, 56, 810, 9),
    ];
    expect(layout(furnished(1), furnished(2), furnished(3))).toBe(
      said.map((page) => page.join("\n")).join("\n\n"),
    );
  });

  it("keeps a title on page 1 that a later page repeats at another size as its header", () => {
    const header = (n: number) => [run("London Crime Reduction Board", 56, 36, 9), ...body(n)];
    const first = [run("London Crime Reduction Board", 56, 70, 16), ...body(1)];
    const text = layout(first, header(2), header(3));
    expect(text.split("\n")[0]).toBe("London Crime Reduction Board");
    expect(text.match(/London Crime Reduction Board/g)).toHaveLength(1);
  });

  it("keeps the top line of a single page, which has nothing to repeat", () => {
    expect(layout([run("Delivery Management Group", 56, 40), ...body(1)]).split("\n")[0]).toBe(
      "Delivery Management Group",
    );
  });
});

describe("layoutPdfText: columns and tables", () => {
  // corpus/000 in two columns, written row by row across them as a flattening tool would read it.
  const left = [
    "Agenda Item 2: Community Relations",
    "The Deputy Commissioner gave a brief",
    "update on the recent disorder.",
  ];
  const right = [
    "Agenda Item 3: COVID-19 Recovery",
    "The Group was updated on the means of",
    "recovery and renewal post COVID.",
    "",
    "Agenda Item 4: Police and Crime Plan",
  ];

  it("reads two columns one after the other, under a title that spans the page", () => {
    const runs = [
      run("Delivery Management Group – public record of meeting held on 8 June 2020", 56, 80, 12),
      ...lines(left, 56, 110),
      ...lines(right.slice(0, 3), 306, 110),
      ...lines(right.slice(4), 306, 110 + 14 * 3 + 10),
    ];
    expect(layout(runs)).toBe(
      [
        "Delivery Management Group – public record of meeting held on 8 June 2020",
        "",
        ...left,
        "",
        "Agenda Item 3: COVID-19 Recovery",
        "The Group was updated on the means of",
        "recovery and renewal post COVID.",
        "",
        "Agenda Item 4: Police and Crime Plan",
      ].join("\n"),
    );
  });

  it("reads justified columns on shared baselines one after the other", () => {
    // Both columns set to the same leading, each line but the last stretched to the column's width.
    const justified = (texts: string[], x: number) =>
      texts.flatMap((text, i) => {
        const parts = text.split(" ");
        const natural = parts.join("").length * 5.5;
        const last = i === texts.length - 1;
        const space = last ? 5.5 : (230 - natural) / (parts.length - 1);
        let at = x;
        return parts.map((word) => {
          const placed = run(word, at, 100 + 14 * i);
          at += word.length * 5.5 + space;
          return placed;
        });
      });
    const leftText = [
      "The Group was updated on the means of",
      "recovery and renewal post COVID and the",
      "work of the London Recovery Board and",
      "the Strategic Coordination Group.",
    ];
    const rightText = [
      "The deferral of the mayoral election has",
      "meant that the latest the Police and Crime",
      "Plan could be published was March 2022,",
      "with conversations with partners.",
    ];
    const text = layout([...justified(leftText, 56), ...justified(rightText, 300)]);
    expect(text).toBe([...leftText, "", ...rightText].join("\n"));
  });

  it("reads an attendance table across, row by row, in a page of prose", () => {
    const runs = [
      ...lines([
        "Present",
        "The minutes were agreed as a true and accurate record of the meeting and signed.",
        "There were no outstanding actions from the previous meeting of the Board.",
      ]),
      ...[
        ["Stephen Greenhalgh", "DMPC, MOPAC"],
        ["Helen Bailey", "COO, MOPAC"],
        ["Nick Smart", "CEO, CRC London"],
        ["John O'Brien", "CEO, London Councils"],
        ["Baljit Ubhey", "Crown Prosecution Service"],
      ].flatMap(([name = "", role = ""], i) => [
        run(name, 56, 160 + 14 * i),
        run(role, 256, 160 + 14 * i),
      ]),
    ];
    expect(layout(runs).split("\n").slice(-5)).toEqual([
      "Stephen Greenhalgh\tDMPC, MOPAC",
      "Helen Bailey\tCOO, MOPAC",
      "Nick Smart\tCEO, CRC London",
      "John O'Brien\tCEO, London Councils",
      "Baljit Ubhey\tCrown Prosecution Service",
    ]);
  });

  it("reads a page that is all table across, though no line crosses the middle", () => {
    const rows = [
      ["Sophie Linden", "Deputy Mayor"],
      ["Helen Ball", "Deputy Commissioner"],
      ["Barry Hughes", "Chief Crown Prosecutor"],
      ["Lionel Idan", "Chief Crown Prosecutor"],
      ["Ian Bickers", "London Prisons"],
      ["Claire Waxman", "London Victims Commissioner"],
    ];
    const runs = rows.flatMap(([name = "", role = ""], i) => [
      run(name, 56, 100 + 14 * i),
      run(role, 320, 100 + 14 * i),
    ]);
    expect(layout(runs).split("\n")).toEqual(rows.map((row) => row.join("\t")));
  });
});

describe("layoutPdfText: hyphens at line ends", () => {
  it("joins a word broken at a line end, moving its end up", () => {
    expect(layout(lines(["Overall informa-", "tion sharing was seen as a key element."]))).toBe(
      "Overall information\nsharing was seen as a key element.",
    );
  });

  it("joins a word broken across a page, through the page break", () => {
    expect(
      layout(lines(["to limit the effects of increas-"]), lines(["ing financial constraints."])),
    ).toBe("to limit the effects of increasing\n\nfinancial constraints.");
  });

  it("keeps the hyphen of a word the minutes write with one elsewhere", () => {
    expect(
      layout(
        lines([
          "In summary, the Plan was co-",
          "produced by partner agencies; the co-produced plan",
        ]),
      ),
    ).toBe("In summary, the Plan was co-produced\nby partner agencies; the co-produced plan");
  });

  it("leaves a dash before a capital, a number or a space alone", () => {
    expect(layout(lines(["ITEM 4 –", "Public Service Reform.", "COVID-", "19 recovery"]))).toBe(
      "ITEM 4 –\nPublic Service Reform.\nCOVID-\n19 recovery",
    );
  });
});
