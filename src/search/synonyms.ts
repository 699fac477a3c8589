/**
 * Everyday words for what the minutes name more formally, as Porter stems: a question about
 * "murders" should find "homicide", "disparities" should find "disproportionality". Query side
 * only; each synonym is a weaker alternative for the word, so the word as typed still ranks first.
 */
export const SYNONYMS: Record<string, string[]> = {
  murder: ["homicid"],
  kill: ["homicid"],
  scam: ["fraud"],
  scammer: ["fraud"],
  briberi: ["bribe", "corrupt"],
  dispar: ["disproportion"],
  racial: ["race", "disproportion"],
  racism: ["race", "disproportion"],
  pandem: ["covid"],
  coronaviru: ["covid"],
  cop: ["polic"],
  teenag: ["teen", "youth"],
  kid: ["child", "young"],
  jail: ["prison"],
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
  // "A change in the law": "legislative change", "the new legislation".
  law: ["legisl"],
  // "How will MOPAC help partners": "support to partners", "the tools to assist".
  help: ["support", "assist"],
  // "What were London Councils worried about": "raised continued concerns", "the borough's main
  // anxiety".
  worri: ["concern", "anxieti"],
  // Everyday words for what the minutes say formally, from the eighth sweep and its variants:
  // "was the election postponed": "the deferral of the mayoral election"; "is the system under
  // strain": "the system is stretched"; "mostly about": "predominately about"; "how dangerous
  // some offenders are": "the serious threat some offenders pose".
  postpon: ["defer", "delay"],
  strain: ["stretch"],
  mostli: ["predomin", "predominantli", "mainli"],
  mainli: ["predomin", "predominantli", "mostli"],
  danger: ["threat", "risk"],
  // A deed asked in everyday words: "did partners sign up to deliver it?": "Partners committed
  // their support"; "what did setting up the VRU bring?": "The creation of the VRU brought about"
  // (the stemmer leaves an irregular past as it is).
  sign: ["commit"],
  bring: ["brought"],
};
