/**
 * The closed word classes of minutes, kept in one place for the parser, search and answers: titles
 * written before names, letters after them, the acronyms and words of public bodies, joining words.
 * They describe English and the public bodies of London criminal justice in general, never
 * particular people: a new member is read by the same rules. The parser decides structure from
 * layout first (parse/DESIGN.md); these lists only settle what layout leaves open.
 */

/** Titles and offices written before a name. Matched longest first, so "Deputy Commissioner" wins over "Commissioner". */
export const HONORIFICS: readonly string[] = [
  "The Rt Hon",
  "The Right Honourable",
  "The Baroness",
  "The Lord",
  "The Lady",
  "The Hon",
  "The Honourable",
  "The Reverend",
  "Rt Hon",
  "Rt. Hon.",
  "Right Honourable",
  "Deputy Mayor",
  "Mayor",
  "Deputy Assistant Commissioner",
  "Assistant Commissioner",
  "Deputy Commissioner",
  "Commissioner",
  "Detective Chief Superintendent",
  "Detective Superintendent",
  "Chief Superintendent",
  "Superintendent",
  "Detective Chief Inspector",
  "Chief Inspector",
  "Detective Inspector",
  "Inspector",
  "Deputy Chief Constable",
  "Assistant Chief Constable",
  "Chief Constable",
  "Station Commander",
  "Group Commander",
  "Commander",
  // The MPS's short form, as "Supt" is (unseen-minutes-10/85: "Cmdr Annika Brightwater-Ojo, MPS").
  "Cmdr",
  "Detective Sergeant",
  "Detective Constable",
  "Police Constable",
  "Sergeant",
  "Constable",
  // "Acting Commissioner", "Temporary Commander": the prefix joins the rank read after it.
  "Acting",
  "Temporary",
  "Interim",
  "Det Chief Supt",
  // The MPS's own short form of Detective Chief Superintendent (unseen-minutes-9/70).
  "Det Ch Supt",
  "Det Ch Insp",
  "Det Supt",
  "Det Insp",
  "Ch Supt",
  "Supt",
  "Ch Insp",
  "Insp",
  "Sgt",
  "DMPC",
  "Councillor",
  "Cllr",
  "Professor",
  "Prof",
  "Dr",
  "Doctor",
  "Sir",
  "Dame",
  "Baroness",
  "Baron",
  "Lord",
  "Lady",
  "His Honour Judge",
  "Her Honour Judge",
  "HHJ",
  "Judge",
  "Reverend",
  "Revd",
  "Rev",
  // The City of London Corporation's titles, written before a member's name as any other title
  // ("Alderman Professor …", "Deputy …", "Sheriff …"). "Deputy" there is a title, not a deputy
  // for someone: people.ts takes it as one only before a name, never before a post.
  "Chief Commoner",
  "Common Councilman",
  "Common Councilwoman",
  "Alderman",
  "Alderwoman",
  "Sheriff",
  "Deputy",
  "Mr",
  "Mrs",
  "Ms",
  "Miss",
  "Mx",
].toSorted((a, b) => b.length - a.length);

/**
 * Titles in the plural, before a list of the people holding them ("Councillors Bartholomew Fenn,
 * Cerys Lloyd-Amadi and Devika Raman"), with the title each of them holds.
 */
export const PLURAL_HONORIFICS: ReadonlyMap<string, string> = new Map([
  ["Councillors", "Councillor"],
  ["Cllrs", "Cllr"],
  ["Drs", "Dr"],
  ["Doctors", "Doctor"],
  ["Professors", "Professor"],
  ["Superintendents", "Superintendent"],
  ["Inspectors", "Inspector"],
]);

/**
 * Words of a title as lists shorten them, lower case without the full stop, and the word written
 * out: "Cllr" is "councillor", "Supt" "superintendent". A question may type either.
 */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  cllr: "councillor",
  clr: "councillor",
  supt: "superintendent",
  insp: "inspector",
  cmdr: "commander",
  sgt: "sergeant",
  dep: "deputy",
  asst: "assistant",
  prof: "professor",
  dr: "doctor",
  rev: "reverend",
  revd: "reverend",
};

/** A word of a title written out ("cllr" → "councillor"), lower case; any other word as it is. */
export function titleWord(word: string): string {
  const lower = word.toLowerCase().replace(/\./g, "");
  return TITLE_ABBREVIATIONS[lower] ?? lower;
}

