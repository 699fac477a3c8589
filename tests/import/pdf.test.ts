import { degrees, PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfToMinutesText } from "../../src/import/pdf.js";
import { encryptedPdf, minutesPdf, scannedPdf } from "./pdf-fixtures.js";
import { ONE_COLUMN } from "./pdf-minutes.js";

const refusal = (bytes: Uint8Array) =>
  pdfToMinutesText(bytes).then(
    () => null,
    (error: { code: string; message: string }) => ({ code: error.code, message: error.message }),
  );

describe("pdfToMinutesText", () => {
  it("reads the text layer in reading order, without the running header and page numbers", async () => {
    const text = await pdfToMinutesText(await minutesPdf(ONE_COLUMN));
    expect(text.split("\n").slice(0, 5)).toEqual([
      "London Crime Reduction Board",
      "",
      "Minutes of Meeting",
      "",
      "Tuesday 10 March 2015, 3:30 Mayor's Office, City Hall, GLA",
    ]);
    expect(text).not.toMatch(/Page \d of 2|Minutes – 10 March 2015/);
  });

  it("leaves out text set at an angle, such as a DRAFT watermark", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    page.drawText("Delivery Management Group", { x: 56, y: 770, size: 12, font });
    page.drawText("DRAFT", { x: 150, y: 300, size: 96, font, rotate: degrees(45) });
    expect(await pdfToMinutesText(await doc.save())).toBe("Delivery Management Group");
  });

  it("refuses a scan with no text layer, saying OCR is not supported", async () => {
    expect(await refusal(await scannedPdf())).toEqual({
      code: "no_text_layer",
      message: "no text layer: OCR is not supported",
    });
  });

  it("refuses an encrypted PDF", async () => {
    expect(await refusal(encryptedPdf())).toMatchObject({ code: "encrypted" });
  });

  it("refuses bytes that are not a PDF", async () => {
    expect(await refusal(new TextEncoder().encode("%PDF-1.7\nnot really"))).toMatchObject({
      code: "unreadable",
      message: expect.stringMatching(/^not a readable PDF: /),
    });
  });
});
