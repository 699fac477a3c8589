import mammoth from "mammoth";
import { describe } from "../errors.js";
import { htmlToMinutesText } from "./html.js";
import { ImportError } from "./problem.js";

// Office wraps a password-protected file (and an old binary .doc) in a compound file, not a zip.
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// Images are not minutes text: give each an empty source instead of reading it into the page.
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: "" }));

/**
 * The minutes text of a Word document: mammoth turns it into HTML (headings, paragraphs, lists,
 * tables), which is then read as a saved page is.
 */
export async function docxToMinutesText(bytes: Uint8Array): Promise<string> {
  if (COMPOUND_FILE.every((byte, i) => bytes[i] === byte))
    throw new ImportError(
      "encrypted",
      "the Word file is password-protected (or an old .doc): save it as .docx without a password",
    );
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { convertImage: NO_IMAGES, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError("unreadable", `not a readable Word file: ${describe(error)}`);
  }
  return htmlToMinutesText(`<body>${html}</body>`).text;
}
