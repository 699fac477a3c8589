import { escapeRegExp } from "./reg-exp.js";

/**
 * "What did the Mayor raise at it?", "what has MOPAC proposed", "what did Lynne Owens say": a
 * question about what someone said or did there. The passages where the minutes make them the
 * one who said it ("the Mayor raised the issue of police corruption") answer it before passages
 * that only name them ("The Chair, Mayor Johnson welcomed the Board").
 */
const SPEAKER_ASKED =
  /^what (?:did|has|have|does|do|was|were) (?:the )?(.+?) (say|said|raise|raised|propose|proposed|suggest|suggested|ask|asked|report|reported|highlight|highlighted|mention|mentioned|present|presented|explain|explained|describe|described|recommend|recommended|want|wanted|announce|announced|flag|flagged|offer|offered|commit|committed|request|requested)\b/;

export interface SpeakerAsked {
  /** Whoever the question asks about, as typed ("mayor", "lynne owens"). */
  speaker: string;
  /** The speaker, then within four words a form of the verb. */
  pattern: RegExp;
}

export function speakerAsked(text: string): SpeakerAsked | null {
  const match = SPEAKER_ASKED.exec(text);
  const [, speaker = "", verb = ""] = match ?? [];
  if (!match || speaker.split(" ").length > 4) return null;
  // "Say" is "said" and "says"; any other verb by its stem ("raise" → "raised", "raises").
  const forms = /^sa(?:y|id)$/.test(verb)
    ? "sa(?:y|ys|id)"
    : `${verb.replace(/(?:e?d|s)$/, "").replace(/e$/, "")}\\w*`;
  const name = speaker
    .split(/\s+/)
    .map((word) => escapeRegExp(word))
    .join("\\W+");
  return {
    speaker,
    pattern: new RegExp(`\\b${name}\\b(?:\\W+[\\w'’-]+){0,4}?\\W+${forms}\\b`, "i"),
  };
}
