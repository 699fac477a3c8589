/**
 * The words that mean the same in everyday English as the minutes' word, as Porter stems, so a
 * passage holding one says the other: "was the election postponed?" is answered yes by "the
 * deferral of the mayoral election". A yes-or-no verdict affirms by these only
 * (answers/passage-verdict.ts); the rest of SYNONYMS are related words that find a passage but do
 * not say the same thing ("sign" finds "commitment", but a commitment is not a signature).
 */
export const EQUIVALENTS: Record<string, string[]> = {
  murder: ["homicid"],
  scam: ["fraud"],
  scammer: ["fraud"],
  pandem: ["covid"],
  coronaviru: ["covid"],
  cop: ["polic"],
  jail: ["prison"],
  // "A change in the law": "legislative change", "the new legislation".
  law: ["legisl"],
  // "What were London Councils worried about": "raised continued concerns", "the borough's main
  // anxiety".
  worri: ["concern", "anxieti"],
  // "was the election postponed": "the deferral of the mayoral election"; "is the system under
  // strain": "the system is stretched"; "mostly about": "predominately about".
  postpon: ["defer", "delay"],
  strain: ["stretch"],
  mostli: ["predomin", "predominantli", "mainli"],
  mainli: ["predomin", "predominantli", "mostli"],
  // The stemmer leaves an irregular past as it is: "did they bring back …": "brought back".
  bring: ["brought"],
  // "Hiring": "recruitment", "recruiting".
  hire: ["recruit"],
};

/**
 * Everyday verbs that say the minutes' own in one sense only: "were grants handed out?": "grants
 * have now been awarded"; "are boroughs paying for it?": "councils are already spending money on
 * …"; "will the CONTEST board be run separately?": "would be separate … and would be co-chaired
 * by". A yes-or-no verdict on a passage already found may take them so (answers/passage-verdict.ts);
 * the search may not: "police pay" is no police funding, "hand over the charter" no award, and a
 * passage found by them would hide that the minutes never say the word asked.
 */
export const VERB_EQUIVALENTS: Record<string, string[]> = {
  hand: ["award", "alloc", "distribut"],
  pay: ["spend", "spent", "fund"],
  paid: ["spend", "spent", "fund"],
  run: ["chair", "manag"],
};

/**
 * Everyday words for what the minutes name more formally: a question about "murders" should find
 * "homicide", "disparities" should find "disproportionality". Query side only; each synonym is a
 * weaker alternative for the word, so the word as typed still ranks first.
 */
export const SYNONYMS: Record<string, string[]> = {
  ...EQUIVALENTS,
  kill: ["homicid"],
  briberi: ["bribe", "corrupt"],
  dispar: ["disproportion"],
  racial: ["race", "disproportion"],
  racism: ["race", "disproportion"],
  teenag: ["teen", "youth"],
  kid: ["child", "young"],
  budget: ["financ", "fund"],
  fund: ["financ"],
  financ: ["fund", "budget"],
  // "Could the spend be pooled?": the minutes write "combined with the borough spend".
  pool: ["combin"],
  // "What tech did the PCP champion": the minutes write the word whole ("championing of
  // technology").
  tech: ["technolog"],
  // "PCP wins": what the minutes call its achievements.
  win: ["achiev", "success"],
  // "What did MOPAC say they'd give partners": the minutes write "would provide … the tools".
  give: ["provid", "offer"],
  // "How will MOPAC help partners": "support to partners", "the tools to assist".
  help: ["support", "assist"],
  // Related, not the same, so for finding only: "how dangerous some offenders are" finds "the
  // serious threat some offenders pose" ("risk", the minutes' commonest word, found everything);
  // "did partners sign up to deliver it?" finds "Partners committed their support".
  danger: ["threat"],
  sign: ["commit"],
};

/**
 * Everyday words for what the minutes name in several words, each found as those words in one
 * passage (query side only, a weaker alternative after the word as typed): "nightlife" is what the
 * minutes call "the night time economy" (the June 2020 DMG's "the opening up of hospitality and
 * the night time economy", the April 2022 board's "the re-opening of the night time economy").
 */
export const PHRASE_SYNONYMS: Record<string, string[]> = {
  nightlif: ["night time economy"],
};
