/**
 * Acronyms of London's criminal justice field and the words they stand for. The minutes use both
 * forms, often without spelling either out ("the Met", "CT threat", "BWV"), so a question in one
 * form must find minutes written in the other. Acronyms the minutes spell out themselves are mined
 * at start-up as well (glossary.ts); this table covers the ones they take for granted.
 */
export interface AcronymEntry {
  acronym: string;
  expansions: string[];
  /** Other single words that name the same thing ("Met"). */
  aliases?: string[];
}

export const JUSTICE_ACRONYMS: AcronymEntry[] = [
  {
    acronym: "MPS",
    expansions: [
      "Metropolitan Police Service",
      "Metropolitan Police",
      "Met Police",
      "Met Police Service",
    ],
    aliases: ["Met"],
  },
  { acronym: "MOPAC", expansions: ["Mayor's Office for Policing and Crime"] },
  { acronym: "DMPC", expansions: ["Deputy Mayor for Policing and Crime"] },
  // The 2023 list writes "Debbie Weekes Bernard, DMC&SJ".
  { acronym: "DMC&SJ", expansions: ["Deputy Mayor for Communities and Social Justice"] },
  // Chat's name for the Met's Deputy Commissioner ("what did the DC say about corruption").
  { acronym: "DC", expansions: ["Deputy Commissioner"] },
  { acronym: "VAWG", expansions: ["Violence Against Women and Girls"] },
  {
    acronym: "RASSO",
    expansions: ["Rape and Serious Sexual Offences", "Rape and Serious Sexual Offence"],
  },
  { acronym: "VRU", expansions: ["Violence Reduction Unit"] },
  { acronym: "CPS", expansions: ["Crown Prosecution Service", "Crown Prosecution"] },
  { acronym: "BWV", expansions: ["Body Worn Video", "Body Worn Cameras", "Body Worn Camera"] },
  {
    acronym: "VCOP",
    expansions: [
      "Victims Code of Practice",
      "Victims Code",
      "Code of Practice for Victims of Crime",
    ],
  },
  { acronym: "PCP", expansions: ["Police and Crime Plan"] },
  { acronym: "CJS", expansions: ["Criminal Justice System"] },
  { acronym: "CT", expansions: ["Counter Terrorism", "Counter Terror", "Counterterrorism"] },
  { acronym: "YJB", expansions: ["Youth Justice Board"] },
  {
    acronym: "HMCTS",
    expansions: [
      "HM Courts and Tribunals Service",
      "Her Majesty's Courts and Tribunals Service",
      "His Majesty's Courts and Tribunals Service",
      "Courts and Tribunals Service",
    ],
  },
  { acronym: "NPS", expansions: ["National Probation Service"] },
  {
    acronym: "CRC",
    expansions: ["Community Rehabilitation Company", "Community Rehabilitation Companies"],
  },
  { acronym: "BCU", expansions: ["Basic Command Unit", "Basic Command Units"] },
  { acronym: "LFB", expansions: ["London Fire Brigade"] },
  { acronym: "LCJB", expansions: ["London Criminal Justice Board"] },
  { acronym: "LCRB", expansions: ["London Crime Reduction Board"] },
  { acronym: "DMG", expansions: ["Delivery Management Group"] },
  {
    acronym: "HMPPS",
    expansions: [
      "HM Prison and Probation Service",
      "Her Majesty's Prison and Probation Service",
      "His Majesty's Prison and Probation Service",
    ],
  },
  { acronym: "NOMS", expansions: ["National Offender Management Service"] },
  { acronym: "MoJ", expansions: ["Ministry of Justice"] },
  { acronym: "HO", expansions: ["Home Office"] },
  { acronym: "NHSE", expansions: ["NHS England", "National Health Service England"] },
  { acronym: "NHS", expansions: ["National Health Service"] },
  {
    acronym: "HMICFRS",
    expansions: [
      "HM Inspectorate of Constabulary and Fire and Rescue Services",
      "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services",
      "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services",
    ],
  },
  { acronym: "GLA", expansions: ["Greater London Authority"] },
  // Said short as "black and asian officers" or "ethnic minority officers" (the 2021 minutes'
  // "BAME officer"): read by its words in order, some left out (search/loose-names.ts).
  { acronym: "BAME", expansions: ["Black Asian and Minority Ethnic"] },
  { acronym: "VCS", expansions: ["Voluntary and Community Sector"] },
  { acronym: "ToR", expansions: ["Terms of Reference"] },
  { acronym: "YOT", expansions: ["Youth Offending Team", "Youth Offending Teams"] },
  { acronym: "IOM", expansions: ["Integrated Offender Management"] },
  { acronym: "ASB", expansions: ["Anti Social Behaviour", "Antisocial Behaviour"] },
  { acronym: "DA", expansions: ["Domestic Abuse"] },
  { acronym: "SOC", expansions: ["Serious Organised Crime"] },
  { acronym: "OCG", expansions: ["Organised Crime Group", "Organised Crime Groups"] },
  { acronym: "EVAW", expansions: ["End Violence Against Women"] },
  { acronym: "COVID", expansions: ["Coronavirus"] },
  { acronym: "CEO", expansions: ["Chief Executive Officer", "Chief Executive"] },
  { acronym: "COO", expansions: ["Chief Operating Officer"] },
  // Minutes head the last item "Any other business"; people ask for it as "AOB".
  { acronym: "AOB", expansions: ["Any Other Business"] },
];

// A word in the names of more acronyms than this ("service", "justice") names none of them.
const MOST_ACRONYMS_FOR_A_WORD = 2;

/**
 * The acronyms whose spelt-out names hold the word, singular or plural ("court" → HMCTS, HM
 * Courts and Tribunals Service): minutes that write only the acronym still speak of the thing.
 * None for a word too common in the names to point at one.
 */
export function acronymsNaming(word: string): AcronymEntry[] {
  const lower = word.toLowerCase();
  if (lower.length < 4) return [];
  const forms = new Set([lower, `${lower}s`, lower.replace(/s$/, "")]);
  const found = JUSTICE_ACRONYMS.filter((entry) =>
    entry.expansions.some((name) =>
      name
        .toLowerCase()
        .split(/[^a-z']+/)
        .some((w) => forms.has(w)),
    ),
  );
  return found.length <= MOST_ACRONYMS_FOR_A_WORD ? found : [];
}
