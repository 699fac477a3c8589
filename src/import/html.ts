import {
  type AnyNode,
  type Document,
  type Element,
  isTag,
  isText,
  type ParentNode,
} from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { LineWriter } from "./line-writer.js";
import { publishedUrl } from "./published-url.js";

/** A saved web page as minutes text, and the address the page says it lives at. */
export interface PageText {
  /** Lines the minutes parser reads: one per heading, paragraph, list item or table row. */
  text: string;
  /** The page's canonical link or og:url, when it is an http(s) URL. */
  url: string | null;
}

// Elements that never hold minutes text.
const NEVER_TEXT = new Set(
  "head script style noscript template svg math iframe object embed canvas video audio img picture map form input button select textarea label dialog".split(
    " ",
  ),
);

// Landmarks that hold the site around the page, not the page: its banner, menus and footer.
// A header or footer inside the content (an article's own header) belongs to the content.
const CHROME_ROLES = new Set([
  "banner",
  "navigation",
  "contentinfo",
  "search",
  "dialog",
  "alertdialog",
]);

// Site furniture that pages mark by class or id rather than by landmark: cookie and consent
// banners, breadcrumbs, share buttons, skip links and text only screen readers hear. Matched as
// whole words of a class or id ("eu-cookie-compliance", "sr-only"), not inside other words.
const CHROME_WORDS =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|breadcrumbs?|share|sharing|social|skip|sr-only|visually-hidden|screen-reader-text)(?=$|[\s_-])/i;

const BLOCKS = new Set(
  "address article aside blockquote body center dd details div dl dt fieldset figcaption figure footer h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul caption".split(
    " ",
  ),
);

/**
 * The minutes text of a saved web page: the page's main content only (no site header, menus,
 * cookie banner or footer), each heading, paragraph, list item and table row on a line of its own,
 * links reduced to their text.
 */
export function htmlToMinutesText(html: string): PageText {
  const document = parseDocument(html);
  const root = contentRoot(document.children);
  const writer = new LineWriter();
  const outside = root.type === "root" || root.name === "body";
  renderBlock(root, writer, outside);
  const content = writer.toString();
  // A title over no content is still an empty page.
  const title = content ? titleOutside(root, document.children, outside) : null;
  return { text: title ? `${title}\n\n${content}` : content, url: pageUrl(document.children) };
}

// <main> (or role="main"), else the page's one <article>, else the whole body.
function contentRoot(nodes: AnyNode[]): Element | Document {
  const main = DomUtils.findOne(
    (e) => e.name === "main" || DomUtils.getAttributeValue(e, "role") === "main",
    nodes,
  );
  if (main) return main;
  const articles = DomUtils.findAll((e) => e.name === "article", nodes);
  if (articles.length === 1 && articles[0]) return articles[0];
  const body = DomUtils.findOne((e) => e.name === "body", nodes);
  return body ?? (nodes[0]?.parent as Document);
}

// Pages often set their title (which names the meeting and its date) in a banner above <main>. When
// the content has no <h1>, the page's own <h1>, else its <title>, heads it.
function titleOutside(root: Element | Document, nodes: AnyNode[], outside: boolean): string | null {
  const shown = DomUtils.findOne(
    (e) => e.name === "h1" && !withinChrome(e, outside),
    root.children,
  );
  if (shown) return null;
  const h1 = DomUtils.findOne((e) => e.name === "h1" && !withinChrome(e, false), nodes);
  if (h1) return flatText(h1, false) || null;
  const title = DomUtils.findOne((e) => e.name === "title", nodes);
  return title ? DomUtils.textContent(title).replace(/\s+/g, " ").trim() || null : null;
}

function withinChrome(element: Element, outside: boolean): boolean {
  for (let node: ParentNode | null = element; node; node = node.parent)
    if (isTag(node) && isChrome(node, outside)) return true;
  return false;
}

