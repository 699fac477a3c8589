import { describe, expect, it } from "vitest";
import { englishHalf, englishOfBilingual } from "../../../src/corpus/parse/bilingual.js";

describe("englishOfBilingual: labels and values in Welsh and English, read in English", () => {
  describe("Welsh first, as unseen round 10 file 79 writes it", () => {
    const lines = [
      "Dyddiad / Date:        Dydd Mercher 11 Mawrth 2026 / Wednesday 11 March 2026",
      "Amser / Time:          10:30 – 12:30",
      "Lleoliad / Venue:      Neuadd y Ddinas / City Hall, Kamal Chunchie Way, London E16 1ZE",
      "Yn bresennol / Present:",
      "Gwenllian Pryce-Adebayo     Swyddfa'r Maer dros Blismona a Throsedd / MOPAC (Cadeirydd / Chair)",
      "Prif Uwch-arolygydd / Ch Supt Rhodri Vaughan-Asante     Heddlu De Cymru / South Wales Police",
      "Siân Pritchard-Nwachukwu    Gwasanaeth Prawf / Probation Service (Cymru / Wales)",
      "Ffion Delahaye-Mbeki        Ysgrifenyddiaeth / Secretariat, MOPAC",
      "Eitem 2 / Item 2:  Pobl sy'n gadael carchar / People leaving prison across the border",
      "Cam gweithredu / Action 2.1:  Probation Service (Wales) to agree a shared notification template with London Probation by the June meeting.",
      "Dim / None.",
      "Cyfarfod nesaf / Next meeting:  Dydd Mercher 10 Mehefin 2026 / Wednesday 10 June 2026, 10:30, Neuadd y Ddinas / City Hall",
      "Tudalen 1 o 1 / Page 1 of 1",
    ];

    it("finds the English half second by the labels", () => {
      expect(englishHalf(lines)).toBe("second");
    });

    it("reads every pair by its English half, the rest of each line as written", () => {
      expect(englishOfBilingual(lines.join("\n")).split("\n")).toEqual([
        "Date:        Wednesday 11 March 2026",
        "Time:          10:30 – 12:30",
        "Venue:      City Hall, Kamal Chunchie Way, London E16 1ZE",
        "Present:",
        "Gwenllian Pryce-Adebayo     MOPAC (Chair)",
        "Ch Supt Rhodri Vaughan-Asante     South Wales Police",
        "Siân Pritchard-Nwachukwu    Probation Service (Wales)",
        "Ffion Delahaye-Mbeki        Secretariat, MOPAC",
        "Item 2:  People leaving prison across the border",
        "Action 2.1:  Probation Service (Wales) to agree a shared notification template with London Probation by the June meeting.",
        "None.",
        "Next meeting:  Wednesday 10 June 2026, 10:30, City Hall",
        "Page 1 of 1",
      ]);
    });
  });

  it("keeps an item's number before its title in both languages (variants 10a, 108)", () => {
    const text = [
      "Dyddiad / Date: Dydd Iau 15 Hydref 2026 / Thursday 15 October 2026",
      "Amser / Time: 09:30",
      "1. Camau gweithredu / Actions log",
      "Dyddiad y cyfarfod nesaf / Date of next meeting: Dydd Iau 12 Tachwedd 2026 / Thursday 12 November 2026, 09:30",
    ].join("\n");
    expect(englishOfBilingual(text).split("\n")).toEqual([
      "Date: Thursday 15 October 2026",
      "Time: 09:30",
      "1. Actions log",
      "Date of next meeting: Thursday 12 November 2026, 09:30",
    ]);
  });

  describe("English first (variants 10a, 103)", () => {
    const lines = [
      "Date / Dyddiad:      Tuesday 8 September 2026 / Dydd Mawrth 8 Medi 2026",
      "Venue / Lleoliad:    Committee Room 1, Tŷ Hywel, Cardiff Bay / Ystafell Bwyllgora 1, Tŷ Hywel, Bae Caerdydd",
      "Present / Yn bresennol:",
      "Huw Carrington-Adebe, Wales Criminal Justice Board / Bwrdd Cyfiawnder Troseddol Cymru (Chair / Cadeirydd)",
      "Item 2 / Eitem 2 – Women leaving custody / Menywod yn gadael y ddalfa",
      "Action 2.1 / Cam gweithredu 2.1: HMPPS in Wales to share monthly release numbers with MOPAC.",
    ];

    it("finds the English half first, and reads a value said twice, comma for comma, as its first", () => {
      expect(englishHalf(lines)).toBe("first");
      expect(englishOfBilingual(lines.join("\n")).split("\n")).toEqual([
        "Date:      Tuesday 8 September 2026",
        "Venue:    Committee Room 1, Tŷ Hywel, Cardiff Bay",
        "Present:",
        "Huw Carrington-Adebe, Wales Criminal Justice Board (Chair)",
        "Item 2 – Women leaving custody",
        "Action 2.1: HMPPS in Wales to share monthly release numbers with MOPAC.",
      ]);
    });
  });

  it.each([
    [
      [
        "Present / Members:",
        "Jane Smith (MPS / MOPAC liaison)",
        "Apologies / Absences: Tom Jones (London Councils)",
        "1. Knife crime / serious violence",
        "Action: MOPAC / MPS to circulate the knife crime figures.",
      ],
      "labels offering two English words (review 5 C2)",
    ],
    [
      [
        "Venue / Dial-in: City Hall, Committee Room 4 / MS Teams",
        "Minute taker / Secretariat: Jane Smith (MOPAC)",
        "1. Youth justice / youth offending",
        "Action: YJB / MOPAC to report back on custody numbers.",
      ],
      "English template labels (review 5 C2)",
    ],
  ])("reads English minutes whose labels pair English words as written: %j (%s)", (lines) => {
    expect(englishHalf(lines)).toBeNull();
    expect(englishOfBilingual(lines.join("\n"))).toBe(lines.join("\n"));
  });

  it.each([
    [
      "Name / Organisation / Role:\nTitle / Post: Chair\nAmina Rahman / MOPAC",
      "labels paired with labels",
    ],
    ["Present:\nJo Bloggs, MOPAC / GLA\nDate / Time: 12 March", "one pair of labels only"],
    [
      "Venue / Place: City Hall\nDate: 4 May 2024\nThe Board and / or its officers",
      "no side taken",
    ],
  ])("leaves minutes in one language alone: %j (%s)", (text) => {
    expect(englishOfBilingual(text)).toBe(text);
  });
});
