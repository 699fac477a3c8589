import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../../src/corpus/parse/index.js";

// The attendance list is read as parseMinutes walks the lines: which lines it takes, and where it ends.

const DMG =
  "London Crime Reduction Board – Delivery Management Group\n\nMonday 13 September 2021\n\n";
const attendees = (body: string) =>
  parseMinutes(`${DMG}${body}`, "t.txt").meeting?.attendees.map((a) => [
    a.honorific,
    a.name,
    a.status,
  ]);
const minutes = (...body: string[]) =>
  parseMinutes(
    ["London Crime Reduction Board", "", "Tuesday 22 June 2021", "", ...body].join("\n"),
    "lcrb.txt",
  ).meeting;

describe("attendance as a region of the minutes", () => {
  it("reads a hanging-indent list after 'Present:': the label, a tab and the first person, then one person a line (lcrb-2014-12-03)", () => {
    expect(
      attendees(
        "Present:\tLord Kwame Mensah CBE, Chair, London Criminal Justice Board\n\tDeputy Commissioner Craig Fallon QPM, MPS\n\tCllr Bernadette Walsh, London Councils\n\nAlso present:\tDeclan Murray, MOPAC\n\tSunita Patel-Ward, GLA\n\nMinutes taken by:\tJoel Adebayo, MOPAC\n\n1. Welcome\n\nText.\n",
      ),
    ).toEqual([
      ["Lord", "Kwame Mensah", "present"],
      ["Deputy Commissioner", "Craig Fallon", "present"],
      ["Cllr", "Bernadette Walsh", "present"],
      [null, "Declan Murray", "in_attendance"],
      [null, "Sunita Patel-Ward", "in_attendance"],
      [null, "Joel Adebayo", "in_attendance"],
    ]);
  });

  it("reads an indented line that names nobody as the end of the entry above it (lcrb-2019-07-04)", () => {
    const meeting = parseMinutes(
      `${DMG}Present\nCllr Marcus Onyango            Chair, London Councils Crime and Public Protection\n                               Committee\nProfessor Dame Imelda Hart     Chair, London Criminal Justice Board\n\n1. Welcome\n\nText.\n`,
      "t.txt",
    ).meeting;
    expect(meeting?.attendees.map((a) => [a.name, a.organisation, a.line])).toEqual([
      ["Marcus Onyango", "London Councils Crime and Public Protection Committee", 6],
      ["Imelda Hart", "London Criminal Justice Board", 8],
    ]);
  });

  it("goes on past a bulleted entry it cannot read", () => {
    expect(
      attendees(
        "**Present:**\n- Helen Ferris, MOPAC (Chair)\n- 12345\n- Dominic Shaw, London Councils\n\n1. Welcome\n\nText.\n",
      ),
    ).toEqual([
      [null, "Helen Ferris", "present"],
      [null, "Dominic Shaw", "present"],
    ]);
  });

  it("does not let one row's status column carry over to the next row (dmg-2023-06-21)", () => {
    expect(
      attendees(
        "Attendance\n\nName\tOrganisation\tAttendance\nCommander Ade Okoye\tMPS\tApologies\nDetective Chief Superintendent Paula Ngata\tMPS\tSubstitute for Commander Okoye\nDominic Shaw\tLondon Councils\n\n1. Welcome\n\nText.\n",
      ),
    ).toEqual([
      ["Commander", "Ade Okoye", "apologies"],
      ["Detective Chief Superintendent", "Paula Ngata", "present"],
      [null, "Dominic Shaw", "present"],
    ]);
  });
});

describe("a line the rules cannot read inside an attendance list (lcrb-2021-06-22)", () => {
  // "Independent Chair" has no name the rules know: the list must go on past it.
  const list = [
    "Board and advisors",
    "",
    "Independent Chair of the Board, Youth Justice Board",
    "",
    "Sophie Linden, Deputy Mayor for Policing and Crime",
    "",
    "Claire Waxman, London Victims Commissioner",
    "",
    "1. Agreement of minutes",
    "",
    "The minutes of the last meeting were agreed.",
  ];

  it("does not end the list at a line no rule reads ('Independent Chair of the Board, …'), and reads the people after it", () => {
    const meeting = minutes(...list);
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Sophie Linden", "Claire Waxman"]);
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([["1", "Agreement of minutes"]]);
  });

  it("reads a list-shaped line as a heading when prose follows it", () => {
    const meeting = minutes(
      "Board and advisors",
      "",
      "Sophie Linden, Deputy Mayor for Policing and Crime",
      "",
      "Knife Crime and Serious Violence",
      "",
      "The Board discussed the summer plan for violence reduction.",
    );
    expect(meeting?.items.map((i) => [i.number, i.title])).toEqual([
      [null, "Knife Crime and Serious Violence"],
    ]);
  });
});

