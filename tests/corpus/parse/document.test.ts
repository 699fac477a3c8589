import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";

// The section walker is tested through parseMinutes: which lines open attendance, items and lists.

const DMG =
  "London Crime Reduction Board – Delivery Management Group\n\nMonday 13 September 2021\n\n";
const items = (body: string) =>
  parseMinutes(`${DMG}${body}`, "t.txt").meeting?.items.map((i) => [i.number, i.title]);
const minutes = (...body: string[]) =>
  parseMinutes(
    ["London Crime Reduction Board", "", "Tuesday 22 June 2021", "", ...body].join("\n"),
    "lcrb.txt",
  ).meeting;

describe("a misspelt attendance heading", () => {
  it("opens the apologies at 'Apologes' when people follow it, and reads 'Prevent' as an item heading when prose does (lcrb-2019-12-10)", () => {
    const list = (next: string) =>
      minutes(
        "Officials in attendance",
        "",
        "Kenny Bowie, MOPAC",
        "",
        "Prevent",
        "",
        next,
        "",
        "Item 2 – Minutes and actions",
      );
    const apologies = minutes(
      "Officials in attendance",
      "",
      "Kenny Bowie, MOPAC",
      "",
      "Apologes",
      "",
      "Baroness Rennie Fritchie, London Criminal Justice Board",
      "Barry Hughes, CPS London South",
      "",
      "Item 2 – Minutes and actions",
    );
    expect(apologies?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Kenny Bowie", "in_attendance"],
      ["Rennie Fritchie", "apologies"],
      ["Barry Hughes", "apologies"],
    ]);
    expect(apologies?.items.map((i) => i.number)).toEqual(["2"]);
    // "Prevent" is one letter from "Present", but prose follows it.
    const prevent = list("The Board noted the Prevent referrals for the quarter.");
    expect(prevent?.attendees.map((a) => a.name)).toEqual(["Kenny Bowie"]);
    expect(prevent?.items.map((i) => i.title)).toEqual(["Prevent", "Minutes and actions"]);
  });
});

describe("agenda headings", () => {
  it("reads a number alone on its line with the title on the next (table cells, lcrb-2017-09-19)", () => {
    expect(
      items(
        "1.\nWelcome and apologies\n\n1.1\nThe Chair welcomed members.\n\n2.\nMinutes of the meeting held on 13 June 2017\n\n2.1\nThe minutes were agreed as an accurate record.\n",
      ),
    ).toEqual([
      ["1", "Welcome and apologies"],
      ["2", "Minutes of the meeting held on 13 June 2017"],
    ]);
  });

  it("reads 'Item 2' alone on its line with the title on the next (unseen-minutes-2/17)", () => {
    expect(
      items(
        "Item 1\nIntroductions and notes of the last meeting\nRosamund Fenwick welcomed attendees. The notes of 10.03.2022 were agreed.\n\nItem 2\nDrugs supply and county lines\nSupt Brannigan set out the results of the latest week of intensification against county lines.\n",
      ),
    ).toEqual([
      ["1", "Introductions and notes of the last meeting"],
      ["2", "Drugs supply and county lines"],
    ]);
  });

  it("reads '(iv)' headings and no item for a 'Part A' heading over them (unseen-minutes-2/15)", () => {
    expect(
      items(
        "Part A – Items in public\n\n(i) Welcome and apologies\nThe Chair welcomed members. Chief Superintendent Ruddock had sent apologies.\n\n(ii) Minutes and actions of the last meeting\nThe minutes of the meeting of 15/03/2023 were agreed.\n\nPart B – Items in private\n\n(iii) Counter-terrorism: protective security update\nAssistant Commissioner Moriarty gave an oral update.\n",
      ),
    ).toEqual([
      ["i", "Welcome and apologies"],
      ["ii", "Minutes and actions of the last meeting"],
      ["iii", "Counter-terrorism: protective security update"],
    ]);
  });

  it("reads '(i)' after '(h)' as the next letter, not a numeral", () => {
    const lettered = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
      .map((l) => `(${l}) Topic ${l.toUpperCase()}\n\nThe Group heard an update on topic ${l}.\n`)
      .join("\n");
    expect(items(lettered)?.map(([number]) => number)).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "f",
      "g",
      "h",
      "i",
    ]);
  });

  it("runs a title that ends on 'its' on over the short line under it (unseen-minutes-2/16)", () => {
    const meeting = parseMinutes(
      `${DMG}1. Welcome\nThe Chair welcomed members.\n\n2. Violence against women and girls: the refreshed strategy and its\ndelivery plan\nTamsin Rook introduced the refreshed strategy, which had been shaped by\nmore than two thousand responses to the public consultation.\n`,
      "t.txt",
    ).meeting;
    expect(meeting?.items.map((i) => i.title)).toEqual([
      "Welcome",
      "Violence against women and girls: the refreshed strategy and its delivery plan",
    ]);
    expect(meeting?.items[1]?.passages[0]?.text).toMatch(/^Tamsin Rook introduced/);
  });

  it("reads roman headings after a numbered list inside an item (lcrb-2014-12-03)", () => {
    expect(
      items(
        "III.\tLondon Crime Reduction Priorities 2015/16\n\nThe Board agreed three priorities:\n\n1.\tReducing violence against women and girls;\n2.\tReducing reoffending by young adults;\n3.\tTackling gangs and serious youth violence.\n\nIV.\tTransforming Rehabilitation\n\nText.\n",
      ),
    ).toEqual([
      ["III", "London Crime Reduction Priorities 2015/16"],
      ["IV", "Transforming Rehabilitation"],
    ]);
  });
});

describe("unnumbered sections", () => {
  // Written for this test in the style of the unnumbered seed (corpus/003), with no blank line
  // between a title and its first paragraph.
  it("reads a title sitting straight on its paragraph in minutes without numbered items", () => {
    expect(
      items(
        "Apologies:\nGareth Llewellyn-Jones (CPS London)\n\nWelcome and apologies\nThe Chair welcomed members.\n\nKnife crime\nThe Board discussed knife crime in some detail and agreed next steps.\n",
      ),
    ).toEqual([
      [null, "Welcome and apologies"],
      [null, "Knife crime"],
    ]);
  });
});