function pageUrl(nodes: AnyNode[]): string | null {
  const canonical = DomUtils.findOne(
    (e) =>
      e.name === "link" &&
      (DomUtils.getAttributeValue(e, "rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
    nodes,
  );
  const ogUrl = DomUtils.findOne(
    (e) => e.name === "meta" && DomUtils.getAttributeValue(e, "property") === "og:url",
    nodes,
  );
  return (
    publishedUrl(canonical ? DomUtils.getAttributeValue(canonical, "href") : undefined) ??
    publishedUrl(ogUrl ? DomUtils.getAttributeValue(ogUrl, "content") : undefined)
  );
}

/** Whether the element is page furniture to leave out. `outside`: not within the main content. */
function isChrome(element: Element, outside: boolean): boolean {
  if (NEVER_TEXT.has(element.name)) return true;
  const attributes = element.attribs;
  if ("hidden" in attributes || attributes["aria-hidden"] === "true") return true;
  if (/display\s*:\s*none/i.test(attributes.style ?? "")) return true;
  if (CHROME_WORDS.test(`${attributes.class ?? ""} ${attributes.id ?? ""}`)) return true;
  const role = attributes.role ?? "";
  const navigation = element.name === "nav" || role === "navigation";
  // A list of links within the page is its table of contents, which the parser uses; links to
  // other pages are the site's menus.
  if (navigation) return !linksWithinPage(element);
  if (CHROME_ROLES.has(role)) return true;
  return (
    outside && (element.name === "header" || element.name === "footer" || element.name === "aside")
  );
}

function linksWithinPage(element: Element): boolean {
  const links = DomUtils.findAll((e) => e.name === "a", element.children);
  return links.length > 0 && links.every((a) => (a.attribs.href ?? "").startsWith("#"));
}

function renderBlock(node: AnyNode, writer: LineWriter, outside: boolean): void {
  for (const child of DomUtils.getChildren(node)) renderNode(child, writer, outside);
}

function renderNode(node: AnyNode, writer: LineWriter, outside: boolean): void {
  if (isText(node)) {
    writer.inline(node.data);
    return;
  }
  if (!isTag(node) || isChrome(node, outside)) return;
  const name = node.name;
  if (name === "br") writer.breakLine();
  else if (name === "ul" || name === "ol") renderList(node, writer, outside);
  else if (name === "table") renderTable(node, writer, outside);
  else if (name === "dl") renderDefinitions(node, writer, outside);
  else if (!BLOCKS.has(name)) renderBlock(node, writer, outside);
  else renderSection(node, writer, outside);
}

function renderSection(node: Element, writer: LineWriter, outside: boolean): void {
  const name = node.name;
  writer.endBlock();
  if (isBackLink(node)) return;
  renderBlock(node, writer, outside && name !== "main" && name !== "article");
  writer.endBlock();
}

// "Back to table of contents", "Back to top": a paragraph that is only a link within the page.
function isBackLink(element: Element): boolean {
  const links = DomUtils.findAll((e) => e.name === "a", element.children);
  return (
    links.length === 1 &&
    (links[0]?.attribs.href ?? "").startsWith("#") &&
    flatText(element, false) === flatText(links[0] as Element, false)
  );
}

/** List items, "• " or numbered as the page numbers them; a nested list follows its item, in line. */
function renderList(list: Element, writer: LineWriter, outside: boolean, within?: number): void {
  writer.endBlock();
  let number = Number.parseInt(list.attribs.start ?? "1", 10) || 1;
  const group = within ?? writer.newGroup();
  for (const item of list.children) {
    if (!isTag(item) || isChrome(item, outside)) continue;
    if (item.name !== "li") {
      renderNode(item, writer, outside);
      continue;
    }
    const value = Number.parseInt(item.attribs.value ?? "", 10);
    if (!Number.isNaN(value)) number = value;
    const marker = list.name === "ol" ? `${number}. ` : "• ";
    number += 1;
    const text = flatText(item, outside, (e) => e.name === "ul" || e.name === "ol");
    if (text) writer.line(`${marker}${text}`, group);
    for (const nested of item.children)
      if (isTag(nested) && (nested.name === "ul" || nested.name === "ol"))
        renderList(nested, writer, outside, group);
  }
  if (within === undefined) writer.endBlock();
}

/** A caption line, then one line per row with its cells separated by tabs. */
function renderTable(table: Element, writer: LineWriter, outside: boolean): void {
  writer.endBlock();
  const caption = DomUtils.findOne((e) => e.name === "caption", table.children, false);
  if (caption) writer.line(flatText(caption, outside), writer.newGroup());
  const group = writer.newGroup();
  const rows = DomUtils.findAll(
    (e) => e.name === "tr" && nearestTable(e) === table,
    table.children,
  ).map((row) =>
    row.children.filter((c): c is Element => isTag(c) && (c.name === "td" || c.name === "th")),
  );
  if (rows.some((cells) => cells.some(isLayoutCell))) {
    for (const cell of rows.flat()) renderSection(cell, writer, outside);
    return;
  }
  for (const cells of rows) {
    const texts = cells.map((cell) => flatText(cell, outside)).filter((text) => text !== "");
    if (texts.length > 0) writer.line(texts.join("\t"), group);
  }
  writer.endBlock();
}

// A table that lays out the page rather than tabulating data: a cell holds headings, lists, another
// table or several paragraphs. Its cells are read as sections, in order.
function isLayoutCell(cell: Element): boolean {
  const blocks = DomUtils.findAll((e) => /^(?:h[1-6]|ul|ol|table)$/.test(e.name), cell.children);
  const paragraphs = DomUtils.findAll((e) => e.name === "p", cell.children);
  return blocks.length > 0 || paragraphs.length >= 3;
}

function nearestTable(element: Element): Element | null {
  let parent = element.parent;
  while (parent && !(isTag(parent) && parent.name === "table")) parent = parent.parent;
  return parent as Element | null;
}

/** "Publication type: General": each term on one line with its descriptions. */
function renderDefinitions(list: Element, writer: LineWriter, outside: boolean): void {
  writer.endBlock();
  const group = writer.newGroup();
  let line = "";
  const emit = () => {
    if (line) writer.line(line, group);
    line = "";
  };
  for (const entry of DomUtils.findAll((e) => e.name === "dt" || e.name === "dd", list.children)) {
    const text = flatText(entry, outside);
    if (!text) continue;
    if (entry.name === "dt") {
      emit();
      line = text;
    } else if (!line) line = text;
    else line += /:$/.test(line) ? ` ${text}` : line.includes(": ") ? `, ${text}` : `: ${text}`;
  }
  emit();
  writer.endBlock();
}

/** All the text within, on one line: block boundaries and line breaks become spaces. */
function flatText(element: Element, outside: boolean, skip?: (e: Element) => boolean): string {
  const parts: string[] = [];
  const walk = (node: AnyNode) => {
    if (isText(node)) parts.push(node.data);
    else if (isTag(node) && !isChrome(node, outside) && !skip?.(node)) {
      if (node.name === "br" || BLOCKS.has(node.name)) parts.push(" ");
      for (const child of node.children) walk(child);
      if (BLOCKS.has(node.name)) parts.push(" ");
    }
  };
  for (const child of element.children) walk(child);
  return parts.join("").replace(/\s+/g, " ").trim();
}
