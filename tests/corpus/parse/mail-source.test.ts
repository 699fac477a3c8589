import { describe, expect, it } from "vitest";
import { decodeMailSource } from "../../../src/corpus/parse/mail-source.js";

// An e-mail saved as its raw source (unseen round 10 file 78, variants 10a 101 and 102): what a
// reader of the message sees is its envelope and its text, decoded.
const HEADERS = [
  "Received: from LO2P265MB3107.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1a5::8)",
  'From: "Oyelaran, Temperance" <Temperance.Oyelaran@mopac.london.gov.uk>',
  "To: DMG Members <DMG.Members@mopac.london.gov.uk>",
  "Subject: =?utf-8?Q?DMG_notes_=E2=80=93_3_February_2026?=",
  "Thread-Topic: DMG notes - 3 February 2026",
  "Date: Thu, 5 Feb 2026 09:12:44 +0000",
  "MIME-Version: 1.0",
  "Content-Type: multipart/mixed;",
  '\tboundary="_004_LO2P265MB3107GBRP_"',
];
const QP_PART = [
  "--_004_LO2P265MB3107GBRP_",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Tuesday 3 February 2026, 14:00=E2=80=9315:30, Room 4.10, 169 Union Street, =",
  "London SE1 0LL",
  "Temperance Oyelaran =E2=80=93 MOPAC (Chair)",
  "ACTION 26/03: MPS to name a business crime single point of contact for each=",
  " BCU by the March meeting.",
  "Kind regards,=20",
  "",
];
const PDF_PART = [
  "--_004_LO2P265MB3107GBRP_",
  'Content-Type: application/pdf; name="DMG action log Feb 2026.pdf"',
  "Content-Transfer-Encoding: base64",
  "",
  "JVBERi0xLjcNCiW1tbW1DQoxIDAgb2JqDQo8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFIvTGFu",
  "",
  "--_004_LO2P265MB3107GBRP_--",
];

describe("decodeMailSource", () => {
  const decoded = decodeMailSource([...HEADERS, "", ...QP_PART, ...PDF_PART].join("\r\n"));

  it("keeps the envelope a reader sees, its encoded subject decoded, and drops the transport's headers", () => {
    expect(decoded.split("\n").slice(0, 4)).toEqual([
      'From: "Oyelaran, Temperance" <Temperance.Oyelaran@mopac.london.gov.uk>',
      "To: DMG Members <DMG.Members@mopac.london.gov.uk>",
      "Subject: DMG notes – 3 February 2026",
      "Date: Thu, 5 Feb 2026 09:12:44 +0000",
    ]);
    expect(decoded).not.toMatch(/Received:|MIME-Version|boundary=|Content-Type/);
  });

  it("joins quoted-printable soft breaks and decodes escaped bytes as the part's charset", () => {
    expect(decoded).toContain(
      "Tuesday 3 February 2026, 14:00–15:30, Room 4.10, 169 Union Street, London SE1 0LL\n",
    );
    expect(decoded).toContain("Temperance Oyelaran – MOPAC (Chair)\n");
    expect(decoded).toContain(
      "ACTION 26/03: MPS to name a business crime single point of contact for each BCU by the March meeting.\n",
    );
    expect(decoded).toContain("Kind regards, \n");
  });

  it("leaves out an attachment that is no text, and the parts' boundaries", () => {
    expect(decoded).not.toMatch(/JVBERi|_004_|application\/pdf/);
  });

  it("reads a text part written in base64, under a subject encoded in base64", () => {
    const source = [
      "From: Board Secretariat <Board.Secretariat@mopac.london.gov.uk>",
      "Subject: =?UTF-8?B?TENSQiBtaW51dGVzIOKAkyAyMiBPY3RvYmVyIDIwMjY=?=",
      "Date: Mon, 26 Oct 2026 11:05:17 +0000",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from("Cllr Zsófia Marchetti-Owusu, London Councils\n").toString("base64"),
    ].join("\n");
    expect(decodeMailSource(source)).toBe(
      [
        "From: Board Secretariat <Board.Secretariat@mopac.london.gov.uk>",
        "Subject: LCRB minutes – 22 October 2026",
        "Date: Mon, 26 Oct 2026 11:05:17 +0000",
        "",
        "Cllr Zsófia Marchetti-Owusu, London Councils",
        "",
      ].join("\n"),
    );
  });

  it("reads a part in windows-1252 as Windows writes it (variants 10a, 107)", () => {
    const source = [
      "From: a@b.c",
      "Date: Wed, 3 Mar 2027 08:55:10 -0000",
      "Content-Type: text/plain;",
      '\tcharset="windows-1252"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "2. Neighbourhood policing =96 a year on",
      "Below are the draft minutes of yesterday=92s Board for comment.",
    ].join("\n");
    expect(decodeMailSource(source).split("\n").slice(-2)).toEqual([
      "2. Neighbourhood policing – a year on",
      "Below are the draft minutes of yesterday’s Board for comment.",
    ]);
  });

  it("keeps the plain text of a multipart/alternative and leaves out its HTML copy", () => {
    const source = [
      "From: a@b.c",
      "Date: Fri, 16 Oct 2026 16:40:02 +0100",
      "Content-Type: multipart/alternative; boundary=XYZ",
      "",
      "--XYZ",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Ren=C3=A9 Okafor-Lindqvist =E2=80=93 London Councils",
      "--XYZ",
      "Content-Type: text/html; charset=utf-8",
      "",
      "<p>Ren&eacute; Okafor-Lindqvist</p>",
      "--XYZ--",
    ].join("\n");
    expect(decodeMailSource(source)).toBe(
      [
        "From: a@b.c",
        "Date: Fri, 16 Oct 2026 16:40:02 +0100",
        "",
        "René Okafor-Lindqvist – London Councils",
      ].join("\n"),
    );
  });

  it("decodes a quoted-printable body pasted without its headers only when soft breaks and escaped letters show it", () => {
    const body = [
      "Ines Valdivia-Hart said the CPS would look at how often assaults on retail workers =",
      "were being charged. Priya Thorogood-Mensah said the VRU=E2=80=99s summer fund would open for bi=",
      "ds on 2 March.",
    ].join("\n");
    expect(decodeMailSource(body)).toBe(
      "Ines Valdivia-Hart said the CPS would look at how often assaults on retail workers were being charged. Priya Thorogood-Mensah said the VRU’s summer fund would open for bids on 2 March.",
    );
  });

  it.each([
    "Present: Cllr Amina Rahman (Chair)\nMOPAC to report back =\n",
    "Target: rate=E2 by March\nNo soft breaks here",
    "Content-Type and transfer encoding were discussed under item 3.",
  ])("leaves minutes that only look like it alone: %j", (text) => {
    expect(decodeMailSource(text)).toBe(text);
  });
});