describe("headings read from layout inside an attendance list", () => {
  it("takes a numbered title with prose under it for an item, though its words read as a name (issue 12)", () => {
    const meeting = minutes(
      "Present:",
      "Jane Smith, MOPAC",
      "Tom Brown, London Councils",
      "",
      "1. Youth Offending",
      "",
      "The Board discussed rates of youth offending across boroughs and agreed a review.",
      "",
      "2. Knife Crime",
      "",
      "The Board noted the figures.",
    );
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Jane Smith", "Tom Brown"]);
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Youth Offending"],
      ["2", "Knife Crime"],
    ]);
  });

  it("takes an unnumbered title set apart, with prose under it, for an item", () => {
    const meeting = minutes(
      "Apologies:",
      "Dominic Achterberg, HMCTS",
      "",
      "Road Danger",
      "",
      "The Board reviewed the casualty figures for the last year.",
    );
    expect(meeting?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Dominic Achterberg", "apologies"],
    ]);
    expect(meeting?.items.map((i) => i.title)).toEqual(["Road Danger"]);
  });

  it("takes a title with bulleted points under it for an item, not a bulleted name", () => {
    const meeting = minutes(
      "Present:",
      "Jane Smith, MOPAC",
      "Tom Brown, MPS",
      "",
      "1. Drugs Markets",
      "",
      "• purity of cocaine on the street has risen;",
      "• prices have fallen in most boroughs",
      "",
      "2. Road Danger",
      "",
      "The Board noted the figures.",
    );
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Jane Smith", "Tom Brown"]);
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Drugs Markets"],
      ["2", "Road Danger"],
    ]);
  });

  it("keeps the last entry of a list spaced with blank lines when it is written like the others", () => {
    const meeting = minutes(
      "Present:",
      "",
      "Jane Smith, MOPAC",
      "",
      "Tom Brown, MPS",
      "",
      "The Chair welcomed members to the meeting.",
      "",
      "1. Road Danger",
      "",
      "The Board noted the figures.",
    );
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Jane Smith", "Tom Brown"]);
    expect(meeting?.items.map((i) => i.title)).toEqual(["Road Danger"]);
  });

  it("does not take a long run of names and bodies for the prose under a heading (corpus/003)", () => {
    const meeting = minutes(
      "Present",
      "",
      "Kenny Bowie (KB) Director, S&MPS Oversight MOPAC",
      "",
      "Ian Bickers (IB) London Prisons Sinead Dervin (SD) NHS England Carolyn Downs (CD) London Councils Diana Luchford (DL) CEO, MOPAC",
    );
    expect(meeting?.attendees.map((a) => a.name)).toEqual([
      "Kenny Bowie",
      "Ian Bickers",
      "Sinead Dervin",
      "Carolyn Downs",
      "Diana Luchford",
    ]);
  });

  it("reads lettered items in sequence, but not a lettered list inside an item", () => {
    const meeting = minutes(
      "Attendees",
      "Rosalind Fairweather (MOPAC)",
      "",
      "a) Hate Incidents",
      "",
      "The Board heard the figures for October and November.",
      "a) Reports rose in four boroughs",
      "b) Reports fell in two",
      "",
      "b) Online Harms",
      "",
      "The Board heard about the new reporting route.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["a", "Hate Incidents"],
      ["b", "Online Harms"],
    ]);
  });
});

describe("items lettered in capitals", () => {
  it("reads 'A.' to 'E.' in sequence as the items (unseen-minutes-4/35)", () => {
    const meeting = minutes(
      "Board members present",
      "  MPS - Deputy Assistant Commissioner: Casimir Odell",
      "",
      "A. Welcome and apologies",
      "The Chair welcomed members and noted the apologies.",
      "",
      "B. Minutes of the meeting of 24 January 2024 and action log",
      "The minutes were agreed. Actions 2024/01 and 2024/02 were closed.",
      "",
      "C. Prison capacity and early release",
      "Magdalena Szczepanska described the early release scheme and its effect on probation caseloads in London.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["A", "Welcome and apologies"],
      ["B", "Minutes of the meeting of 24 January 2024 and action log"],
      ["C", "Prison capacity and early release"],
    ]);
  });

  it("reads no item from a capital letter out of sequence or over no prose (written for this test)", () => {
    const meeting = minutes(
      "Present:",
      "Jane Smith, MOPAC",
      "",
      "1. Knife crime",
      "",
      "J. Okafor presented the quarterly figures for the Board.",
      "",
      "2. Any other business",
      "None.",
    );
    expect(meeting?.items.map((i) => i.number)).toEqual(["1", "2"]);
  });
});