/**
 * Titles a person holds whoever they work for, written out: they tell apart people of one name
 * ("Sir Stephen" is not every Stephen) but name no post ("Cllr" is no role).
 */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  "sir",
  "dame",
  "lord",
  "lady",
  "baroness",
  "baron",
  "councillor",
  "doctor",
  "professor",
  "reverend",
]);

/** The words of a form of address ("Mr", "The Rt Hon"): they neither tell people apart nor name a post. */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  "the",
  "rt",
  "right",
  "hon",
  "honourable",
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
]);

/** Letters after a name: honours, appointments and degrees. Never part of the name. */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  "KG",
  "GCB",
  "KCB",
  "DCB",
  "CB",
  "GBE",
  "KBE",
  "DBE",
  "CBE",
  "OBE",
  "MBE",
  "BEM",
  "CVO",
  "LVO",
  "MVO",
  "QPM",
  "KPM",
  "QFSM",
  "KC",
  "QC",
  "DL",
  "JP",
  "MP",
  "MEP",
  "AM",
  "FRSA",
  "FRCP",
  "FRCPsych",
  "PhD",
  "MA",
  "MSc",
  "BA",
  "LLB",
  "OStJ",
]);

/** Acronyms that name a post rather than an organisation ("Sophie Linden, DMPC"). */
export const ROLE_ACRONYMS: ReadonlySet<string> = new Set([
  "CEO",
  "DCEO",
  "COO",
  "CFO",
  "CIO",
  "CTO",
  "DMPC",
  "PCC",
  "DAC",
  "ACC",
  "DCC",
  "SRO",
  "MP",
  "AM",
]);

/**
 * Political parties as a council's minutes shorten them after a councillor's name, "Councillor Marisa
 * Quintero (LD), London Councils": the party is no body the person represents.
 */
export const PARTY_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "Lab",
  "Con",
  "LD",
  "Lib Dem",
  "Grn",
  "Green",
  "Ind",
  "SNP",
  "UKIP",
]);

/**
 * Ranks and posts as terse notes shorten them, with no vowel: "ds" (Detective Sergeant), "dcs",
 * "dpty dir". Lower case, they are no body's acronym.
 */
export const POST_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "ds",
  "dc",
  "pc",
  "ps",
  "dcs",
  "dci",
  "cst",
  "sgt",
  "snr",
  "mgr",
  "dir",
  "dpty",
  "hd",
]);

/**
 * Acronyms of the bodies that sit on the Board and its groups. Written before a name ("CPS London
 * North", "MPS South East") they name a body, never a rank.
 */
export const ORGANISATION_ACRONYMS: ReadonlySet<string> = new Set([
  "MPS",
  "CPS",
  "NPS",
  "NHS",
  "NHSE",
  "MOPAC",
  "YJB",
  "VRU",
  "HMCTS",
  "HMPPS",
  "HMIP",
  "LFB",
  "GLA",
  "BTP",
  "CRC",
  "LCJB",
  "MOJ",
  "MoJ",
  "PHE",
  "TfL",
  "LAS",
]);

/** Words that begin a job title: a description starting with one is a role, not an organisation. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "Director",
  "Chief",
  "Chair",
  "Co-chair",
  "Co-Chair",
  "Chairman",
  "Chairwoman",
  "Vice",
  "Head",
  "Deputy",
  "Assistant",
  "Asst",
  "Senior",
  "Lead",
  "Officer",
  "Advisor",
  "Adviser",
  "Manager",
  "Executive",
  "Interim",
  "Acting",
  "Regional",
  "Programme",
  "Policy",
  "Secretary",
  "Clerk",
  "Commander",
  "Superintendent",
  "Inspector",
  "Commissioner",
  "President",
  "Governor",
  "Leader",
  "Member",
  "Minister",
  "Treasurer",
  "Analyst",
  "Coordinator",
  "Co-ordinator",
  "Strategic",
  "Principal",
]);

/**
 * Words that end a job title: "Democratic Services Officer", "Board Secretary". A description ending
 * in one is a post, whatever body its other words name.
 */