describe("entries listed by the seat their holder fills (unseen-minutes-4/35)", () => {
  it("reads 'Body - Post: Name' entries under each heading, and passes over a post named alone", () => {
    const meeting = minutes(
      "Board members present",
      "  Chair - Deputy Mayor for Policing and Crime: Ione Fairbairn",
      "  London Councils - Executive Member for Crime and Public Protection: Cllr Rhoswen Adair",
      "Officers",
      "  MOPAC - Head of Partnerships: Fitzroy Ambrose",
      "  MOPAC - Board Secretary (minutes)",
      "Apologies",
      "  NHS England (London) - Medical Director: Dr Perpetua Ilori",
      "",
      "A. Welcome and apologies",
      "The Chair welcomed members and noted the apologies.",
    );
    expect(meeting?.attendees.map((a) => [a.honorific, a.name, a.status])).toEqual([
      [null, "Ione Fairbairn", "present"],
      ["Cllr", "Rhoswen Adair", "present"],
      [null, "Fitzroy Ambrose", "in_attendance"],
      ["Dr", "Perpetua Ilori", "apologies"],
    ]);
    // The post named alone, indented as far as the entry above it, is no part of that entry.
    expect(meeting?.attendees[2]).toMatchObject({
      role: "Head of Partnerships",
      organisation: "MOPAC",
    });
  });

  it("reads a seat written as a post alone, and keeps a line indented further as the tail of its entry (written for this test)", () => {
    const meeting = minutes(
      "Members",
      "Independent Custody Visitors Scheme Manager: Priya Kaur-Bassi",
      "Cllr Marcus Onyango      Chair, London Councils Crime and Public Protection",
      "                         Committee",
      "",
      "1. Welcome",
      "The Chair welcomed members to the meeting.",
    );
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Priya Kaur-Bassi", "Marcus Onyango"]);
    expect(meeting?.attendees[1]?.organisation ?? meeting?.attendees[1]?.role).toMatch(
      /Committee$/,
    );
  });
});

describe("people named as mentions, '@Name (Body)' (unseen-minutes-6/51)", () => {
  it("reads each mention run on after a bold label as one person", () => {
    expect(
      attendees(
        "**Attendees:** @Philippa Okonjo-Lamb (MOPAC, chair), @Rashid Qureshi (MPS), @Eilidh MacAskill (London Councils)  \n**Apologies:** @Aurelie Dubois-Mensah (YJB)  \n**Note-taker:** @Harvey Lindqvist (MOPAC)\n\n## Notes\n\n### 1. Notes of the last meeting\nAgreed.\n",
      ),
    ).toEqual([
      [null, "Philippa Okonjo-Lamb", "present"],
      [null, "Rashid Qureshi", "present"],
      [null, "Eilidh MacAskill", "present"],
      [null, "Aurelie Dubois-Mensah", "apologies"],
      [null, "Harvey Lindqvist", "in_attendance"],
    ]);
  });

  it("reads mentions one a line under a heading (written otherwise)", () => {
    expect(
      attendees(
        "Present:\n- @Rashid Qureshi (MPS)\n- @Dr Eilidh MacAskill (London Councils)\n\n1. Welcome\n\nThe Chair welcomed members.\n",
      ),
    ).toEqual([
      [null, "Rashid Qureshi", "present"],
      ["Dr", "Eilidh MacAskill", "present"],
    ]);
  });
});

describe("a post ending in a rank or a leader's word, in a list (review C12)", () => {
  it("reads 'Borough Commander, Lambeth' and 'Council Leader, Brent' as posts, not bodies", () => {
    const people = minutes(
      "Present:",
      "Chief Superintendent Raj Patel (Borough Commander, Lambeth)",
      "Cllr Amina Yusuf (Council Leader, Brent)",
      "Tom Reyes (Probation Officer, Camden)",
      "",
      "1. Welcome",
      "",
      "The Chair welcomed members.",
    )?.attendees.map((a) => [a.name, a.role, a.organisation]);
    expect(people).toEqual([
      ["Raj Patel", "Borough Commander, Lambeth", null],
      ["Amina Yusuf", "Council Leader, Brent", null],
      ["Tom Reyes", "Probation Officer, Camden", null],
    ]);
  });
});