describe("headings read from the layout of the whole document (layout-minutes fixtures)", () => {
  it("takes a bare title for an item when the entries above it have descriptions and prose follows, with no blank lines at all", () => {
    const meeting = minutes(
      "Present",
      "Amelia Brightwater, MOPAC",
      "Apologies",
      "Gwendolyn Harte, HMPPS",
      "Cannabis Farms",
      "Members heard that eighteen farms had been found in rented houses since March.",
      "Modern Slavery In Car Washes",
      "Rowan Eastwood reported that two boroughs had inspected every car wash on their high streets.",
    );
    expect(meeting?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Amelia Brightwater", "present"],
      ["Gwendolyn Harte", "apologies"],
    ]);
    expect(meeting?.items.map((i) => i.title)).toEqual([
      "Cannabis Farms",
      "Modern Slavery In Car Washes",
    ]);
  });

  it("opens no item for a note in the list over the next attendance label (unseen-minutes-10/79)", () => {
    const meeting = minutes(
      "In attendance:",
      "Ffion Delahaye-Mbeki        Secretariat, MOPAC",
      "Interpreter:  simultaneous translation provided",
      "",
      "Apologies:",
      "Dr Caradog Whitlow-Annan    NHS Wales",
      "",
      "Item 1:  Welcome and apologies",
      "The Chair welcomed members to the first joint session and noted the apologies.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Welcome and apologies"],
    ]);
    expect(meeting?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Ffion Delahaye-Mbeki", "in_attendance"],
      ["Caradog Whitlow-Annan", "apologies"],
    ]);
  });

  it("takes an unbulleted title over bulleted phrases for an item, after a bulleted list of people", () => {
    const meeting = minutes(
      "Apologies",
      "• Eamon Kavanagh, HMPPS",
      "",
      "Graffiti And Tagging On Rail Lines",
      "• Reports are up by a seventh on last year",
      "• Network Rail will fund two cleaning crews",
      "",
      "Noise Complaints From Short Lets",
      "• Most complaints come from four boroughs",
      "• Landlords will be written to",
    );
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Eamon Kavanagh"]);
    expect(meeting?.items.map((i) => i.title)).toEqual([
      "Graffiti And Tagging On Rail Lines",
      "Noise Complaints From Short Lets",
    ]);
  });

  it("reads lettered titles under a numbered item as parts of it, not items", () => {
    const meeting = minutes(
      "Attendees",
      "Tariq Mahmood, MPS",
      "",
      "Agenda item 1: Custody Healthcare Contract",
      "",
      "(a) Nurse staffing",
      "",
      "Desmond Achebe reported that two custody suites had gone without a nurse on several nights.",
      "",
      "(b) Mental health triage",
      "",
      "Members heard that the triage line answered most calls within ten minutes.",
      "",
      "Agenda item 2: Vehicle Seizures",
      "",
      "Tariq Mahmood reported on the seizure of uninsured vehicles used in robberies.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Custody Healthcare Contract"],
      ["2", "Vehicle Seizures"],
    ]);
  });
});

describe("attendance entries read in the pattern of their list (layout-minutes fixtures)", () => {
  it("reads 'Name, Name-like body' as one person with a description in a list of one person a line", () => {
    const meeting = minutes(
      "Members",
      "Cllr Petra Lindholm, London Councils",
      "Obiageli Nwosu, MOPAC",
      "",
      "Also present",
      "Yolanda Quintero, London Fire Brigade",
      "",
      "1. River Drownings",
      "",
      "Yolanda Quintero presented figures on drownings in the Thames and the canals.",
    );
    // Whether "London Fire Brigade" describes a role or a body is description.ts's call; here it
    // only has to stay with Yolanda Quintero.
    expect(meeting?.attendees.map((a) => [a.name, a.status, a.organisation ?? a.role])).toEqual([
      ["Petra Lindholm", "present", "London Councils"],
      ["Obiageli Nwosu", "present", "MOPAC"],
      ["Yolanda Quintero", "in_attendance", "London Fire Brigade"],
    ]);
  });

  it("still reads two people run on after a heading's label", () => {
    const meeting = minutes(
      "Attendees",
      "Rebecca Okonjo - Director, MOPAC",
      "",
      "Apologies: Sunita Varma (NPS), Edward Pryce (YJB)",
      "",
      "1) Probation Caseloads",
      "",
      "The Group heard that caseloads in the south-west cluster remain above the agreed ceiling.",
    );
    expect(meeting?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Rebecca Okonjo", "present"],
      ["Sunita Varma", "apologies"],
      ["Edward Pryce", "apologies"],
    ]);
  });
});

describe("the shape a line was classified with decides before its words", () => {
  it("does not take a title-like row of a table, in unnumbered minutes, for a heading", () => {
    const meeting = minutes(
      "Present:",
      "Jane Smith, MOPAC",
      "",
      "Road Danger",
      "",
      "The Board reviewed the casualty figures for the last year.",
      "",
      "Cycle Theft    Hotspots    Stations",
      "",
      "Members asked for a map of the hotspots.",
    );
    expect(meeting?.items.map((i) => i.title)).toEqual(["Road Danger"]);
  });
});

describe("a next-meetings section", () => {
  it("stays open over a line introducing its list of dates (unseen-minutes/07)", () => {
    const next = minutes(
      "1. Knife crime",
      "The Board discussed the summer plan.",
      "",
      "Dates of future meetings",
      "Members noted the dates of the Board's meetings for the rest of 2021:",
      "-\tTuesday 12 October 2021, 10:00, City Hall",
      "-\tTuesday 7 December 2021, 10:00, City Hall",
    )?.nextMeetings.map((m) => m.date);
    expect(next).toEqual(["2021-10-12", "2021-12-07"]);
  });
});

describe("an item dealt with in one line (unseen-minutes-3/22)", () => {
  it("reads '1. Minutes: approved as a true record.' as item 1 titled by the words before the colon, what follows as its text", () => {
    const meeting = minutes(
      "Apologies: No apologies",
      "",
      "1. Minutes: approved as a true record.",
      "",
      "2. Matters arising: all actions closed except action 14 (carried forward).",
      "",
      "3. Hate crime",
      "Members heard that hate crime had risen sharply since October.",
      "",
      "4. AOB: None.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Minutes"],
      ["2", "Matters arising"],
      ["3", "Hate crime"],
      ["4", "AOB"],
    ]);
    expect(meeting?.items[0]?.passages.map((p) => p.text)).toEqual(["approved as a true record."]);
  });

  it("leaves a run of numbered lines with colons a list inside an item", () => {
    expect(
      items(
        "1. Serious violence\nThe Group discussed the duty.\n\n2. Budget: agreed.\n3. Staffing: deferred.\n",
      ),
    ).toEqual([["1", "Serious violence"]]);
  });
});

