import { extname } from "node:path";
import { docxToMinutesText } from "./docx.js";
import { htmlToMinutesText } from "./html.js";
import { decodeHtml } from "./html-encoding.js";
import { pdfToMinutesText } from "./pdf.js";
import { ImportError } from "./problem.js";

/** The minutes text of a document, and the page it says it is published on. */
export interface DocumentText {
  text: string;
  url: string | null;
}

/** File types `lcrb import` reads, by extension. */
export const IMPORTABLE = [".html", ".htm", ".pdf", ".docx"] as const;

/** Reads a saved web page, a PDF or a Word file as minutes text; anything else is an ImportError. */
export async function readDocument(path: string, bytes: Uint8Array): Promise<DocumentText> {
  const type = extname(path).toLowerCase();
  let document: DocumentText;
  if (type === ".html" || type === ".htm") document = htmlToMinutesText(decodeHtml(bytes));
  else if (type === ".pdf") document = { text: await pdfToMinutesText(bytes), url: null };
  else if (type === ".docx") document = { text: await docxToMinutesText(bytes), url: null };
  else
    throw new ImportError(
      "unsupported_type",
      `cannot import ${type || "a file with no extension"}: expected ${IMPORTABLE.join(", ")}`,
    );
  if (document.text.trim() === "")
    throw new ImportError("empty", "no text found in the document's main content");
  return document;
}