describe("an action table inside an item is no attendance list (review C10)", () => {
  it("reads no attendee from '| Secretariat | Invite Dr Hannah Boyce … |' under '2. Actions'", () => {
    const meeting = minutes(
      "Present: Jane Doe (MOPAC)",
      "",
      "1. Welcome",
      "",
      "The Chair welcomed members.",
      "",
      "2. Actions",
      "",
      "| Owner | Action |",
      "|---|---|",
      "| Chair | Write to Commissioner Mark Rowley about stop and search |",
      "| Secretariat | Invite Dr Hannah Boyce to the June meeting |",
      "| MOPAC | Circulate the paper |",
    );
    expect(meeting?.attendees.map((a) => a.name)).toEqual(["Jane Doe"]);
  });
});

describe("a rank written in lower case is no body (review C5)", () => {
  it("reads '(mps, ds)' as a body and a rank, '(dcs)' as a rank", () => {
    const meeting = minutes(
      "present: Joachim Ruddle (mps, ds), Aoife Marr (dcs)",
      "",
      "1. Welcome",
      "",
      "The Chair welcomed members.",
    );
    expect(meeting?.attendees.map((a) => [a.name, a.role, a.organisation])).toEqual([
      ["Joachim Ruddle", "ds", "mps"],
      ["Aoife Marr", "dcs", null],
    ]);
  });
});

describe("people indented under their organisation's name (unseen-minutes-4/33)", () => {
  const described = (...body: string[]) =>
    minutes(...body)?.attendees.map((a) => [a.name, a.status, a.organisation, a.role]);

  it("gives each person the body named over them, their own bracket aside", () => {
    expect(
      described(
        "Attendance",
        "",
        "Mayor's Office for Policing and Crime",
        "    Caspian Wolde (Chair)",
        "    Henrietta Okpara",
        "Metropolitan Police Service",
        "    Commander Lucian Adebisi",
        "    Detective Superintendent Maeve Corrigan",
        "Crown Prosecution Service",
        "    Barnabas Eke (apologies)",
        "",
        "Welcome and notes of the last meeting",
        "Caspian Wolde welcomed the Group and noted apologies from Barnabas Eke.",
      ),
    ).toEqual([
      ["Caspian Wolde", "present", "Mayor's Office for Policing and Crime", "Chair"],
      ["Henrietta Okpara", "present", "Mayor's Office for Policing and Crime", null],
      ["Lucian Adebisi", "present", "Metropolitan Police Service", null],
      ["Maeve Corrigan", "present", "Metropolitan Police Service", null],
      ["Barnabas Eke", "apologies", "Crown Prosecution Service", null],
    ]);
  });

  it("keeps a body a person names themself, and gives none to people not indented under it (written for this test)", () => {
    expect(
      described(
        "Present:",
        "London Councils",
        "    Cllr Gwilym Prothero",
        "    Ayesha Karimjee (LB Camden)",
        "Harriet Lomax, CPS London",
        "Tobiah Greenaway",
        "",
        "1. Welcome",
        "The Chair welcomed members.",
      ),
    ).toEqual([
      ["Gwilym Prothero", "present", "London Councils", null],
      ["Ayesha Karimjee", "present", "LB Camden", null],
      ["Harriet Lomax", "present", "CPS London", null],
      ["Tobiah Greenaway", "present", null, null],
    ]);
  });
});