export const POST_ENDINGS: ReadonlySet<string> = new Set([
  "Officer",
  "Secretary",
  "Manager",
  "Director",
  "Adviser",
  "Advisor",
  "Clerk",
  "Analyst",
  "Coordinator",
  "Co-ordinator",
  "Treasurer",
  "Chair",
  "Chairman",
  "Chairwoman",
  "Member",
  "Lead",
  // "Council Leader", "Service Head", and the ranks of HONORIFICS: "Borough Commander" is a post,
  // though "Borough" may open a body's name.
  "Leader",
  "Head",
  "Commander",
  "Commissioner",
  "Superintendent",
  "Inspector",
  "Sergeant",
  "Constable",
]);

/**
 * Head nouns of a post named for what it looks after: "Cabinet Member for Transport", "Portfolio
 * Holder for Communities", "Mayor for London". Before "for" they make the phrase a post, whatever
 * the portfolio after it names; the other words of POST_ENDINGS do so too.
 */
export const POST_HEADS_BEFORE_FOR: ReadonlySet<string> = new Set([
  ...POST_ENDINGS,
  "Holder",
  "Champion",
  "Spokesperson",
  "Mayor",
  "Minister",
]);

/** Words that make a phrase an organisation ("Youth Justice Board", "London Councils", "LB Barnet"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  // "London Fire Brigade".
  "Brigade",
  "Board",
  "Boards",
  "Council",
  "Councils",
  "Service",
  "Services",
  "Office",
  "Group",
  "Commission",
  "Police",
  "Prosecution",
  "Probation",
  "Prisons",
  "Prison",
  "NHS",
  "England",
  "Ministry",
  "Justice",
  "Trust",
  "Partnership",
  "Unit",
  "Authority",
  "Agency",
  "Department",
  "Directorate",
  "Constabulary",
  "Court",
  "Courts",
  "Tribunal",
  "Borough",
  "University",
  "Foundation",
  "Charity",
  "Network",
  "Alliance",
  "Association",
  "Federation",
  "Inspectorate",
  "Committee",
  "Assembly",
  "Aid",
  "Support",
  "Society",
  "Institute",
  "Centre",
  "Project",
  "Fund",
  "Hospital",
  "Forum",
  "Company",
  "Secretariat",
  "Executive",
  "Government",
  // "Transport for London", "Department for Transport".
  "Transport",
  // "Revd Ezekiel Adjei (faith communities)": the communities a member sits for.
  "Communities",
]);

/**
 * Words of the honorifics that are posts of their own, written out ("Supt" is "superintendent"):
 * "Mayor Jules Pipe", "Deputy Commissioner Craig Mackey", "Ch Supt Ian Bickers", "Cllr Lib Peck" (a
 * councillor's seat), unlike a courtesy, academic or religious title ("Dame", "Sir", "Dr", "Revd")
 * or a form of address. Read from HONORIFICS: a word the lexicon knows as the head of a post
 * (POST_ENDINGS, ROLE_ACRONYMS), or an office held by election or appointment that those lists do
 * not hold (mayor, councillor, judge). Not a word that only qualifies the rank after it ("Deputy",
 * "Chief", "Acting"): the City's "Deputy" before a name is a title, not a deputy's post.
 */
export const POST_HONORIFIC_WORDS: ReadonlySet<string> = (() => {
  const postWords = new Set(
    [...POST_ENDINGS, ...ROLE_ACRONYMS, "Mayor", "Councillor", "Judge"].map((word) =>
      word.toLowerCase(),
    ),
  );
  const words = new Set<string>();
  for (const honorific of HONORIFICS)
    for (const word of honorific.split(" ")) {
      const written = titleWord(word);
      if (postWords.has(written)) words.add(written);
    }
  return words;
})();

/**
 * The 32 London boroughs and the City, lower case as matched: a borough named in an attendance line
 * ("CEO Waltham Forest", "LB Barnet") is the borough its person sits for.
 */
export const LONDON_BOROUGHS: readonly string[] = [
  "barking",
  "dagenham",
  "barnet",
  "bexley",
  "brent",
  "bromley",
  "camden",
  "croydon",
  "ealing",
  "enfield",
  "greenwich",
  "hackney",
  "hammersmith",
  "fulham",
  "haringey",
  "harrow",
  "havering",
  "hillingdon",
  "hounslow",
  "islington",
  "kensington",
  "chelsea",
  "kingston",
  "lambeth",
  "lewisham",
  "merton",
  "newham",
  "redbridge",
  "richmond",
  "southwark",
  "sutton",
  "tower hamlets",
  "waltham forest",
  "wandsworth",
  "westminster",
  "city of london",
];

