import { escapeRegExp } from "./reg-exp.js";

/**
 * "What did the Mayor raise at it?", "what has MOPAC proposed", "what did Lynne Owens say", "what
 * did London Councils push back on", "what did the VRU walk the board through": a question about
 * what someone said or did there. The passages where the minutes make them the one who said it
 * ("the Mayor raised the issue of police corruption") answer it before passages that only name
 * them ("The Chair, Mayor Johnson welcomed the Board").
 */
const SPEAKER_ASKED =
  /^what (?:did|has|have|does|do|was|were) (?:the )?(.+?) (say|said|raise|raised|propose|proposed|suggest|suggested|ask|asked|report|reported|highlight|highlighted|mention|mentioned|present|presented|explain|explained|describe|described|recommend|recommended|want|wanted|announce|announced|flag|flagged|offer|offered|commit|committed|request|requested|push(?:ed)? back|bring up|brought up|bring|brought|go over|went over|go through|went through|walk|walked|talk|talked|take|took|run|ran|brief|briefed|update|updated|tell|told|talk about|talked about|discuss|discussed|cover|covered|table|tabled|put forward|set out)\b/;

// How the minutes write that someone spoke, whichever everyday verb the question used ("what did
// the CPS report": "The CPS provided an update"; "what did London Councils push back on":
// "London Councils raised continued concerns").
const SPOKE =
  "sa(?:y|ys|id)|rais\\w*|report\\w*|provid\\w*|present\\w*|set out|highlight\\w*|reflect\\w*|discuss\\w*|explain\\w*|spoke|stat(?:ed|es)|advis\\w*|gave|outlin\\w*|updat\\w*|brief\\w*|summari[sz]\\w*|express\\w*|recommend\\w*|offer\\w*|propos\\w*|describ\\w*|push\\w*|flag\\w*|mention\\w*|suggest\\w*|announc\\w*|request\\w*|went through|respond\\w*|repl\\w*|acknowledg\\w*";

export interface SpeakerAsked {
  /** Whoever the question asks about, as typed ("mayor", "lynne owens"). */
  speaker: string;
  /** The verb asked ("raise", "push back"): how the question asks, never its subject. */
  verb: string;
  /** The speaker, then within four words a form of the verb or a word for speaking. */
  pattern: RegExp;
}

// "What did the board hear from the CPS in 2022": the speaker is the one heard from.
const HEARD_FROM =
  /^what (?:did|has|have) (?:the )?(?:board|group|members|partners|we|they|lcrb|dmg) (hear|heard|learn|learnt|learned) from (?:the )?(.+?)(?= (?:in|at|about|on|during|regarding)\b|\W*$)/;

// "How did Lynne Owens respond?": what someone said back.
const REPLIED = /^how did (?:the )?(.+?) (respond|react|reply|answer)\b/;

/** Whether the question asks how someone replied, to what was said before it. */
export function asksReply(text: string): boolean {
  return REPLIED.test(text);
}

export function speakerAsked(text: string): SpeakerAsked | null {
  const heard = HEARD_FROM.exec(text);
  if (heard) return speakerPattern(heard[2] ?? "", heard[1] ?? "");
  const replied = REPLIED.exec(text);
  if (replied) return speakerPattern(replied[1] ?? "", replied[2] ?? "");
  const match = SPEAKER_ASKED.exec(text);
  return match ? speakerPattern(match[1] ?? "", match[2] ?? "") : null;
}

function speakerPattern(speaker: string, verb: string): SpeakerAsked | null {
  if (speaker.length === 0 || speaker.split(" ").length > 4) return null;
  // "Say" is "said" and "says"; any other verb by its stem ("raise" → "raised", "raises").
  const forms = /^sa(?:y|id)$/.test(verb)
    ? "sa(?:y|ys|id)"
    : `${escapeRegExp(verb.split(" ")[0] ?? verb)
        .replace(/(?:e?d|s)$/, "")
        .replace(/e$/, "")}\\w*`;
  const name = speaker
    .split(/\s+/)
    .map((word) => escapeRegExp(word))
    .join("\\W+");
  return {
    speaker,
    verb,
    pattern: new RegExp(`\\b${name}\\b(?:\\W+[\\w'’-]+){0,4}?\\W+(?:${forms}|${SPOKE})\\b`, "i"),
  };
}