describe("an actions list inside an item (unseen-minutes-3/23)", () => {
  it("gives the actions under 'Actions:' to the item above when the next item's heading closes the list", () => {
    const meeting = minutes(
      "Agenda point 2 — Police and Crime Plan refresh",
      "MOPAC described the approach to refreshing the plan.",
      "Actions:",
      "• MOPAC to share the draft outcome measures with members by 29 September.",
      "",
      "Agenda point 3 — Any other business",
      "None.",
      "",
      "Actions:",
      "• MPS to circulate the summary.",
    );
    expect(meeting?.actions.map((a) => [a.item, a.text])).toEqual([
      ["2", "MOPAC to share the draft outcome measures with members by 29 September."],
      [null, "MPS to circulate the summary."],
    ]);
  });
});

describe("an Item | Discussion | Action table parted by tabs (unseen-minutes-3/20)", () => {
  it("reads each row's first cell as the item, the rest as its text, the cell under 'Action' as its action", () => {
    const meeting = minutes(
      "Item\tDiscussion\tAction",
      "1. Welcome\tThe Chair welcomed members and noted that no apologies had been received.\t",
      "2. Youth remand\tProf Lockhart described the rise in the number of children remanded.\tYJB to bring a paper on youth remand to the December LCRB.",
      "3. AOB\tNone.\t",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Welcome"],
      ["2", "Youth remand"],
      ["3", "AOB"],
    ]);
    expect(meeting?.items[1]?.passages.map((p) => p.text)).toEqual([
      "Prof Lockhart described the rise in the number of children remanded.",
      "Action: YJB to bring a paper on youth remand to the December LCRB.",
    ]);
    expect(meeting?.actions.map((a) => [a.item, a.owner, a.text])).toEqual([
      ["2", "YJB", "YJB to bring a paper on youth remand to the December LCRB."],
    ]);
  });
});

describe("minute numbers counted in one part, the year in the other", () => {
  const numbers = (...headings: string[]) =>
    minutes(
      "Present:",
      "Felicity Brannagh-Lowe, Deputy Mayor for Policing and Crime (Chair)",
      "",
      ...headings.flatMap((h) => [h, "", "The Board noted the report and the figures in it.", ""]),
    )?.items.map((i) => i.number);

  it("counts in the first part when the minutes share the second (unseen-minutes-4/28)", () => {
    expect(
      numbers(
        "31/23 DECLARATIONS OF INTEREST",
        "32/23 MINUTES",
        "33/23 SHOPLIFTING AND VIOLENCE AGAINST RETAIL WORKERS",
        "34/23 CHARGING DECISIONS IN DOMESTIC ABUSE CASES",
      ),
    ).toEqual(["31/23", "32/23", "33/23", "34/23"]);
    // Written for this test: a council past its hundredth minute of the year.
    expect(numbers("101/22 Apologies for absence", "102/22 Youth violence")).toEqual([
      "101/22",
      "102/22",
    ]);
  });

  it("counts in the second part when the minutes share the first (unseen-minutes-3/25)", () => {
    expect(numbers("24/01 Welcome", "24/02 Minutes and actions", "24/03 Retail crime")).toEqual([
      "24/01",
      "24/02",
      "24/03",
    ]);
  });
});

describe("a numbered heading over points marked '-' (unseen-minutes-5/40, a call's notes)", () => {
  const notes = [
    "Agenda",
    "1. Welcome & notes of last mtg",
    "2. Summer violence plan",
    "3. Shop theft",
    "",
    "1. Welcome & notes of last mtg",
    "- NAR welcomed everyone. Notes of 9 April agreed, no changes.",
    "",
    "2. Summer violence plan",
    "- BW ran through the MPS summer plan: extra patrols around parks and late-night transport from the half term.",
    "- ACTION - MOPAC to chase the VRU for the summer activities list and send it round by 24/05.",
    "",
    "3. Shop theft",
    "- TM described the drug rehabilitation requirement pilot in two boroughs.",
  ];

  it("heads its points: set apart above, it is not an entry of their list", () => {
    expect(items(notes.join("\n"))).toEqual([
      ["1", "Welcome & notes of last mtg"],
      ["2", "Summer violence plan"],
      ["3", "Shop theft"],
    ]);
  });

  it("keeps a run of numbered lines a list, and a numbered line run on from the line above one", () => {
    expect(items(notes.slice(0, 4).join("\n"))).toEqual([]);
    expect(
      items(
        "The Group agreed:\n1. Summer violence plan\n- BW ran through the MPS summer plan.\n2. Shop theft\n- TM described the pilot.",
      ),
    ).toEqual([]);
  });
});

describe("numbered points set apart under a line that ends in a colon (reviewer's counter-example)", () => {
  const minutes = [
    "London Crime Reduction Board",
    "Minutes of the meeting held on 12 March 2024 at City Hall",
    "",
    "Present: Sophie Linden (MOPAC), Jane Smith (MPS)",
    "",
    "1. Welcome",
    "The Chair welcomed members.",
    "",
    "2. Knife crime",
    "The Board agreed the following recommendations:",
    "",
    "3. Increase patrols",
    "- in parks",
    "- on buses",
    "",
    "4. Review funding",
    "- for youth services",
    "",
    "3. Any other business",
    "None.",
  ].join("\n");

  it("are the list the line introduces, not items, and the next real item is kept", () => {
    expect(items(minutes)).toEqual([
      ["1", "Welcome"],
      ["2", "Knife crime"],
      ["3", "Any other business"],
    ]);
  });
});

describe("an attendance label with a sentence after it (unseen-minutes-5/37)", () => {
  it("reads the sentence as prose: 'APOLOGIES: Apologies for absence were received from …'", () => {
    const meeting = minutes(
      "PRESENT:    Councillor Harriet Oyinlola-Marsh (Chair)",
      "",
      "APOLOGIES: Apologies for absence were received from Councillor Tiberius Okwu and from Marguerite Salaberry (CPS London).",
      "",
      "18.   DECLARATIONS OF INTEREST",
      "",
      "      None.",
    );
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status])).toEqual([
      ["Councillor", "Harriet Oyinlola-Marsh", "present"],
      ["Councillor", "Tiberius Okwu", "apologies"],
      [null, "Marguerite Salaberry", "apologies"],
    ]);
  });
});