/**
 * Nouns naming people as a group, in the plural: "MOPAC Officers", "London Councils
 * Representatives" label the people under them, never one person's description.
 */
export const GROUP_OF_PEOPLE_WORDS: ReadonlySet<string> = new Set([
  "officers",
  "officials",
  "representatives",
  "members",
  "advisers",
  "advisors",
  "colleagues",
  "staff",
  "attendees",
  "observers",
  "guests",
]);

/**
 * Words that may stand between a first name and a surname in lower or title case ("Cheryl De Freitas",
 * "Rosa van der Berg"). Inside a name only where a surname follows them (people.ts isNameWordAt).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "De",
  "del",
  "Del",
  "della",
  "van",
  "Van",
  "von",
  "Von",
  "der",
  "den",
  "du",
  "Du",
  "da",
  "Da",
  "di",
  "Di",
  "la",
  "La",
  "le",
  "Le",
  "bin",
  "binti",
  "al",
  "Al",
  "el",
  "El",
  "ter",
  "St",
  "St.",
  // Arabic, Irish, Welsh and Spanish ("Mac an tSaoi", "Ní Bhriain", "ap Rhys", "García y López").
  // Lower case "an" and "y" are English words too: a particle counts only before a surname.
  "ibn",
  "mac",
  "Mac",
  "an",
  "ni",
  "ní",
  "Ní",
  "ó",
  "Ó",
  "ap",
  "y",
]);

/**
 * Words found in agenda titles and section headings but not in people's names. A short line made
 * of them ("Tackling Fraud", "Casey Review") is a heading, however much it looks like "First Last".
 */
export const HEADING_WORDS: ReadonlySet<string> = new Set(
  [
    "welcome",
    "welcomes",
    "introduction",
    "introductions",
    "apologies",
    "minutes",
    "matters",
    "arising",
    "actions",
    "action",
    "update",
    "updates",
    "review",
    "business",
    "agenda",
    "item",
    "items",
    "date",
    "next",
    "meeting",
    "meetings",
    "summary",
    "close",
    "closing",
    "plan",
    "plans",
    "report",
    "reports",
    "strategy",
    "tackling",
    "reducing",
    "discussion",
    "presentation",
    "any",
    "other",
    "aob",
    "terms",
    "reference",
    "contents",
    "performance",
    "overview",
    "priorities",
    "progress",
    "risk",
    "risks",
    "budget",
    "finance",
    "recommendations",
    "decisions",
    "decision",
    "safety",
    "crime",
    "violence",
    "reform",
    "fraud",
    "programme",
    "framework",
    "proposal",
    "proposals",
    "paper",
    "papers",
    "noting",
    "approval",
    "agreement",
    "disproportionality",
    "recovery",
    "impact",
    "operational",
    "partnership",
  ].map((w) => w.toLowerCase()),
);

/**
 * Titles of the columns of tables in minutes (attendance, agenda, actions), lower case: a run of
 * them on lines of their own is a table's title row copied cell by cell (parse/cell-lines.ts).
 */
export const TABLE_COLUMN_TITLES: ReadonlySet<string> = new Set([
  // Attendance: who, what they are, whether they came.
  "name",
  "names",
  "attendee",
  "attendees",
  "member",
  "members",
  "role",
  "title",
  "position",
  "job title",
  "organisation",
  "organization",
  "agency",
  "representing",
  "initials",
  "status",
  "attendance",
  "present",
  "attended",
  "in attendance",
  "apologies",
  "absent",
  // Agenda and minutes: the item, what was said, what came of it.
  "no",
  "no.",
  "number",
  "#",
  "ref",
  "ref.",
  "item",
  "agenda item",
  "subject",
  "topic",
  "discussion",
  "notes",
  "minutes",
  "minute",
  "summary",
  "decision",
  "decisions",
  "outcome",
  "paper",
  "presenter",
  "lead",
  // Actions: what, who, by when.
  "action",
  "actions",
  "action required",
  "owner",
  "responsible",
  "by whom",
  "action by",
  "deadline",
  "due",
  "due date",
  "by when",
  "date",
]);

