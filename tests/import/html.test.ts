import { describe, expect, it } from "vitest";
import { htmlToMinutesText } from "../../src/import/html.js";
import { decodeHtml } from "../../src/import/html-encoding.js";

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const text = (body: string, head = "") => htmlToMinutesText(page(head, body)).text;

describe("htmlToMinutesText: what is content", () => {
  it("keeps <main> and leaves out the site header, menus, cookie banner and footer", () => {
    const body = `
      <div class="eu-cookie-compliance-banner"><p>We use cookies.</p></div>
      <header><a href="/">Mayor of London</a></header>
      <nav><a href="/who-we-are">Who we are</a></nav>
      <main><h1>London Crime Reduction Board - 12 April 2023 - Minutes</h1>
        <p>Sadiq Khan, Mayor of London (Chair)</p></main>
      <footer><p>© Greater London Authority</p></footer>`;
    expect(text(body)).toBe(
      "London Crime Reduction Board - 12 April 2023 - Minutes\n\nSadiq Khan, Mayor of London (Chair)",
    );
  });

  it("reads the body without its header, footer and aside when there is no <main> or <article>", () => {
    const body = `<header><p>LONDON ASSEMBLY</p></header><aside><p>Related pages</p></aside>
      <div><p>Delivery Management Group</p><p>Monday 8 June 2020, 14:00, MS Teams</p></div>
      <footer><p>Privacy</p></footer>`;
    expect(text(body)).toBe("Delivery Management Group\n\nMonday 8 June 2020, 14:00, MS Teams");
  });

  it("keeps an article's own header and a sidebar inside <main>", () => {
    const body = `<main><article><header><h1>Delivery Management Group</h1></header>
      <aside><h2>Key information</h2><p>Publication type: General</p></aside></article></main>`;
    expect(text(body)).toBe(
      "Delivery Management Group\n\nKey information\n\nPublication type: General",
    );
  });

  it("keeps a contents list of links within the page, and drops breadcrumbs and back-links", () => {
    const body = `<main>
      <nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/mopac">MOPAC</a></li></ol></nav>
      <nav><h2>Contents</h2><ul><li><a href="#item-1">Item 1 - Welcome, minutes and previous actions</a></li>
        <li><a href="#item-2">Item 2 - Casey Review</a></li></ul></nav>
      <h2 id="item-2">Item 2 - Casey Review</h2>
      <p><a href="#top">Back to table of contents</a></p></main>`;
    expect(text(body)).toBe(
      [
        "Contents",
        "",
        "• Item 1 - Welcome, minutes and previous actions",
        "• Item 2 - Casey Review",
        "",
        "Item 2 - Casey Review",
      ].join("\n"),
    );
  });

  it("leaves out hidden text and text only screen readers hear", () => {
    const body = `<main><p>Lib Peck, VRU<span class="visually-hidden"> (opens in a new window)</span></p>
      <p hidden>Draft</p><p aria-hidden="true">★</p><p style="display: none">x</p>
      <div class="social-share"><a href="https://twitter.com/share">Share</a></div></main>`;
    expect(text(body)).toBe("Lib Peck, VRU");
  });

  it("does not take a class that only contains a chrome word for chrome", () => {
    expect(
      text(`<main><div class="shared-services"><p>Doug Flight, London Councils</p></div></main>`),
    ).toBe("Doug Flight, London Councils");
  });
});