describe("a usual section of minutes, unnumbered, among numbered items (unseen-minutes-6/48)", () => {
  describe("as round 6 writes it", () => {
    it("reads 'Matters arising' set apart over its paragraph as an item between items 3 and 4", () => {
      expect(
        items(
          [
            "3. Minutes of the meeting held on 6 March 2024",
            "The minutes were agreed as a correct record.",
            "",
            "Matters arising",
            "The letter to the Home Office on funding for domestic homicide reviews has been sent; no reply has yet been received.",
            "",
            "4. Antisocial behaviour on buses",
            "DAC Kavanagh described the rise in reports of antisocial behaviour on night buses.",
          ].join("\n"),
        ),
      ).toEqual([
        ["3", "Minutes of the meeting held on 6 March 2024"],
        [null, "Matters arising"],
        ["4", "Antisocial behaviour on buses"],
      ]);
    });
  });

  describe("written otherwise", () => {
    it("reads 'Any other business' after a numbered list of recommendations", () => {
      expect(
        items(
          [
            "1. Welcome",
            "The Chair welcomed members.",
            "",
            "2. Knife crime",
            "The Board agreed the following recommendations:",
            "",
            "1. Increase patrols in parks",
            "2. Review funding for youth services",
            "",
            "Any other business",
            "There was no other business.",
          ].join("\n"),
        ),
      ).toEqual([
        ["1", "Welcome"],
        ["2", "Knife crime"],
        [null, "Any other business"],
      ]);
    });

    it("reads 'MATTERS ARISING' in capitals and 'AOB' at the end", () => {
      expect(
        items(
          [
            "1. WELCOME",
            "The Chair welcomed members.",
            "",
            "MATTERS ARISING",
            "All actions were complete.",
            "",
            "2. KNIFE CRIME",
            "The Board discussed the winter figures.",
            "",
            "AOB",
            "None was raised.",
          ].join("\n"),
        ),
      ).toEqual([
        ["1", "WELCOME"],
        [null, "MATTERS ARISING"],
        ["2", "KNIFE CRIME"],
        [null, "AOB"],
      ]);
    });
  });

  describe("left as it was", () => {
    it("keeps a sub-heading of no usual section inside its numbered item", () => {
      expect(
        items(
          [
            "1. Knife crime",
            "The Board discussed the winter figures.",
            "",
            "Summer plan",
            "Patrols will be increased in parks.",
            "",
            "2. Any other business",
            "None.",
          ].join("\n"),
        ),
      ).toEqual([
        ["1", "Knife crime"],
        ["2", "Any other business"],
      ]);
    });

    it("keeps 'Matters arising' run on under a paragraph with no full stop inside the item", () => {
      expect(
        items(
          [
            "1. Minutes of the last meeting and",
            "Matters arising",
            "The minutes were agreed.",
            "",
            "2. Knife crime",
            "The Board discussed the winter figures.",
          ].join("\n"),
        )?.map(([n]) => n),
      ).toEqual(["1", "2"]);
    });
  });
});

describe("a timed agenda without numbers (written after round 6, whose file 52 numbers its timed items)", () => {
  const timed = (...lines: string[]) => items(lines.join("\n"));

  it("reads each title after its time, set apart over its paragraph, as an item", () => {
    expect(
      timed(
        "Present: Jane Doe (MOPAC), Tom Brown (MPS)",
        "",
        "14:00  Welcome and introductions",
        "The Chair welcomed members.",
        "",
        "14:10  Knife crime: the winter picture",
        "The MPS presented the winter figures.",
        "",
        "14:50  Any other business",
        "None was raised.",
      ),
    ).toEqual([
      [null, "Welcome and introductions"],
      [null, "Knife crime: the winter picture"],
      [null, "Any other business"],
    ]);
  });

  it("reads times written '2.30pm' and '(14:10)'", () => {
    expect(
      timed(
        "2.00pm   Welcome",
        "The Chair welcomed members.",
        "",
        "(14:10) Knife crime",
        "The MPS presented the winter figures.",
      ),
    ).toEqual([
      [null, "Welcome"],
      [null, "Knife crime"],
    ]);
  });

  it("reads no item in a timed record's sentence, nor in a lone timed line", () => {
    expect(
      timed(
        "1. Welcome",
        "The Chair welcomed members.",
        "",
        "14:05 Members broke for lunch.",
        "",
        "15:30  Break",
        "",
        "2. Knife crime",
        "The MPS presented the winter figures.",
      ),
    ).toEqual([
      ["1", "Welcome"],
      ["2", "Knife crime"],
    ]);
  });
});

describe("a timed note of someone leaving or joining (review C8)", () => {
  it("is no item: the discussion stays under the untimed heading", () => {
    const meeting = minutes(
      "Present: Jane Doe (MOPAC), Tom Brown (MPS)",
      "",
      "Knife crime",
      "The MPS presented the summer figures.",
      "",
      "14:25  Helen Ball left the meeting",
      "Members discussed the summer surge plan.",
      "",
      "14:40  Claire Waxman joined the meeting",
      "Members agreed to write to the boroughs.",
    );
    expect(meeting?.items.map((i) => [i.title, i.passages.length])).toEqual([["Knife crime", 3]]);
  });

  it("still reads a timed agenda's titles as items", () => {
    expect(
      items(
        [
          "14:00  Welcome and introductions",
          "The Chair welcomed members.",
          "",
          "14:10  Knife crime: the winter picture",
          "The MPS presented the winter figures.",
          "",
          "14:40  Closed session",
          "Members discussed the staffing report.",
          "",
          "14:50  Meeting close",
          "The Chair thanked members.",
        ].join("\n"),
      ),
    ).toEqual([
      [null, "Welcome and introductions"],
      [null, "Knife crime: the winter picture"],
      [null, "Closed session"],
      [null, "Meeting close"],
    ]);
  });
});

