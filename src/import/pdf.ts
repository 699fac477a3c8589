import { getDocumentProxy } from "unpdf";
import { describe } from "../errors.js";
import { layoutPdfText, type PdfPageText, type PdfTextRun } from "./pdf-layout.js";
import { ImportError } from "./problem.js";

type Document = Awaited<ReturnType<typeof getDocumentProxy>>;

/**
 * The text of a PDF in reading order, one line per printed line, without running headers,
 * footers or page numbers. A PDF with no text at all is a scan: OCR is not attempted.
 */
export async function pdfToMinutesText(bytes: Uint8Array): Promise<string> {
  const pdf = await open(bytes);
  try {
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(pdf, n).catch(unreadable(n)));
    if (pages.every((page) => page.runs.length === 0))
      throw new ImportError("no_text_layer", "no text layer: OCR is not supported");
    return layoutPdfText(pages);
  } finally {
    await pdf.destroy();
  }
}

async function open(bytes: Uint8Array): Promise<Document> {
  try {
    // pdf.js takes the buffer over, so it gets a copy; no eval, no console warnings.
    return await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    if ((error as Error).name === "PasswordException")
      throw new ImportError("encrypted", "the PDF is encrypted: save a copy without a password");
    throw new ImportError("unreadable", `not a readable PDF: ${describe(error)}`);
  }
}

// A page pdf.js cannot read (a broken content stream) fails this file, not the whole import.
function unreadable(page: number) {
  return (error: unknown): never => {
    throw new ImportError(
      "unreadable",
      `page ${page} of the PDF could not be read: ${describe(error)}`,
    );
  };
}

// Runs in page coordinates with y growing down the page, as the page is shown (rotation applied).
// Text at an angle (a "DRAFT" watermark, a rotated margin note) is not part of the reading order.
async function readPage(pdf: Document, n: number): Promise<PdfPageText> {
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const [va = 1, vb = 0, vc = 0, vd = 1] = viewport.transform;
  const runs: PdfTextRun[] = [];
  for (const item of (await page.getTextContent()).items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
    const dx = va * a + vc * b;
    const dy = vb * a + vd * b;
    if (dx <= 0 || Math.abs(dy) > 0.1 * dx) continue;
    const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
    runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(dx, dy) });
  }
  page.cleanup();
  return { width: viewport.width, height: viewport.height, runs };
}