/** Unnumbered section titles that are headings wherever they stand after the header. */
export const COMMON_SECTIONS: readonly RegExp[] = [
  /^welcome(?:\s+and\s+(?:apologies|introductions?))?$/i,
  /^(?:chair'?s\s+)?(?:welcome|introductions?|opening remarks)(?:\s+and\s+\w+)?$/i,
  /^(?:minutes|notes)\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting(?:\s+and\s+matters\s+arising)?$/i,
  /^matters\s+arising$/i,
  /^any\s+other\s+business$/i,
  /^a\.?o\.?b\.?$/i,
  /^close(?:\s+of\s+meeting)?$/i,
];

/**
 * Words that begin an organisation's name. After a two-word name with no separator ("Jane Doe
 * London Councils") one of them marks where the name ends.
 */
export const ORGANISATION_STARTS: ReadonlySet<string> = new Set([
  "London",
  "Metropolitan",
  "Crown",
  "Ministry",
  "Home",
  "National",
  "Youth",
  "Victims",
  "Victim",
  "Greater",
  "City",
  "British",
  "Royal",
  "HM",
  "Her",
  "His",
  "Mayor's",
  "Mayor",
  "Transport",
  "Department",
  "Office",
  "Violence",
  "Public",
  "Local",
  "Community",
  "LB",
  "Borough",
]);

/**
 * Small words that join the capitalised words of a title or a body's name ("Deputy Mayor for
 * Policing and Crime", "Deputy Commissioner of the MPS", "Violence Against Women and Girls"). They
 * are not in a name's initials ("Ministry of Justice": MoJ).
 */
export const JOINING_WORDS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "for",
  "and",
  "&",
  "to",
  "at",
  "in",
  "on",
  "with",
]);

/**
 * Words a title never ends on: joining words, articles and possessives ("… the refreshed strategy
 * and its" | "delivery plan"). A heading ending on one was wrapped, and runs on over the next line.
 */
export const DANGLING_WORDS: ReadonlySet<string> = new Set([
  ...JOINING_WORDS,
  "a",
  "an",
  "or",
  "by",
  "from",
  "into",
  "its",
  "their",
  "our",
]);

/**
 * The words of every honorific, lower case ("rt", "hon", "deputy", "commissioner"): in a typed
 * question they stand before or instead of a name, never inside it.
 */
export const HONORIFIC_WORDS: ReadonlySet<string> = new Set(
  HONORIFICS.flatMap((h) => h.toLowerCase().replace(/\./g, "").split(/\s+/)),
);

/** Numbers written as words, by value ("Agenda item three:"): the items of one meeting. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
  ].map((word, index) => [word, index + 1] as const),
);

/**
 * The field labels of Welsh minutes, lower case, a number after "Eitem" or "Cam gweithredu" left
 * off: the boards meet jointly with Welsh bodies, whose templates write each label in both
 * languages. A label pair is read as two languages only when its other half is one of these, so
 * English minutes offering two English words ("Present / Members:", "Venue / Dial-in:") are never
 * taken for minutes in two languages (parse/bilingual.ts).
 */
export const WELSH_FIELD_LABELS: ReadonlySet<string> = new Set([
  "yn bresennol",
  "presennol",
  "hefyd yn bresennol",
  "aelodau'n bresennol",
  "aelodau yn bresennol",
  "ymddiheuriadau",
  "ymddiheuriadau am absenoldeb",
  "absennol",
  "cadeirydd",
  "cofnodion",
  "cofnodwr",
  "dyddiad",
  "amser",
  "lleoliad",
  "eitem",
  "eitem agenda",
  "cam gweithredu",
  "camau gweithredu",
  "cyfarfod nesaf",
  "dyddiad y cyfarfod nesaf",
]);

/**
 * The field labels of English minutes, lower case, a number after "Item" or "Action" left off: in
 * minutes written in two languages, a pair before a colon whose one half is among these shows which
 * half of every pair is English ("Yn bresennol / Present:"; parse/bilingual.ts).
 */
export const ENGLISH_FIELD_LABELS: ReadonlySet<string> = new Set([
  "present",
  "members present",
  "also present",
  "in attendance",
  "attendees",
  "attendance",
  "apologies",
  "apologies for absence",
  "absent",
  "chair",
  "minutes",
  "minute taker",
  "date",
  "time",
  "venue",
  "location",
  "place",
  "agenda",
  "item",
  "agenda item",
  "action",
  "actions",
  "next meeting",
  "date of next meeting",
]);