describe("a where-label or 'Advisers' inside an item (review C2)", () => {
  const present = [
    "Present:",
    "Sophie Linden (Chair), MOPAC",
    "Claire Waxman, Victims' Commissioner",
    "",
  ];
  const passages = (meeting: ReturnType<typeof minutes>) =>
    meeting?.items.map((i) => [i.number, i.passages.map((p) => p.text)]);

  it("keeps 'Online:' and 'In person:' under an item as the item's text, and adds no attendee", () => {
    const meeting = minutes(
      ...present,
      "1. Tackling fraud",
      "",
      "Online:",
      "Romance Fraud",
      "Investment Scams",
      "",
      "In person:",
      "Courier Fraud",
      "",
      "2. Any other business",
      "",
      "There was none.",
    );
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Sophie Linden", "Claire Waxman"]);
    expect(passages(meeting)).toEqual([
      ["1", ["Online: Romance Fraud Investment Scams", "In person: Courier Fraud"]],
      ["2", ["There was none."]],
    ]);
  });

  it("keeps a bare 'Advisers' line and the decision under it in the item", () => {
    const meeting = minutes(
      ...present,
      "1. Review of the Board",
      "",
      "Advisers",
      "",
      "The Board agreed that advisers from the Home Office would support the review.",
      "",
      "2. Any other business",
    );
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Sophie Linden", "Claire Waxman"]);
    expect(passages(meeting)?.[0]).toEqual([
      "1",
      ["Advisers", "The Board agreed that advisers from the Home Office would support the review."],
    ]);
  });

  it("still reads 'In the room:' and 'Online:' as the attendance list before the first item (unseen-minutes-6/46)", () => {
    const meeting = minutes(
      "In the room:",
      "Sophie Linden (Chair), MOPAC",
      "",
      "Online:",
      "Claire Waxman, Victims' Commissioner",
      "",
      "1. Tackling fraud",
      "",
      "The Board noted the report.",
    );
    expect(meeting?.attendees.map((a) => [a.name, a.status])).toEqual([
      ["Sophie Linden", "present"],
      ["Claire Waxman", "present"],
    ]);
  });
});

describe("items numbered in lower-case notes (unseen-minutes-7/58)", () => {
  const notes = (...body: string[]) =>
    parseMinutes(["dmg notes 02/12/24", "mon 2 dec, 10am, teams", "", ...body].join("\n"), "n.txt")
      .meeting;

  it("reads '1) title' in lower case set apart, in sequence, as items, and a remark after a dash as the item's first line", () => {
    const meeting = notes(
      "attendees: Fenella Quist-Adebayo (mopac, chairing), Joachim Ruddle (mps)",
      "",
      "1) actions from nov - all done apart from the ASB case review data, carried fwd",
      "",
      "2) shop theft over xmas",
      "Joachim said the retail partnership op starts 9 dec, focus on oxford st + 6 outer town centres.",
      "",
      "3) probation - early release tranche 2",
      "Hywel: second tranche of early releases due in jan, approx 400 people released to london addresses.",
      "",
      "4) aob",
      "nil",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "actions from nov"],
      ["2", "shop theft over xmas"],
      ["3", "probation - early release tranche 2"],
      ["4", "aob"],
    ]);
    expect(meeting?.items[0]?.passages[0]?.text).toBe(
      "all done apart from the ASB case review data, carried fwd",
    );
  });

  it("reads the same written otherwise: '1.' numbers, a remark after a dash", () => {
    expect(
      notes(
        "1. minutes of last meeting - agreed with no changes and the actions all closed",
        "",
        "2. knife crime",
        "figures were down on last year.",
      )?.items.map((i) => [i.number, i.title]),
    ).toEqual([
      ["1", "minutes of last meeting"],
      ["2", "knife crime"],
    ]);
  });

  it("reads no item from lower-case numbered lines in a run, nor out of sequence", () => {
    expect(
      minutes(
        "1. Welcome",
        "The Chair welcomed members.",
        "",
        "2. Knife crime",
        "The Board agreed to:",
        "1) review the summer plan",
        "2) write to the boroughs",
        "",
        "5) share the figures with the VRU",
        "",
        "3. AOB",
        "None.",
      )?.items.map((i) => [i.number, i.title]),
    ).toEqual([
      ["1", "Welcome"],
      ["2", "Knife crime"],
      ["3", "AOB"],
    ]);
  });

  it("reads a point list numbered from 1 under an item as the item's, its third point too (review C16)", () => {
    const meeting = notes(
      "1) welcome",
      "",
      "2) knife crime",
      "points raised:",
      "1) more patrols in town centres over the winter months",
      "",
      "2) better data sharing with councils on hotspots",
      "",
      "3) youth workers in hotspots after school",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "welcome"],
      ["2", "knife crime"],
    ]);
    expect(meeting?.items[1]?.passages.map((p) => p.text).join(" ")).toContain(
      "youth workers in hotspots after school",
    );
  });

  it("reads the next item after a point list when its number is not the list's next (review C16)", () => {
    expect(
      notes(
        "1) welcome",
        "",
        "2) knife crime",
        "points raised:",
        "1) more patrols in town centres",
        "",
        "2) better data sharing",
        "",
        "3) better data sharing with councils",
        "",
        "4) youth workers in hotspots after school",
        "",
        "3) aob",
        "nil",
      )?.items.map((i) => [i.number, i.title]),
    ).toEqual([
      ["1", "welcome"],
      ["2", "knife crime"],
      ["3", "aob"],
    ]);
  });
});