describe("a description on the line under its name (unseen-minutes-3/24, unseen-minutes-4/27)", () => {
  const described = (...body: string[]) =>
    minutes(...body)?.attendees.map((a) => [a.name, a.status, a.organisation, a.role]);

  it("reads a Word table's two-line entries, the name over its body or post", () => {
    expect(
      described(
        "Present",
        "Theodora Vance",
        "Mayor's Office for Policing and Crime (Chair)",
        "Chief Superintendent Rhys Abernethy",
        "Metropolitan Police Service",
        "Grainne McCloskey",
        "London Councils",
        "",
        "Apologies",
        "Fern Whitlock",
        "HM Courts and Tribunals Service",
        "",
        "Item 1 Welcome",
        "The Chair welcomed members.",
      ),
    ).toEqual([
      ["Theodora Vance", "present", "Mayor's Office for Policing and Crime", "Chair"],
      ["Rhys Abernethy", "present", "Metropolitan Police Service", null],
      ["Grainne McCloskey", "present", "London Councils", null],
      ["Fern Whitlock", "apologies", "HM Courts and Tribunals Service", null],
    ]);
  });

  it("reads each column's description under its own name, in columns side by side", () => {
    expect(
      described(
        "Present:                                      In attendance:",
        "Ottilie Marchbanks                            Rosamund Achebe",
        "Deputy Mayor for Policing and Crime (Chair)   Head of Strategy, MOPAC",
        "Commander Tobias Wreford                      Jerome Castellanos",
        "Metropolitan Police Service                   Board Secretariat, MOPAC",
        "Cllr Perpetua Nwosu",
        "London Councils",
        "",
        "1. Welcome and apologies",
        "The Chair welcomed members.",
      ),
    ).toEqual([
      ["Ottilie Marchbanks", "present", null, "Deputy Mayor for Policing and Crime (Chair)"],
      ["Rosamund Achebe", "in_attendance", "MOPAC", "Head of Strategy"],
      ["Tobias Wreford", "present", "Metropolitan Police Service", null],
      ["Jerome Castellanos", "in_attendance", "MOPAC", "Board Secretariat"],
      ["Perpetua Nwosu", "present", "London Councils", null],
    ]);
  });

  it("gives no description to a name already described, nor takes a title over prose (written for this test)", () => {
    expect(
      described(
        "Present",
        "Harriet Lomax, CPS London",
        "London Councils",
        "Tobiah Greenaway",
        "Chief Executive's report",
        "The Chief Executive set out the year's budget and the savings asked of each directorate.",
      ),
    ).toEqual([
      ["Harriet Lomax", "present", "CPS London", null],
      ["Tobiah Greenaway", "present", null, null],
    ]);
  });
});

describe("a body's name heading a group, after a person listed with nothing of them (review 3 C3)", () => {
  const described = (...body: string[]) =>
    minutes(...body)?.attendees.map((a) => [a.name, a.status, a.organisation, a.role]);

  it("opens the group over people indented further, not the description of the name above it", () => {
    expect(
      described(
        "Present:",
        "Caspian Wolde",
        "Henrietta Okpara",
        "Metropolitan Police Service",
        "    Tom Reyes",
        "    Amy Lee",
        "",
        "1. Welcome",
        "The Chair welcomed members.",
      ),
    ).toEqual([
      ["Caspian Wolde", "present", null, null],
      ["Henrietta Okpara", "present", null, null],
      ["Tom Reyes", "present", "Metropolitan Police Service", null],
      ["Amy Lee", "present", "Metropolitan Police Service", null],
    ]);
  });

  it("takes a label naming people in the plural for no one's description, and reads the people under it", () => {
    const first = described(
      "Members",
      "Jane Doe",
      "Tom Reyes",
      "MOPAC Officers",
      "Amy Lee",
      "Raj Patel",
      "",
      "1. Welcome",
      "The Chair welcomed members.",
    );
    expect(first?.map((a) => [a[0], a[2]])).toEqual([
      ["Jane Doe", null],
      ["Tom Reyes", null],
      ["Amy Lee", null],
      ["Raj Patel", null],
    ]);
    const second = described(
      "Present",
      "Sophie Linden",
      "Tom Reyes",
      "London Councils Representatives",
      "Cllr Amy Lee",
      "Cllr Raj Patel",
      "",
      "1. Welcome",
      "The Chair welcomed members.",
    );
    expect(second?.map((a) => [a[0], a[2]])).toEqual([
      ["Sophie Linden", null],
      ["Tom Reyes", null],
      ["Amy Lee", null],
      ["Raj Patel", null],
    ]);
  });

  it("still takes a body whose name ends in such a plural for the description (written for this test)", () => {
    expect(
      described(
        "Present",
        "Sophie Linden",
        "Association of Chief Police Officers",
        "Cllr Amy Lee",
        "",
        "1. Welcome",
        "The Chair welcomed members.",
      ),
    ).toEqual([
      ["Sophie Linden", "present", "Association of Chief Police Officers", null],
      ["Amy Lee", "present", null, null],
    ]);
  });
});