describe("htmlToMinutesText: lines the parser reads", () => {
  it("keeps a link's text only, and inline markup inside its line", () => {
    expect(
      text(
        `<main><p>Sir Stephen House, Deputy Commissioner, <a href="https://www.met.police.uk/">Metropolitan <em>Police</em> Service</a></p></main>`,
      ),
    ).toBe("Sir Stephen House, Deputy Commissioner, Metropolitan Police Service");
  });

  it("breaks a paragraph at <br> into lines that follow each other", () => {
    expect(text("<main><p>Apologies<br>Kenny Bowie, MOPAC<br/>Jane Garvan, MPS</p></main>")).toBe(
      "Apologies\nKenny Bowie, MOPAC\nJane Garvan, MPS",
    );
  });

  it("writes list items with a bullet, or numbered as the page numbers them", () => {
    const body = `<main><ul><li>Sophie Linden, DMPC</li><li><p>Diana Luchford,</p><p>CEO, MOPAC</p></li></ul>
      <ol start="3"><li>Cllr Ian Edwards, London Councils<ul><li>nested note</li></ul></li><li value="7">Lib Peck, VRU</li><li>Ella Watson</li></ol></main>`;
    expect(text(body)).toBe(
      [
        "• Sophie Linden, DMPC",
        "• Diana Luchford, CEO, MOPAC",
        "",
        "3. Cllr Ian Edwards, London Councils",
        "• nested note",
        "7. Lib Peck, VRU",
        "8. Ella Watson",
      ].join("\n"),
    );
  });

  it("writes a table row as tab-separated cells, its caption first, empty cells left out", () => {
    const body = `<main><table><caption>Actions</caption>
      <thead><tr><th>No.</th><th>Action</th><th>Owner</th></tr></thead>
      <tbody><tr><td>1</td><td><p>MOPAC to circulate</p><p>the paper</p></td><td>MOPAC</td></tr>
      <tr><td>2</td><td>Share the data</td><td></td></tr></tbody></table></main>`;
    expect(text(body)).toBe(
      [
        "Actions",
        "",
        "No.\tAction\tOwner",
        "1\tMOPAC to circulate the paper\tMOPAC",
        "2\tShare the data",
      ].join("\n"),
    );
  });

  it("reads a table that lays out the page (headings, lists or tables in its cells) as sections", () => {
    const body = `<main><table><tr><td><h2>Present</h2><ul><li>Sadiq Khan, Mayor of London</li></ul></td>
      <td><h2>Apologies</h2><table><tr><td>Kenny Bowie</td><td>MOPAC</td></tr></table></td></tr></table></main>`;
    expect(text(body)).toBe(
      [
        "Present",
        "",
        "• Sadiq Khan, Mayor of London",
        "",
        "Apologies",
        "",
        "Kenny Bowie\tMOPAC",
      ].join("\n"),
    );
  });

  it("keeps a data table whose cells hold a paragraph each as rows", () => {
    const body = `<main><table><tr><td><p>1</p></td><td><p>MOPAC to cost the expansion of the ISVA service</p></td></tr></table></main>`;
    expect(text(body)).toBe("1\tMOPAC to cost the expansion of the ISVA service");
  });

  it("writes a definition list as 'Term: description' lines", () => {
    const body = `<main><dl><dt>Publication type:</dt><dd>General</dd><dt>Publication date</dt>
      <dd>Tuesday 2 February 2021</dd><dt>Topics</dt><dd>Policing</dd><dd>Justice</dd></dl></main>`;
    expect(text(body)).toBe(
      "Publication type: General\nPublication date: Tuesday 2 February 2021\nTopics: Policing, Justice",
    );
  });

  it("sets the page's own title above the content when <main> has no <h1>", () => {
    const body = `<div class="hero"><h1>London Crime Reduction Board meeting minutes - 27 April 2022</h1></div>
      <main><p>Sadiq Khan (SK) Mayor</p></main>`;
    expect(text(body)).toBe(
      "London Crime Reduction Board meeting minutes - 27 April 2022\n\nSadiq Khan (SK) Mayor",
    );
    expect(
      text("<main><p>Sadiq Khan (SK) Mayor</p></main>", "<title>DMG notes 8 June 2020</title>"),
    ).toBe("DMG notes 8 June 2020\n\nSadiq Khan (SK) Mayor");
  });
});

describe("htmlToMinutesText: the page's address", () => {
  it.each([
    [
      '<link rel="canonical" href="https://www.london.gov.uk/a"><meta property="og:url" content="https://www.london.gov.uk/b">',
      "https://www.london.gov.uk/a",
    ],
    [
      '<meta property="og:url" content="https://www.london.gov.uk/b">',
      "https://www.london.gov.uk/b",
    ],
    ['<link rel="canonical" href="/relative/path">', null],
    ['<link rel="canonical" href="javascript:alert(1)">', null],
    ["", null],
  ])("reads %s as %s", (head, url) => {
    expect(htmlToMinutesText(page(head, "<main><p>x</p></main>")).url).toBe(url);
  });
});

describe("decodeHtml", () => {
  it("reads the encoding the page declares", () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>John O'),
      0x92,
      ...new TextEncoder().encode("Brien</p>"),
    ]);
    expect(decodeHtml(bytes)).toContain("John O’Brien");
  });

  it("reads UTF-8 when the page declares nothing", () => {
    expect(decodeHtml(new TextEncoder().encode("<p>John O’Brien</p>"))).toBe("<p>John O’Brien</p>");
  });
});
