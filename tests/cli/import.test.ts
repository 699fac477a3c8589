import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minutesDocx } from "../import/docx-fixtures.js";
import { encryptedPdf, minutesPdf, scannedPdf } from "../import/pdf-fixtures.js";
import { ONE_COLUMN, TWO_COLUMNS } from "../import/pdf-minutes.js";

// Acceptance checks for `lcrb import`, run through the built command as a person would: each saved
// page or PDF must become a corpus file that `lcrb corpus` reads with the right date, body,
// attendees and items, with nothing of the site's chrome or the PDF's page furniture in it.

const FIXTURES = fileURLToPath(new URL("../fixtures/import/", import.meta.url));
const SEED = fileURLToPath(new URL("../../corpus/", import.meta.url));

function lcrb(...args: string[]) {
  const run = spawnSync(process.execPath, ["dist/cli.js", ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Row {
  id: string;
  file: string;
  body: string;
  date: string;
  attendees: { name: string; status: string }[];
  items: { number: string | null; title: string; passages: { text: string }[] }[];
  actions: { text: string }[];
  nextMeetings: { body: string; date: string }[];
  source: { url: string } | null;
}
interface ImportJson {
  imported: { from: string; file: string; meeting: Row }[];
  problems: { file: string; code: string; message: string }[];
}

function importJson(corpus: string, ...args: string[]) {
  const run = lcrb("import", "--json", "--corpus", corpus, ...args);
  return { ...run, json: (run.stdout ? JSON.parse(run.stdout) : null) as ImportJson | null };
}

function corpusRows(corpus: string): Row[] {
  const run = lcrb("corpus", "--json", "--corpus", corpus);
  return (JSON.parse(run.stdout) as { meetings: Row[] }).meetings;
}

const names = (row: Row | undefined, status: string) =>
  row?.attendees.filter((a) => a.status === status).map((a) => a.name) ?? [];
const titles = (row: Row | undefined) => row?.items.map((i) => [i.number, i.title]) ?? [];
const passages = (row: Row | undefined) =>
  row?.items.flatMap((i) => i.passages.map((p) => p.text)) ?? [];

let work: string;
let pdfs: string;
const fixture = (name: string) => join(FIXTURES, name);
const pdf = (name: string) => join(pdfs, name);
async function corpusDir(name: string): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "lcrb-import-"));
  pdfs = join(work, "pdfs");
  await mkdir(pdfs);
  await writeFile(pdf("LCRB minutes 10.03.15.pdf"), await minutesPdf(ONE_COLUMN));
  await writeFile(pdf("dmg-8-june-2020.pdf"), await minutesPdf(TWO_COLUMNS));
  await writeFile(pdf("scanned.pdf"), await scannedPdf());
  await writeFile(pdf("encrypted.pdf"), encryptedPdf());
  await writeFile(pdf("corrupt.pdf"), "%PDF-1.7\nthis is not really a PDF\n");
  await writeFile(pdf("empty.pdf"), "");
  await writeFile(pdf("notes.rtf"), "{\\rtf1 London Crime Reduction Board}");
  // corpus/002 as the Word file a clerk keeps: attendance as paragraphs, "Item n - " headings.
  await writeFile(
    pdf("LCRB 12.04.23 minutes.docx"),
    minutesDocx([
      { bold: "London Crime Reduction Board - 12 April 2023 - Minutes" },
      { bold: "1. Attendees and apologies" },
      "Sadiq Khan, Mayor of London (Chair)",
      "Diana Luchford, MOPAC",
      "Dame Lynne Owens, MPS",
      "Cllr Ian Edwards, London Councils",
      { bold: "Apologies" },
      "Kenny Bowie, MOPAC",
      "Claudia Stuart, YJB",
      { bold: "Item 1 - Welcome, minutes and previous actions" },
      "The previous minutes were agreed, and MOPAC went through the outstanding actions.",
      { bold: "Item 2 - Casey Review" },
      "Dame Lynne Owens spoke about the Casey report which she described as devastating and deeply concerning.",
      {
        table: [
          ["Theme", "Lead"],
          ["Community engagement", "MPS"],
          ["Estate strategy", "MOPAC"],
        ],
      },
    ]),
  );
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("lcrb import: saved web pages", () => {
  it("imports a page whose attendance is paragraphs, keeping the main content only", async () => {
    const corpus = await corpusDir("paragraphs");
    const run = importJson(corpus, fixture("lcrb-minutes-2-february-2021.html"));
    expect(run.code).toBe(0);
    expect(run.json?.imported).toMatchObject([
      {
        from: "lcrb-minutes-2-february-2021.html",
        file: "lcrb-2021-02-02.txt",
        meeting: { id: "lcrb-2021-02-02", body: "LCRB", date: "2021-02-02" },
      },
    ]);
    const [row] = corpusRows(corpus);
    expect(row?.source?.url).toBe(
      "https://www.london.gov.uk/programmes-and-strategies/mayors-office-policing-and-crime-mopac/mopac-governance-and-decision-making/london-crime-reduction-board/london-crime-reduction-board-meeting-minutes-2-february-2021",
    );
    expect(names(row, "present")).toEqual(
      expect.arrayContaining(["Sadiq Khan", "Sophie Linden", "Stephen House", "Tony Hawker"]),
    );
    expect(row?.attendees).toHaveLength(13);
    expect(titles(row)).toEqual([
      ["1", "Agreement of minutes"],
      ["2", "The Action Plan – transparency, accountability and trust in policing"],
      ["3", "Tackling ethnic disproportionality in the Youth Action Plan"],
      ["4", "Any other business"],
    ]);
    expect(passages(row)).toContain("The minutes of 20 October 2020 were agreed.");
    expect(passages(row).join(" ")).toContain("MPS work on the pre-handcuffing review, and road");

    const text = await readFile(join(corpus, "lcrb-2021-02-02.txt"), "utf8");
    expect(text).toMatch(
      /^---\nsource: https:\/\/www\.london\.gov\.uk\/programmes-and-strategies\//,
    );
    expect(text).toMatch(/^imported: \d{4}-\d{2}-\d{2}$/m);
    expect(text).toMatch(/^from: lcrb-minutes-2-february-2021\.html$/m);
    expect(text).toMatch(/^Publication type: General$/m);
    expect(text).toMatch(/^Sir Stephen House, Deputy Commissioner, Metropolitan Police Service$/m);
    for (const chrome of [
      "Skip to main content",
      "cookies",
      "Mayor of London logo",
      "Who we are",
      "Programmes and strategies",
      "Back to table of contents",
      "Share on Twitter",
      "Kamal Chunchie Way",
      "dataLayer",
      "visually-hidden",
      "https://www.met.police.uk",
    ])
      expect(text).not.toContain(chrome);
  });

  it("imports a page with no <main> whose attendance and discussion are lists", async () => {
    const corpus = await corpusDir("lists");
    const run = importJson(corpus, fixture("dmg-notes-8-june-2020.htm"));
    expect(run.code).toBe(0);
    expect(run.json?.imported[0]?.file).toBe("dmg-2020-06-08.txt");
    const [row] = corpusRows(corpus);
    expect(row).toMatchObject({ body: "DMG", date: "2020-06-08" });
    expect(row?.source?.url).toBe(
      "https://www.london.gov.uk/mopac-publications/delivery-management-group-8-june-2020",
    );
    expect(names(row, "present")).toEqual([
      "Sophie Linden",
      "Stephen House",
      "Diana Luchford",
      "Claire Waxman",
      "Colin Allars",
      "Sinead Dervin",
      "Clive Grimshaw",
      "Barry Hughes",
    ]);
    expect(names(row, "in_attendance")).toEqual(["Andy Davis", "Tony Hawker"]);
    expect(names(row, "apologies")).toEqual(["Doug Flight"]);
    expect(titles(row)).toEqual([
      ["1", "Welcome, Minutes and Actions"],
      ["2", "COVID-19: Impact on Delivery"],
      ["3", "Police and Crime Plan"],
      ["4", "Any Other Business"],
    ]);
    expect(passages(row)).toContain("• the roll out of technology in the CJS;");
    expect(row?.items[2]?.passages.map((p) => p.text)).toEqual([
      "1. The deferral of the mayoral election has meant that the latest the Police and Crime Plan can be published was March 2022.",
      "2. Work on the next PCP was underway along with conversations with partners on the evidence base.",
    ]);
    expect(row?.nextMeetings.map((m) => [m.body, m.date])).toEqual([
      ["LCRB", "2020-07-08"],
      ["DMG", "2020-09-07"],
    ]);
    const text = await readFile(join(corpus, "dmg-2020-06-08.txt"), "utf8");
    for (const chrome of ["uses cookies", "Related pages", "Contact us", "Copyright", "Terms"])
      expect(text).not.toContain(chrome);
  });

  it("imports a page whose attendance is a table, citing the URL given on the command line", async () => {
    const corpus = await corpusDir("table");
    const url = "https://www.london.gov.uk/lcrb/minutes-27-april-2022";
    const run = importJson(corpus, "--source-url", url, fixture("LCRB 27 April 2022 (saved).html"));
    expect(run.code).toBe(0);
    expect(run.json?.imported[0]).toMatchObject({
      from: "LCRB 27 April 2022 (saved).html",
      file: "lcrb-2022-04-27.txt",
      meeting: { source: { url } },
    });
    const [row] = corpusRows(corpus);
    expect(row?.source?.url).toBe(url);
    expect(names(row, "present")).toEqual([
      "Sadiq Khan",
      "Sophie Linden",
      "Helen Ball",
      "Barry Hughes",
      "Kenny Bowie",
      "Ian Bickers",
      "Claire Waxman",
    ]);
    expect(names(row, "apologies")).toEqual(["Jas Athwal", "Darren Rodwell"]);
    expect(names(row, "in_attendance")).toEqual(["Doug Flight", "Tina Price"]);
    expect(titles(row).map(([, title]) => title)).toEqual([
      "Welcome and apologies",
      "Minutes of the previous meeting and matters arising",
      "Tackling fraud",
      "Any other business",
    ]);
    expect(row?.actions.map((a) => a.text)).toEqual([
      expect.stringContaining("MOPAC to set up a fraud roundtable with partners"),
    ]);
    const text = await readFile(join(corpus, "lcrb-2022-04-27.txt"), "utf8");
    expect(text).toMatch(/^Sadiq Khan \(SK\)\tMayor$/m);
    expect(text).toMatch(/^Kenny Bowie \(KB\)\tDirector, S&MPS Oversight MOPAC$/m);
    expect(text).not.toMatch(/cookies|MAYOR OF LONDON|Who we are|Greater London Authority/);
  });
});

describe("lcrb import: PDFs", () => {
  it("imports a one-column PDF: table rows, running header, page numbers and hyphens", async () => {
    const corpus = await corpusDir("one-column");
    const run = importJson(corpus, pdf("LCRB minutes 10.03.15.pdf"));
    expect(run.code).toBe(0);
    expect(run.json?.imported[0]).toMatchObject({
      from: "LCRB minutes 10.03.15.pdf",
      file: "lcrb-2015-03-10.txt",
      meeting: { source: null },
    });
    const [row] = corpusRows(corpus);
    expect(row).toMatchObject({ body: "LCRB", date: "2015-03-10", source: null });
    expect(names(row, "present")).toEqual([
      "Boris Johnson",
      "Stephen Greenhalgh",
      "Helen Bailey",
      "Craig Mackey",
      "John O'Brien",
      "Lib Peck",
      "Baljit Ubhey",
      "Kate Gilbert",
    ]);
    expect(names(row, "in_attendance")).toEqual(["Dan Hales", "Doug Flight"]);
    expect(titles(row)).toEqual([
      ["1", "Welcome and Introductions"],
      ["2", "Minutes Of Last Meeting/Actions (15 September)"],
      ["3", "Counter Terrorism"],
      ["4", "Public Service Reform"],
      ["5", "Any other business"],
    ]);
    const said = passages(row);
    expect(said).toContain(
      "1. Taking as its basis that London has the highest CT threat and vulnerability of any UK City the Board discussed proposals contained in the presentation paper. Overall information sharing was seen as a key element in future work.",
    );
    expect(said.join(" ")).toContain(
      "supported by the London Prevent Board (chaired by Martin Esom). This was agreed by the Board.",
    );
    expect(said.join(" ")).toContain("to limit the effects of increasing financial constraints.");
    expect(said.join(" ")).toContain("the London-wide CONTEST Board. This would be separate");
    expect(row?.actions).toHaveLength(1);
    expect(row?.nextMeetings.map((m) => m.date)).toEqual(["2015-06-09"]);
    const text = await readFile(join(corpus, "lcrb-2015-03-10.txt"), "utf8");
    expect(text).toMatch(/^Mayor Boris Johnson\tChair$/m);
    expect(text).not.toMatch(/Page \d of \d|Minutes – 10 March 2015/);
  });

  it("imports a two-column PDF in reading order: each column top to bottom, then the next", async () => {
    const corpus = await corpusDir("two-columns");
    const run = importJson(corpus, pdf("dmg-8-june-2020.pdf"));
    expect(run.code).toBe(0);
    expect(run.json?.imported[0]?.file).toBe("dmg-2020-06-08.txt");
    const [row] = corpusRows(corpus);
    expect(row).toMatchObject({ body: "DMG", date: "2020-06-08" });
    expect(names(row, "present")).toEqual([
      "Sophie Linden",
      "Stephen House",
      "Diana Luchford",
      "Claire Waxman",
      "Colin Allars",
      "Barry Hughes",
    ]);
    expect(names(row, "in_attendance")).toEqual(["Andy Davis", "Tony Hawker"]);
    expect(titles(row)).toEqual([
      ["1", "Minutes and Actions"],
      ["2", "Community Relations"],
      ["3", "COVID-19 Recovery"],
      ["4", "Police and Crime Plan"],
      ["5", "Any Other Business"],
    ]);
    expect(row?.items[1]?.passages.map((p) => p.text)).toEqual([
      "The Deputy Commissioner gave a brief update on the recent disorder, the causes and the police response. Effort was being made by the Met to increase community engagement with offenders.",
    ]);
    expect(row?.items[2]?.passages[0]?.text).toContain(
      "the recovery of services, backlog and the roll out of technology.",
    );
    expect(row?.items[3]?.passages).toHaveLength(2);
    expect(row?.nextMeetings.map((m) => [m.body, m.date])).toEqual([
      ["LCRB", "2020-07-08"],
      ["DMG", "2020-09-07"],
    ]);
    const text = await readFile(join(corpus, "dmg-2020-06-08.txt"), "utf8");
    expect(text).not.toMatch(/^\s*\d\s*$/m);
    expect(text).not.toContain("Delivery Management Group – 8 June 2020");
  });
});

describe("lcrb import: Word files", () => {
  it("imports a .docx into a file lcrb corpus reads", async () => {
    const corpus = await corpusDir("docx");
    const url = "https://www.london.gov.uk/lcrb/minutes-12-april-2023";
    const run = importJson(corpus, "--source-url", url, pdf("LCRB 12.04.23 minutes.docx"));
    expect(run.code).toBe(0);
    expect(run.json?.imported[0]).toMatchObject({
      from: "LCRB 12.04.23 minutes.docx",
      file: "lcrb-2023-04-12.txt",
    });
    const [row] = corpusRows(corpus);
    expect(row).toMatchObject({ body: "LCRB", date: "2023-04-12", source: { url } });
    expect(names(row, "present")).toEqual([
      "Sadiq Khan",
      "Diana Luchford",
      "Lynne Owens",
      "Ian Edwards",
    ]);
    expect(names(row, "apologies")).toEqual(["Kenny Bowie", "Claudia Stuart"]);
    expect(titles(row)).toEqual([
      ["1", "Welcome, minutes and previous actions"],
      ["2", "Casey Review"],
    ]);
    const text = await readFile(join(corpus, "lcrb-2023-04-12.txt"), "utf8");
    expect(text).toMatch(/^Community engagement\tMPS$/m);
  });
});

describe("lcrb import: bad input", () => {
  it("reports each bad file with its reason, writes nothing for it, and imports the rest", async () => {
    const corpus = await corpusDir("batch");
    const run = importJson(
      corpus,
      fixture("news-story.html"),
      fixture("lcrb-landing-page.html"),
      fixture("meeting-postponed.html"),
      fixture("chrome-only.html"),
      pdf("scanned.pdf"),
      pdf("encrypted.pdf"),
      pdf("corrupt.pdf"),
      pdf("empty.pdf"),
      join(pdfs, "missing.pdf"),
      pdf("notes.rtf"),
      fixture("lcrb-minutes-2-february-2021.html"),
    );
    expect(run.code).toBe(0);
    expect(run.json?.imported.map((i) => i.file)).toEqual(["lcrb-2021-02-02.txt"]);
    const codes = Object.fromEntries(run.json?.problems.map((p) => [p.file, p.code]) ?? []);
    expect(codes).toEqual({
      "news-story.html": "not_minutes",
      "lcrb-landing-page.html": "not_minutes",
      "meeting-postponed.html": "not_minutes",
      "chrome-only.html": "empty",
      "scanned.pdf": "no_text_layer",
      "encrypted.pdf": "encrypted",
      "corrupt.pdf": "unreadable",
      "empty.pdf": "empty",
      "missing.pdf": "unreadable",
      "notes.rtf": "unsupported_type",
    });
    const scanned = run.json?.problems.find((p) => p.file === "scanned.pdf");
    expect(scanned?.message).toBe("no text layer: OCR is not supported");
    expect(await readdir(corpus)).toEqual(["lcrb-2021-02-02.txt"]);
  });

  it("exits 1 and writes nothing when no file could be imported", async () => {
    const corpus = await corpusDir("none");
    const run = importJson(corpus, fixture("news-story.html"), pdf("scanned.pdf"));
    expect(run.code).toBe(1);
    expect(run.json?.imported).toEqual([]);
    expect(run.json?.problems).toHaveLength(2);
    expect(await readdir(corpus)).toEqual([]);
  });

  it("exits 2 when no file is named", () => {
    const run = lcrb("import", "--json");
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("lcrb import: what the parser noticed", () => {
  it("reports it under the code lcrb corpus gives it", async () => {
    const corpus = await corpusDir("noticed");
    // The heading and first items of lcrb-minutes-2-february-2021.html, without its attendance.
    const page = join(work, "items-only.html");
    await writeFile(
      page,
      [
        "<main><h1>London Crime Reduction Board meeting minutes - 2 February 2021</h1>",
        "<h2>1. Agreement of minutes</h2><p>The minutes of 20 October 2020 were agreed.</p>",
        "<h2>2. The Action Plan – transparency, accountability and trust in policing</h2>",
        "<p>An update was provided on community engagement, recommendations and delivery to date.</p></main>",
      ].join("\n"),
    );
    const run = importJson(corpus, page);
    expect(run.code).toBe(0);
    expect(run.json?.imported.map((i) => i.file)).toEqual(["lcrb-2021-02-02.txt"]);
    expect(run.json?.problems).toMatchObject([
      { file: "lcrb-2021-02-02.txt", code: "no_attendance" },
    ]);
    const rows = JSON.parse(lcrb("corpus", "--json", "--corpus", corpus).stdout) as {
      problems: { file: string; code: string }[];
    };
    expect(rows.problems).toMatchObject([{ file: "lcrb-2021-02-02.txt", code: "no_attendance" }]);
  });
});

describe("lcrb import: the same meeting twice", () => {
  it("never overwrites without --force, and says the meeting is already there", async () => {
    const corpus = await corpusDir("twice");
    const page = fixture("lcrb-minutes-2-february-2021.html");
    expect(importJson(corpus, page).code).toBe(0);
    const target = join(corpus, "lcrb-2021-02-02.txt");
    await writeFile(target, `${await readFile(target, "utf8")}\nA clerk's note.\n`);
    const again = importJson(corpus, page);
    expect(again.code).toBe(1);
    expect(again.json?.problems).toMatchObject([
      { file: "lcrb-minutes-2-february-2021.html", code: "already_imported" },
    ]);
    expect(again.json?.problems[0]?.message).toMatch(/lcrb-2021-02-02\.txt/);
    expect(await readFile(target, "utf8")).toContain("A clerk's note.");
    const forced = importJson(corpus, "--force", page);
    expect(forced.code).toBe(0);
    expect(await readFile(target, "utf8")).not.toContain("A clerk's note.");
  });

  it("says so when the corpus holds the meeting under another file name", async () => {
    const corpus = await corpusDir("seeded");
    await copyFile(
      join(SEED, "001_c2fb2c5d5dd83175.txt"),
      join(corpus, "001_c2fb2c5d5dd83175.txt"),
    );
    const run = importJson(corpus, fixture("lcrb-minutes-2-february-2021.html"));
    expect(run.code).toBe(1);
    expect(run.json?.problems).toMatchObject([{ code: "already_imported" }]);
    expect(run.json?.problems[0]?.message).toMatch(/001_c2fb2c5d5dd83175\.txt/);
    expect(await readdir(corpus)).toEqual(["001_c2fb2c5d5dd83175.txt"]);
  });

  it("refuses a second file of the same meeting in one batch", async () => {
    const corpus = await corpusDir("batch-twice");
    const page = fixture("lcrb-minutes-2-february-2021.html");
    const run = importJson(corpus, page, page);
    expect(run.code).toBe(0);
    expect(run.json?.imported).toHaveLength(1);
    expect(run.json?.problems).toMatchObject([{ code: "already_imported" }]);
  });
});

describe("lcrb import: what it prints, and what it changes downstream", () => {
  it("prints the corpus row of each imported meeting as text without --json", async () => {
    const corpus = await corpusDir("text");
    const run = lcrb("import", "--corpus", corpus, fixture("dmg-notes-8-june-2020.htm"));
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^file\s+date\s+body\s+attendees\s+apologies\s+items\s+actions\s+problems$/,
    );
    expect(lines[1]?.split(/\s+/).slice(0, 6)).toEqual([
      "dmg-2020-06-08.txt",
      "2020-06-08",
      "DMG",
      "10",
      "1",
      "4",
    ]);
  });

  it("gives search results of an imported page the page's URL", async () => {
    const corpus = await corpusDir("search");
    importJson(corpus, fixture("lcrb-minutes-2-february-2021.html"));
    const run = lcrb("search", "--json", "--corpus", corpus, "pre-handcuffing review");
    const [first] = (JSON.parse(run.stdout) as { results: { source: { url?: string } }[] }).results;
    expect(first?.source.url).toMatch(/^https:\/\/www\.london\.gov\.uk\/.*2-february-2021$/);
  });
});