describe("a word broken by a hyphen at a line's end in a list run on (unseen-minutes-4/30)", () => {
  it("joins 'London Coun-' and 'cils' into the body's name", () => {
    expect(
      minutes(
        "Present:Sir Benedict Arkwright (Chair) ; Deputy Assistant Commissioner Marguerite",
        "Oyelowo, MPS; Cllr Taran Bhogal, London Coun-",
        "cils; Dr Evadne Sinclair-Ross,NHS England; Wilhelmina Okonedo,CPS London.",
        "",
        "1.Welcome and apologies",
        "The Chair welcomed members.",
      )?.attendees.map((a) => [a.name, a.organisation, a.role]),
    ).toEqual([
      ["Benedict Arkwright", null, "Chair"],
      ["Marguerite Oyelowo", "MPS", null],
      ["Taran Bhogal", "London Councils", null],
      ["Evadne Sinclair-Ross", "NHS England", null],
      ["Wilhelmina Okonedo", "CPS London", null],
    ]);
  });

  it("keeps a hyphen before a capital, a name's ('Abernethy-' | 'Lowe (MOPAC)') (written for this test)", () => {
    expect(
      minutes(
        "Present: Cllr Taran Bhogal (London Councils), Hector Abernethy-",
        "Lowe (MOPAC).",
        "",
        "1. Welcome and apologies",
        "The Chair welcomed members.",
      )?.attendees.map((a) => [a.name, a.organisation]),
    ).toEqual([
      ["Taran Bhogal", "London Councils"],
      ["Hector Abernethy-Lowe", "MOPAC"],
    ]);
  });
});

describe("a name wrapped inside its column", () => {
  it("reads the line under an entry, left of its second column, as the rest of the name (unseen-minutes-8/62)", () => {
    expect(
      attendees(
        [
          " Members",
          " Sir Ptolemy Garside-Nwankwo        Deputy Mayor for Policing and Crime (Chair)",
          " Chief Superintendent Odile         Metropolitan Police Service",
          "   Hartigan-Bose",
          " Superintendent Marek Okonjo-Farrow Metropolitan Police Service",
          "",
          "1. Welcome",
          "",
          "The Chair welcomed members.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Sir", "Ptolemy Garside-Nwankwo", "present"],
      ["Chief Superintendent", "Odile Hartigan-Bose", "present"],
      ["Superintendent", "Marek Okonjo-Farrow", "present"],
    ]);
  });

  it("reads a hanging-indented line as the rest of the description the entry leaves dangling (review 3 C21)", () => {
    const people = minutes(
      "Present:",
      "Sir Anselm Whitcombe            Chair, MOPAC",
      "Dr Lavinia Osterberg            Director of Strategy and",
      "    Commissioning, NHS England",
      "Tom Reyes                       Commander, MPS",
      "",
      "1. Welcome",
      "",
      "The Chair welcomed members.",
    )?.attendees.map((a) => [a.name, a.role, a.organisation]);
    expect(people).toContainEqual([
      "Lavinia Osterberg",
      "Director of Strategy and Commissioning",
      "NHS England",
    ]);
  });
});

describe("a slide deck's attendance by organisation, its speaker notes after it (unseen-minutes-10/84)", () => {
  it("ends the list at a sentence telling of a person, the verb straight after the name", () => {
    expect(
      attendees(
        [
          "Apologies",
          "•\tYouth Justice Board: Torquil Amankwah-Reeve",
          "•\tNHS England (London): Dr Winnie Osterberg-Ola",
          "Notes:",
          "Dr Osterberg-Ola sent a written update on mental health crisis beds, circulated with this summary.",
        ].join("\n"),
      ),
    ).toEqual([
      [null, "Torquil Amankwah-Reeve", "apologies"],
      ["Dr", "Winnie Osterberg-Ola", "apologies"],
    ]);
  });

  it("reads a body before a spaced dash over several people (layout-variants-10b/113)", () => {
    const read = minutes(
      "Attendees",
      "- MOPAC – Juno Abara-Whitfield (Chair), Casimir Oyenuga-Reyes",
      "- MPS – Det Supt Marisol Fairweather-Ilori",
    )?.attendees.map((a) => [a.name, a.organisation, a.role]);
    expect(read).toEqual([
      ["Juno Abara-Whitfield", "MOPAC", "Chair"],
      ["Casimir Oyenuga-Reyes", "MOPAC", null],
      ["Marisol Fairweather-Ilori", "MPS", null],
    ]);
  });
});
