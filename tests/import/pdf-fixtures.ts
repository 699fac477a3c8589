import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from "pdf-lib";

// Minutes PDFs built in test setup, laid out the ways published minutes are: one column or two,
// with running headers, "Page n of m" footers and page numbers, hyphenated line ends, and tables
// whose cells share a baseline. Lines are placed by hand (no wrapping here), so each test says
// exactly where a line breaks.

const A4 = { width: 595, height: 842 };
const MARGIN = { left: 56, top: 70, bottom: 70 };
const SIZE = 11;
const LEADING = 14;

/** One line of a column: text, or cells at x offsets (a table row), with optional spacing above. */
export type PdfLine =
  | string
  | { text: string; size?: number; bold?: boolean; before?: number }
  | { cells: [number, string][]; before?: number };

export interface PdfPageSpec {
  /** Full-width lines from the top of the page. */
  lines?: PdfLine[];
  /** Then two columns side by side, written row by row across both (as a flattening tool reads them). */
  columns?: [PdfLine[], PdfLine[]];
}

export interface PdfSpec {
  pages: PdfPageSpec[];
  /** Running header at the top of every page. */
  header?: string;
  /** Footer at the bottom of every page; "{n}" and "{m}" are the page number and count. */
  footer?: string;
}

interface Placed {
  y: number;
  x: number;
  text: string;
  size: number;
  bold: boolean;
}

/** A text-layer PDF of the given pages. */
export async function minutesPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  spec.pages.forEach((pageSpec, index) => {
    const page = doc.addPage([A4.width, A4.height]);
    const placed: Placed[] = [];
    let y = A4.height - MARGIN.top;
    y = place(pageSpec.lines ?? [], MARGIN.left, y, placed);
    if (pageSpec.columns) {
      const [left, right] = pageSpec.columns;
      const gutter = A4.width / 2 + 8;
      place(left, MARGIN.left, y, placed);
      place(right, gutter, y, placed);
    }
    // Row by row across the page, as a tool that flattens columns reads it.
    placed.sort((a, b) => b.y - a.y || a.x - b.x);
    const n = String(index + 1);
    const m = String(spec.pages.length);
    if (spec.header)
      draw(page, fonts, {
        x: MARGIN.left,
        y: A4.height - 36,
        text: spec.header,
        size: 9,
        bold: false,
      });
    for (const p of placed) draw(page, fonts, p);
    if (spec.footer) {
      const text = spec.footer.replace("{n}", n).replace("{m}", m);
      const width = fonts.regular.widthOfTextAtSize(text, 9);
      draw(page, fonts, { x: (A4.width - width) / 2, y: 36, text, size: 9, bold: false });
    }
  });
  return doc.save();
}

function place(lines: PdfLine[], x: number, top: number, placed: Placed[]): number {
  let y = top;
  for (const line of lines) {
    const entry = typeof line === "string" ? { text: line } : line;
    y -= entry.before ?? 0;
    if ("cells" in entry) {
      for (const [dx, text] of entry.cells)
        placed.push({ x: x + dx, y, text, size: SIZE, bold: false });
    } else {
      const size = "size" in entry && entry.size ? entry.size : SIZE;
      placed.push({ x, y, text: entry.text, size, bold: "bold" in entry && entry.bold === true });
    }
    y -= LEADING;
    if (y < MARGIN.bottom) throw new Error(`page overflows at "${JSON.stringify(line)}"`);
  }
  return y;
}

function draw(page: PDFPage, fonts: { regular: PDFFont; bold: PDFFont }, p: Placed): void {
  if (p.text)
    page.drawText(p.text, {
      x: p.x,
      y: p.y,
      size: p.size,
      font: p.bold ? fonts.bold : fonts.regular,
    });
}

/** A scanned page: shapes where the text would be, and no text layer. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([A4.width, A4.height]);
  for (let row = 0; row < 30; row++)
    page.drawRectangle({
      x: MARGIN.left,
      y: 760 - row * 20,
      width: 300 + (row % 4) * 40,
      height: 8,
    });
  return doc.save();
}

/**
 * A PDF whose trailer names an /Encrypt dictionary with a user password: readers ask for the
 * password before they show a page. pdf-lib cannot encrypt, so the file is written by hand.
 */
export function encryptedPdf(): Uint8Array {
  const hex32 = "A1".repeat(32);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex32}> /U <${hex32}> /P -4 >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${"0F".repeat(16)}> <${"0F".repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