describe("items as the rows of a markdown table titled with an item column (unseen-minutes-7/61)", () => {
  const md = (...body: string[]) =>
    parseMinutes(
      ["# Delivery Management Group — minutes", "", "| **Date** | 27/11/2024 |", "", ...body].join(
        "\n",
      ),
      "t.md",
    ).meeting;

  it("reads each numbered row as an item, and the decision / action column's cells as its actions", () => {
    const meeting = md(
      "## Decision and action log",
      "",
      "| No. | Item | Discussion | Decision / action | Owner | By |",
      "|---|---|---|---|---|---|",
      "| 1 | Notes of 23 October | Agreed.<br>The action on hate crime data is carried forward. | — | — | — |",
      "| 2 | Knife crime: autumn half-term | Commander Vale said weapon sweeps in parks and on estates over half-term had found fewer knives than last year. | ACTION: MPS to share the half-term weapon sweep results by borough | MPS | 11 Dec |",
      "| 3 | Prison releases before Christmas | Members raised people released without housing. | ACTION: London Councils to confirm a housing contact in each borough for release days<br>ACTION: MOPAC to write to HMPPS about releases late in the week | London Councils<br>MOPAC | 6 Dec<br>13 Dec |",
      "| 4 | AOB | None. | — | — | — |",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Notes of 23 October"],
      ["2", "Knife crime: autumn half-term"],
      ["3", "Prison releases before Christmas"],
      ["4", "AOB"],
    ]);
    expect(meeting?.actions.map((a) => [a.item, a.owner, a.text])).toEqual([
      ["2", "MPS", "MPS to share the half-term weapon sweep results by borough"],
      [
        "3",
        "London Councils",
        "London Councils to confirm a housing contact in each borough for release days",
      ],
      ["3", "MOPAC", "MOPAC to write to HMPPS about releases late in the week"],
    ]);
  });

  it("reads the same written otherwise: 'Agenda item' and an 'Actions' column without the label", () => {
    const meeting = md(
      "| # | Agenda item | Notes | Actions |",
      "| --- | --- | --- | --- |",
      "| 1. | Welcome | The Chair welcomed members. | |",
      "| 2. | Retail crime | The MPS described the summer operation. | MPS to share the list of town centres |",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Welcome"],
      ["2", "Retail crime"],
    ]);
    expect(meeting?.actions.map((a) => [a.item, a.text])).toEqual([
      ["2", "MPS to share the list of town centres"],
    ]);
  });

  it("reads no item from the rows of a table without an item column (an action log)", () => {
    const meeting = md(
      "## Actions",
      "",
      "| No. | Action | Owner | Due |",
      "|---|---|---|---|",
      "| 1 | MPS to share the figures | MPS | June |",
      "| 2 | MOPAC to write to the boroughs | MOPAC | July |",
    );
    expect(meeting?.items).toEqual([]);
  });

  it("reads an action log whose item column holds item numbers as before (fixtures/minutes/lcrb-2024-02-28)", () => {
    const meeting = md(
      "## Actions",
      "",
      "| No | Item | Action | Owner | Deadline |",
      "|----|------|--------|-------|----------|",
      "| 5 | 3 | Cost the expansion of the ISVA service | MOPAC | April 2024 |",
      "| 6 | 4 | Share ward-level neighbourhood staffing figures | MPS | March 2024 |",
    );
    expect(meeting?.items).toEqual([]);
    expect(meeting?.actions.map((a) => [a.id, a.owner, a.text])).toEqual([
      ["5", "MOPAC", "Cost the expansion of the ISVA service"],
      ["6", "MPS", "Share ward-level neighbourhood staffing figures"],
    ]);
  });
});

describe("section headings over decimal-numbered items (unseen-minutes-8/66)", () => {
  const board = (...body: string[]) =>
    minutes(
      "1.   OPENING BUSINESS",
      "",
      "1.1  Welcome and apologies for absence",
      "     The Chair opened the meeting and noted the apologies above.",
      "",
      "1.2  Declarations of interest",
      "     Professor Chowdry declared that she chairs a charity funded by MOPAC's",
      "     victims' services budget. No action was needed.",
      "",
      "2.   STRATEGY AND PERFORMANCE",
      "",
      "2.1  Police and Crime Plan: quarter 3 performance report",
      "     Philippa Kwarteng-Dale presented the report. Neighbourhood crime was",
      "     below the plan's baseline; confidence in local policing had not moved.",
      "     Action 25/07 – MOPAC to add borough-level confidence figures to the",
      "     quarter 4 report.",
      "",
      ...body,
    );

  it("reads the '1.1' titles as the items and the sections over them as none, actions under their item", () => {
    const meeting = board(
      "3.   CLOSING BUSINESS",
      "",
      "3.1  Any other business",
      "     None.",
      "",
      "3.2  Date of next meeting",
      "     Thursday 12 June 2025, 10:00 – 12:00, The Chamber, City Hall.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1.1", "Welcome and apologies for absence"],
      ["1.2", "Declarations of interest"],
      ["2.1", "Police and Crime Plan: quarter 3 performance report"],
      ["3.1", "Any other business"],
    ]);
    expect(meeting?.actions.map((a) => [a.id, a.item])).toEqual([["25/07", "2.1"]]);
    expect(meeting?.nextMeetings.map((m) => [m.date, m.time, m.venue])).toEqual([
      ["2025-06-12", "10:00", "The Chamber, City Hall"],
    ]);
  });

  it("keeps 'Agenda Item 2 – …' over '2.1 Knife crime' the item (unseen-minutes/10)", () => {
    const meeting = minutes(
      "Agenda Item 1 – Welcome and minutes of the last meeting",
      "The Chair welcomed members. The minutes of the meeting of 25 September 2024 were agreed.",
      "",
      "Agenda Item 2 – Violence reduction",
      "2.1 Knife crime",
      "Commander Okri reported that knife crime with injury among under-25s had fallen by nine per cent on the year.",
      "2.2 Robbery",
      "Members noted the rise in phone snatches in central London and the operation to tackle it.",
    );
    expect(meeting?.items.map((i) => i.number)).toEqual(["1", "2"]);
  });

  it("keeps a numbered item with prose under it the item when only one section has '1.1' titles", () => {
    const meeting = minutes(
      "1. Welcome",
      "The Chair welcomed members.",
      "",
      "2. Knife crime",
      "",
      "2.1 Town centres",
      "Commander Pell said that knife offences had fallen.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Welcome"],
      ["2", "Knife crime"],
    ]);
  });
});

describe("numbered items with decimal points under them are no sections (review 3 C8)", () => {
  it("keeps terse notes' items whose '1.1' lines are points, not titles", () => {
    const meeting = minutes(
      "1. Welcome",
      "1.1 The Chair welcomed members",
      "1.2 Apologies were noted",
      "",
      "2. Knife crime",
      "2.1 The MPS reported a fall in knife injuries",
      "2.2 The VRU described its summer programme",
      "",
      "3. Fraud",
      "3.1 The Board noted the fraud figures",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Welcome"],
      ["2", "Knife crime"],
      ["3", "Fraud"],
    ]);
  });

  it("keeps the items when their '2.1' sub-headings have text under them", () => {
    const meeting = minutes(
      "1. Welcome",
      "1.1 Apologies",
      "Apologies were received from London Councils.",
      "",
      "2. Knife crime",
      "2.1 Update from the MPS",
      "The MPS reported a fall in knife injuries among under-25s.",
      "2.2 Update from the VRU",
      "The VRU described its summer programme.",
      "",
      "3. Fraud",
      "3.1 Overview",
      "The Board noted the fraud figures.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Welcome"],
      ["2", "Knife crime"],
      ["3", "Fraud"],
    ]);
  });
});

describe("a next meeting's line wrapped onto the next (layout-variants-8b/82)", () => {
  it("reads the place to its end on the line under", () => {
    const next = minutes(
      "1. Knife crime",
      "The Board discussed the summer plan.",
      "",
      "5. DATE OF NEXT MEETING",
      "The next meeting is scheduled for Monday, 9th June, 2025 at 2.00 pm, Conference Room 2, 169",
      "Union Street.",
    )?.nextMeetings.map((m) => [m.date, m.time, m.venue]);
    expect(next).toEqual([["2025-06-09", "14:00", "Conference Room 2, 169 Union Street"]]);
  });

  it("reads the list's shared time and place on the line under, after a comma (unseen-minutes-9/75) or a word left open (variants 9a/04)", () => {
    const diary = minutes(
      "1. Any other business",
      "None.",
      "",
      "Dates for your diary: Wednesday 14 January 2026 and Wednesday 15 April 2026,",
      "both 10 am, Council Chamber, Southwark Council.",
    )?.nextMeetings.map((m) => [m.date, m.time, m.venue]);
    expect(diary).toEqual([
      ["2026-01-14", "10:00", "Council Chamber, Southwark Council"],
      ["2026-04-15", "10:00", "Council Chamber, Southwark Council"],
    ]);
    const future = minutes(
      "1. Any other business",
      "None.",
      "",
      "Future dates: Wednesday 4 March 2026 and Wednesday 1 April 2026, both at",
      "12 noon, Room 3.02, 169 Union Street.",
    )?.nextMeetings.map((m) => [m.date, m.time, m.venue]);
    expect(future).toEqual([
      ["2026-03-04", "12:00", "Room 3.02, 169 Union Street"],
      ["2026-04-01", "12:00", "Room 3.02, 169 Union Street"],
    ]);
  });

  it("reads no finished line's next line into it", () => {
    const next = minutes(
      "Date of next meeting",
      "Tuesday 12 October 2021, 10:00, City Hall.",
      "The meeting closed at 12:40",
    )?.nextMeetings.map((m) => m.venue);
    expect(next).toEqual(["City Hall"]);
  });
});

describe("a chat's items, a title run in before a spaced dash (unseen-minutes-9/77, layout-variants-9b/94)", () => {
  it("reads the title before the dash and keeps what follows as the item's first line", () => {
    const meeting = minutes(
      "*1. Actions from October* – all closed apart from the MPS figures on youth stop and search, which are now due in December.",
      "",
      "*2. Fireworks night and Halloween* – DS Brennan-Oke said calls about fireworks attacks on buses were up on last year, mostly in the east.",
      "",
      "3. AOB - none.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Actions from October"],
      ["2", "Fireworks night and Halloween"],
      ["3", "AOB"],
    ]);
    expect(meeting?.items[0]?.passages[0]?.text).toMatch(/^all closed apart from the MPS figures/);
  });
});

describe("a form's record of a meeting (unseen-minutes-10/85)", () => {
  const FORM = [
    "LONDON CRIME REDUCTION BOARD",
    "RECORD OF MEETING",
    "",
    "Date of meeting: ___15/07/2026___        Start time: ___10:00___        Finish time: ___11:45___",
    "Venue: ___Conference Room B, City Hall, Kamal Chunchie Way___",
    "",
    "SECTION A – ATTENDANCE (tick one box for each person)",
    "",
    "1.  Olumide Featherstone-Nash, MOPAC (Chair)                        ☒ Present   ☐ Apologies",
    "2.  Cmdr Annika Brightwater-Ojo, MPS                                ☒ Present   ☐ Apologies",
    "",
    "SECTION B – ITEMS DISCUSSED",
    "",
    "Item no.: ___1___   Title: ___Welcome, apologies and minutes of 15 April___",
    "Summary: ___The minutes of 15 April were agreed. Apologies as above.___",
    "",
    "SECTION D – NEXT MEETING",
    "",
    "Date: ___14/10/2026___     Time: ___10:00___     Venue: ___Conference Room B, City Hall___",
    "",
    "Signed (Chair): ______O. Featherstone-Nash______          Date: ___17/07/2026___",
  ].join("\n");

  it("reads the header's fields, the parts' sections and the next meeting, not the signature's date", () => {
    const meeting = parseMinutes(FORM, "form.txt").meeting;
    expect([meeting?.date, meeting?.time, meeting?.venue]).toEqual([
      "2026-07-15",
      "10:00",
      "Conference Room B, City Hall, Kamal Chunchie Way",
    ]);
    expect(meeting?.attendees.map((a) => a.name)).toEqual([
      "Olumide Featherstone-Nash",
      "Annika Brightwater-Ojo",
    ]);
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      ["1", "Welcome, apologies and minutes of 15 April"],
    ]);
    expect(meeting?.nextMeetings.map((n) => n.date)).toEqual(["2026-10-14"]);
  });
});
