import { withinOneEdit } from "../edit-distance.js";
import { GROUP_OF_PEOPLE_WORDS } from "../lexicon.js";
import { allMatches } from "../matches.js";
import { readsAsDescription } from "./description.js";
import { readPerson } from "./people.js";
/** An action as written, before it is tied to an item. */
export interface ActionText {
  id: string | null;
  text: string;
  owner: string | null;
}

// "Action 1: Partners from MOPAC … will meet …" (corpus/004), "ACTION: MOPAC to …", "Action point 3 - …".
// "Action 1 (Owner: MOPAC): publish …" carries its owner in brackets before the colon.
// "- [ ] **Action:** …" is a markdown task-list entry; "3.3 Action: …" a numbered paragraph;
// "Action 24/03: …" is numbered by the year and its place in the year's log, "Action 2024/03: …"
// by the year written in full; "Agreed action: …" says how it came about.
// "→ Action: …", "-> Action: …": an arrow before the label points at it as a bullet does.
// "Action 2.1 - MPS - share …" is numbered by its item and its place under it.
const ACTION_LINE =
  /^(?:\d{1,2}(?:\.\d{1,2})+\.?\s+)?(?:(?:[-•*→⟶⟹➔➙➛➜➝➞⇒⇨➤▶►]|->|=>)\s*)?(?:(?:\[[ xX]?\]|[☐☑☒])\s*)?(?:agreed\s+)?actions?(?:\s+points?)?\s*(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,2})?[a-z]?(?:\/\d{1,3})?|\d{4}\/\d{1,3})?\s*(\([^)]*\))?\s*[:.\-–—)]\s*(\S.*)$/iu;

// "AP1 - mps to send list of town centres …": an action point named by its code, "AP" and its
// number, in notes typed in haste. Only in capitals and straight before the number ("APCC" is no
// action point).
const ACTION_POINT_CODE = /^AP ?(\d{1,3})\s*[:\-–—)]\s*(\S.*)$/;

function readActionPointCode(text: string): ActionText | null {
  // Most paragraphs do not open with "AP": they are turned away before the pattern is tried.
  if (text.charCodeAt(0) !== 65 || text.charCodeAt(1) !== 80) return null;
  const m = ACTION_POINT_CODE.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const body = m[2].trim();
  return { id: `AP${m[1]}`, text: body, owner: readOwner(body) };
}

// "Reference 14/2025/P – City of London Police to report …": the City of London Corporation's
// committees record what they ask for as outstanding references, numbered by their place in the
// year, the year and the committee's letter. An action only when the words after the separator
// open with an owner and what they are to do: "Reference 9/2025/P (retail crime …) was closed." is
// a sentence about one.
const REFERENCE_ACTION = /^Reference\s+(\d{1,3}\/\d{4}(?:\/\p{Lu}{1,3})?)\s*[:\-–—]\s*(\S.*)$/u;

function readReferenceAction(text: string): ActionText | null {
  // Most paragraphs do not open with "Reference": they are turned away before the pattern is tried.
  if (!text.startsWith("Reference ")) return null;
  const m = REFERENCE_ACTION.exec(text);
  const body = m?.[2]?.trim();
  const owner = body ? readOwner(body) : null;
  return m?.[1] && body && owner ? { id: m[1], text: body, owner } : null;
}

// "*ACTION* MPS to send the fireworks incident figures …" (a chat's message, the label in bold
// and no colon after it): "ACTION" in capitals, then an owner and what they are to do.
const BARE_ACTION = /^ACTION\s+(\p{Lu}.*)$/u;

function readBareAction(text: string): ActionText | null {
  // Most paragraphs do not open with "ACTION ": they are turned away before the pattern is tried.
  if (!text.startsWith("ACTION ")) return null;
  const body = BARE_ACTION.exec(text)?.[1]?.trim();
  const owner = body ? readOwner(body) : null;
  return body && owner ? { id: null, text: body, owner } : null;
}

// "To Do: London Councils - survey boroughs on remand foster placements …": a OneNote page's To Do
// tag before a task, its owner before a spaced dash ("Probation - share …") or opening it ("MPS to
// …").
const TO_DO = /^to[ -]?do\s*:\s*(\S.*)$/i;
const ONE_WORD_OWNER = /^(\p{Lu}[\p{L}'’-]+)\s+[-–—]\s+(\p{Ll}.*)$/u;

function readToDo(text: string): ActionText | null {
  // Most paragraphs do not open with "t" or "T": they are turned away before the pattern is tried.
  if ((text.charCodeAt(0) | 32) !== 116) return null;
  const task = TO_DO.exec(text)?.[1]?.trim();
  if (!task) return null;
  const owned = ownerBefore("dash", task) ?? oneWordOwner(task);
  return owned ?? { id: null, text: task, owner: readOwner(task) };
}

// "Probation - share programme waiting list figures by borough": one word that reads as a body.
function oneWordOwner(task: string): ActionText | null {
  const m = ONE_WORD_OWNER.exec(task);
  return m?.[1] && m[2] && readsAsOwner(m[1]) ? { id: null, text: m[2].trim(), owner: m[1] } : null;
}

/** True when the text opens an action ("Action 2:", "ACTION:"): it starts a paragraph of its own. */
export function startsAction(text: string): boolean {
  return (
    ACTION_LINE.test(text) ||
    readActionPointCode(text) !== null ||
    readReferenceAction(text) !== null ||
    readBareAction(text) !== null ||
    readToDo(text) !== null ||
    misspeltLabelAction(text) !== null ||
    (OWNER_FIELD_FIRST.test(text) && readActionFields(text) !== null)
  );
}

// "Owner: MOPAC | Action: write to the chairs … | By: 30 November 2024": an action written as
// labelled fields parted by bars, in any order; with no bars (tabs or gaps read as a space), the
// labels themselves part the fields, only when an owner's label, or the action's number, opens the
// line: a form's row, "No.: 1   Item: 2   Owner: MPS   Action: Share …   By: 16/12/2026"
// (layout-variants-10b/114), numbers the action and names its item.
const OWNER_FIELD_FIRST = /^(?:owner|lead|responsible|no\.?|ref)\s*[:\-–—]/i;
const FIELD_LABELS = "no|ref|item|owner|lead|responsible|action|task|by|due|deadline|status|rag";
// Between bars a dash may stand for the colon: "Owner – MPS | Action – circulate …".
const ACTION_FIELD = new RegExp(`^(${FIELD_LABELS})\\.?\\s*[:\\-–—]\\s*(\\S.*)$`, "i");
const FIELD_START = new RegExp(`\\s(?=(?:${FIELD_LABELS})\\.?\\s*:)`, "gi");

function readActionFields(text: string): ActionText | null {
  const parts = text.includes("|") ? text.split("|") : text.split(FIELD_START);
  if (parts.length < 2) return null;
  let body: string | null = null;
  let owner: string | null = null;
  let id: string | null = null;
  for (const part of parts) {
    const m = ACTION_FIELD.exec(part.trim());
    if (!m?.[1] || !m[2]) return null;
    const label = m[1].toLowerCase();
    // "Task:" is the action's field in some logs.
    if (label === "action" || label === "task") body = m[2].trim();
    else if (label === "owner" || label === "lead" || label === "responsible") owner = m[2].trim();
    else if (label === "no" || label === "ref") id = m[2].trim();
  }
  return body ? { id, text: body, owner: owner ?? readOwner(body) } : null;
}

// "Acton: MPS to agree a same-day notification protocol …": the label misspelt by one letter. A
// word so near "action" may be another word ("Acton" is a part of London), so the text after the
// colon must read as an action does, an owner and "to" and a verb ("MPS to agree").
const LABEL_COLON = /^(\p{L}{5,7})\s*:\s*(\S.*)$/u;
const OWNER_TO_VERB = /^(.{2,80}?)\s+to\s+\p{Ll}/u;

function misspeltLabelAction(text: string): ActionText | null {
  // Most lines start with no word of five to seven letters and a colon: they are turned away cheaply.
  const colon = text.indexOf(":");
  if (colon < 5 || colon > 8) return null;
  const m = LABEL_COLON.exec(text);
  const word = m?.[1]?.toLowerCase();
  const body = m?.[2];
  if (!word || !body || word === "action" || !withinOneEdit(word, "action")) return null;
  const owner = OWNER_TO_VERB.exec(body)?.[1];
  return owner && looksLikeOwner(owner) ? { id: null, text: body.trim(), owner } : null;
}

function misspeltInPlace(text: string, before?: string, after?: string): ActionText | null {
  const action = misspeltLabelAction(text);
  if (!action) return null;
  const inRoundUp = isPlaceLine(before) || isPlaceLine(after) || PLACE_LABEL_AFTER.test(text);
  return inRoundUp ? null : action;
}

// "3.2   KBH to circulate the borough breakdown … before the October Board.      ACTION: KBH": the
// owner written in the right margin (an Action column) beside the paragraph that records it, run
// on at its end once the paragraph is joined. Only a short owner with no sentence of its own.
const CLOSING_ACTION = /[.!?]["”’)]?\s+(?:ACTION|Action)\s*:\s*([^.!?:;,]{1,60})$/u;
// "… at the February meeting. (Action: MPS)", "… on bail. [Action: London Councils]", "… before
// Christmas (Action: MOPAC).": the owner in a bracket closing the paragraph, after its full stop or
// before it.
const BRACKETED_ACTION =
  /(?:([.!?])["”’]?\s*|\s+)[([](?:ACTION|Action)\s*[:\-–—]\s*([^.!?:;,()[\]]{1,60})[)\]](\.?)$/u;
const PARAGRAPH_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})+[.)]?|\d{1,2}[.)])\s+/;

// "Ealing: …" | "Acton: MPS to increase patrols …" | "Southall: no change.": in a round-up of
// places, each line labelled with a place, "Acton" is the place. A paragraph beside the misspelt
// label, or a line run on after it, that opens with a label of capitalised words is such a line.
const CAPITALISED_LABEL = String.raw`\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){0,2}\s*:\s`;
const PLACE_LABEL = new RegExp(`^${CAPITALISED_LABEL}`, "u");
const PLACE_LABEL_AFTER = new RegExp(String.raw`[.!?]\s+${CAPITALISED_LABEL}`, "u");

function isPlaceLine(text: string | undefined): boolean {
  return text !== undefined && PLACE_LABEL.test(text) && !startsAction(text);
}

/**
 * Reads a paragraph that records an action, or null. `before` and `after` are the paragraphs either
 * side of it in the same item: they tell a round-up of places.
 */
export function readActionParagraph(
  text: string,
  before?: string,
  after?: string,
): ActionText | null {
  if (text.includes("|") || OWNER_FIELD_FIRST.test(text)) {
    const fields = readActionFields(text);
    if (fields) return fields;
  }
  const m = text.match(ACTION_LINE);
  if (!m?.[3])
    return (
      readActionPointCode(text) ??
      readReferenceAction(text) ??
      readBareAction(text) ??
      readToDo(text) ??
      misspeltInPlace(text, before, after) ??
      readClosingAction(text)
    );
  // "ACTION 12 – Owner: London Councils – support …": the owner stated first, then the action.
  const ownerFirst = m[3].match(OWNER_FIRST);
  // "Action 2.1 - MPS - share the July and August knife crime figures …" (unseen-minutes-9/74): the
  // owner, a spaced dash and the task, as in a list of actions.
  const dashed = ownerFirst ? null : ownerBefore("dash", m[3]);
  if (dashed) return { id: m[1] ?? null, text: dashed.text, owner: dashed.owner };
  const body = (ownerFirst?.[2] ?? m[3]).trim();
  // "Action (MOPAC): map …" names the owner in the bracket itself.
  const bracket = m[2]?.slice(1, -1).trim() ?? "";
  const owner =
    ownerFirst?.[1]?.trim() ||
    (bracket && (readOwner(`(${bracket})`) ?? (looksLikeOwner(bracket) ? bracket : null))) ||
    readOwner(body);
  return { id: m[1] ?? null, text: body, owner };
}

/** A paragraph whose owner stands after it ("… Board. ACTION: KBH"): the paragraph is the action. */
function readClosingAction(text: string): ActionText | null {
  // Most paragraphs have no marker at all: one cheap test turns them away.
  // indexOf, not lastIndexOf: the same answer, and lastIndexOf of a word is a slow backward scan.
  if (!text.includes("ACTION") && !text.includes("Action")) return null;
  const last = text.charCodeAt(text.length - 1);
  // A bracket closes the paragraph, or a full stop straight after one.
  if (last === 0x29 || last === 0x5d || (last === 0x2e && /[)\]]\.$/.test(text))) {
    const bracketed = readBracketedAction(text);
    if (bracketed) return bracketed;
  }
  const m = CLOSING_ACTION.exec(text);
  const owner = m?.[1]?.trim();
  if (!m || !owner || !looksLikeOwner(owner)) return null;
  const body = text
    .slice(0, m.index + 1)
    .replace(PARAGRAPH_NUMBER, "")
    .trim();
  return body ? { id: null, text: body, owner } : null;
}

function readBracketedAction(text: string): ActionText | null {
  const m = BRACKETED_ACTION.exec(text);
  const owner = m?.[2]?.trim();
  if (!m || !owner || !looksLikeOwner(owner)) return null;
  // The sentence keeps its own full stop, or takes the one written after the bracket.
  const stop = m[1] ?? m[3] ?? "";
  const body = `${text.slice(0, m.index).replace(PARAGRAPH_NUMBER, "").trim()}${stop}`;
  if (body.length <= stop.length) return null;
  // "Members discussed the bail figures. [Action: Noted]", "(Action: Deadline March)": an action
  // log's status or date, not an owner. The paragraph is an action only when it names its own
  // owner ("MOPAC to circulate … (Action: Ongoing)").
  if (STATUS_OR_DATE.test(owner)) {
    const own = readOwner(body);
    return own ? { id: null, text: body, owner: own } : null;
  }
  return { id: null, text: body, owner };
}

const STATUS_OR_DATE =
  /^(?:noted|none|nil|n\/?a|tbc|tba|closed|complete|completed|done|ongoing|open|in progress|agreed|deadline\b.*|due\b.*|by\b.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{2,4})?)$/i;

// "… were often unaware of evacuation plans. ACTION: London Councils to raise the findings with
// borough housing directors. Members agreed …": an action marker opening a sentence inside a
// paragraph records that sentence as an action. Only after a full stop, with its colon: "action"
// in running prose ("action on disproportionality") is no marker.
const ACTION_IN_PROSE =
  /[.!?]\s+(?:ACTION|Action)\s*(\d{1,3}[a-z]?)?\s*:\s*(\S.*?[.!?])(?=\s+\p{Lu}|$)/gu;

/** The actions whose sentences stand inside a paragraph of prose (not at its start). */
export function readActionsInProse(text: string): ActionText[] {
  // Most paragraphs have no marker at all: one cheap test turns them away.
  if (text.indexOf("Action", 1) < 0 && text.indexOf("ACTION", 1) < 0) return [];
  const found: ActionText[] = [];
  for (const m of allMatches(ACTION_IN_PROSE, text)) {
    const body = m[2] ?? "";
    found.push({ id: m[1] ?? null, text: body, owner: readOwner(body) });
  }
  return found;
}

// "Actions: (a) London Councils to list the boroughs …; (b) MPS to name an analyst contact …":
// actions lettered in one paragraph, each after a semicolon. The letters restart under each item, so
// they are no ids.
const FIRST_LETTER = /^\(?a\)\s+/;
const NEXT_LETTER = /;\s*(?:and\s+)?\(?([b-z])\)\s+/g;

/**
 * The actions a paragraph letters "(a) …; (b) …", each its own with the owner it names; the
 * action as read when it opens with no "(a)". Only the letters in sequence part it.
 */
export function splitLettered(action: ActionText): ActionText[] {
  const text = action.text;
  // Most actions open with neither "(" nor "a)": they are turned away before a pattern is tried.
  if (text.charCodeAt(0) !== 0x28 && text.charCodeAt(1) !== 0x29) return [action];
  const first = FIRST_LETTER.exec(text);
  if (!first) return [action];
  const parts: ActionText[] = [];
  let start = first[0].length;
  let expected = 98; // "b"
  for (const m of allMatches(NEXT_LETTER, text)) {
    if (m.index < start || m[1]?.charCodeAt(0) !== expected) continue;
    parts.push(letteredPart(text.slice(start, m.index), action));
    start = m.index + m[0].length;
    expected++;
  }
  parts.push(letteredPart(text.slice(start), action));
  return parts;
}

function letteredPart(text: string, whole: ActionText): ActionText {
  const body = text.trim();
  return { id: whole.id, text: body, owner: readOwner(body) ?? whole.owner };
}

const OWNER_FIRST = /^(?:owner|lead|responsible)\s*[:\-–]\s*(.+?)\s+[-–—]\s+(\S.*)$/iu;

// Headings of a list of actions gathered at the end of the minutes.
// "Related items: DMG Actions (3)": a SharePoint list item's related list, named by the body and
// counted (unseen-minutes-9/76).
const ACTIONS_HEADING =
  /^(?:(?:related|linked)\s+(?:items|lists?)\s*:\s*(?:(?:LCRB|DMG)\s+)?(?=actions\s*\(\d+\)$))?(?:summary\s+of\s+|schedule\s+of\s+|list\s+of\s+|new\s+|agreed\s+)?(?:actions?(?:\s+(?:arising|agreed|points|log|list|summary|tracker|items))?|action\s+points|next\s+steps|follow[-\s]?ups?(?:\s+(?:tasks|actions))?)(?:\s+(?:from|of)\s+(?:the|this)\s+meeting)?(?:\s*\(\d+\))?:?$/i;

/**
 * "Actions arising", "Summary of actions", "Agreed actions", "Action points", "Next steps" (a slide's
 * title), a meeting recap's "Follow-up tasks": the
 * list that follows holds actions.
 */
export function isActionsHeading(text: string): boolean {
  return ACTIONS_HEADING.test(text.trim());
}

// "- [ ] MPS to share …", "☐ MPS to …": a task list's checkbox, ticked or not, is no part of the
// action.
const CHECKBOX = /^(?:\[[ xX]?\]|[☐☑☒])\s*/u;
// "1. [Item 3] MPS to share …", "2. (Item 4) …", "4. Item 2 – MPS to …": an action log names the
// item an action came from before the action; the item is read from it and the words start after.
const ITEM_FIRST =
  /^(?:[[(](?:agenda\s+)?item\s+(\d{1,2}[a-z]?)[\])]|(?:agenda\s+)?item\s+(\d{1,2}[a-z]?)\s*[:\-–—])\s*/i;
// An action's reference, letters and the year's figures before a slash and its number: "A27/01".
const REF_FIRST = /^(\p{Lu}{1,3}\d{2}\/\d{1,3})\s+(?=[[(]?(?:agenda\s+)?item\b)/iu;
const LIST_ENTRY = /^(?:(\d{1,3})[.)]|[•·●▪◦‣∙○■□►➢*+]|[-–—](?=\s))\s*/u;

/**
 * One entry of an "Actions arising" list: "1. MOPAC to circulate the paper (Owner: MOPAC)",
 * "• Action 3: …", or a table row "2\tMOPAC to …\tMOPAC". The item it belongs to is read from an
 * "Item N" mention, when there is one.
 */
export function readActionEntry(text: string): (ActionText & { item: string | null }) | null {
  const cells = text.split(/\t+|\s*\|\s*/).filter((c) => c.trim() !== "");
  const firstCell = cells[0]?.trim() ?? "";
  const tableId = cells.length > 1 && /^\d{1,3}[.)]?$/.test(firstCell) ? firstCell : null;
  const working = tableId ? cells.slice(1) : cells;
  const main = working.reduce((a, b) => (b.length > a.length ? b : a), "").trim();
  // Deadlines ("June 2023") are capitalised too; an owner has no figures in it.
  const ownerCell = working.find(
    (c) => c.trim() !== main && !/\d/.test(c) && looksLikeOwner(c.trim()),
  );
  const listed = main.match(LIST_ENTRY);
  const checked = main.slice(listed?.[0].length ?? 0).replace(CHECKBOX, "");
  // "A27/01 (item 2) – London Councils – list the …" (a decisions log's, layout-variants-10b/115):
  // the action's reference opens the entry, before the item it came from.
  const ref = REF_FIRST.exec(checked);
  const unlisted = ref ? checked.slice(ref[0].length) : checked;
  const itemFirst = ITEM_FIRST.exec(unlisted);
  // "(item 2) – London Councils – …": a dash after the item's bracket leads to the action.
  const stripped = itemFirst
    ? unlisted.slice(itemFirst[0].length).replace(/^[–—-]\s+/, "")
    : unlisted;
  const labelled = readActionParagraph(stripped);
  const grouped = labelled
    ? null
    : (ownerBefore("colon", stripped) ?? ownerBefore("dash", stripped));
  const action = labelled ?? grouped;
  const body = action?.text ?? stripped.trim();
  // A word alone, "NOTED" (the heading after the list), is no task.
  if (!body?.includes(" ") || /^(?:action|owner|deadline|due|status)s?$/i.test(body)) return null;
  const item =
    itemFirst?.[1] ??
    itemFirst?.[2] ??
    text.match(/\bitem(?:\s*:)?\s+(\d{1,2}[a-z]?)\b/i)?.[1] ??
    null;
  return {
    id: action?.id ?? ref?.[1] ?? tableId?.replace(/[.)]$/, "") ?? listed?.[1] ?? null,
    text: body,
    owner: ownerCell?.trim() ?? action?.owner ?? readOwner(body),
    item,
  };
}

// The words that join the names of several owners, or a body's name ("London Councils and MOPAC",
// "Department for Education"): lower case inside an owner written in capitals.
const OWNER_WORDS: ReadonlySet<string> = new Set(["and", "&", "of", "the", "for", "with", "/"]);

function joiningWords(): string {
  return [...OWNER_WORDS].join("|");
}

// "☐ Caspar Nyquist-Ellery: Share ward-level abstraction figures …", "- MOPAC: circulate …",
// "MOPAC – circulate the revised community reassurance plan to DMG members", "CPS London – share
// …": in a list of actions, tasks grouped by the person or body who owns them, before a colon or a
// spaced dash. One grammar for both: two capitalised words or more joined as owners are
// (`OWNER_WORDS`), or an acronym; one word before a colon ("Update:", "Note:") is a label. After a
// dash the task opens in lower case with what is to be done: "Knife Crime – MPS to share …" is a
// topic over an action that names its own owner.
const OWNER_NAME = `(?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+(?:${joiningWords()}|\\p{Lu}[\\p{L}'’-]*)){1,5}|\\p{Lu}{2,8}`;
const OWNER_BEFORE = {
  colon: new RegExp(`^(${OWNER_NAME})\\s*:\\s+(\\S.*)$`, "u"),
  dash: new RegExp(`^(${OWNER_NAME})\\s+[-–—]\\s+(\\p{Ll}.*)$`, "u"),
} as const;

/**
 * "MPS – report hate crime charge rates …" under "MOPAC – circulate …": in a list of actions, a line
 * that opens with its owner and a task is an entry of its own, though the line above ends bare.
 */
export function opensOwnedTask(text: string): boolean {
  // "A27/01 (item 2) – London Councils – …": a reference before the item opens one too.
  return text.indexOf(" ") > 0 && (ownerBefore("dash", text) !== null || REF_FIRST.test(text));
}

function ownerBefore(separator: keyof typeof OWNER_BEFORE, text: string): ActionText | null {
  const m = OWNER_BEFORE[separator].exec(text);
  const owner = m?.[1];
  const task = m?.[2];
  // "- Due Date: end of January …", "- Next Steps: …": a field's label owns nothing.
  if (!owner || !task || FIELD_LABEL_WORD.test(owner)) return null;
  // "- Knife Crime: MPS to share hotspot data …": the words after the separator open with their
  // own owner, so those before it are the topic, kept with the action.
  const ownOwner = readOwner(task);
  if (ownOwner) return { id: null, text: text.trim(), owner: ownOwner };
  // "- Knife Crime – update from the VRU …", "- Youth Violence: paper to come …": capitalised
  // words that name no one, no body and no post are the action's topic, not who owes it.
  if (!readsAsOwner(owner)) return null;
  return { id: null, text: task.trim(), owner };
}

// "Sophie Linden and Lib Peck", "Jane Smith & Tom Jones", "MPS / The Chair": the words that join
// several owners, each of whom reads as an owner of its own.
const OWNERS_JOINED = /\s+(?:and|&|\/|with)\s+/;

// A person ("Sophie Linden"), a body or a post ("CPS London", "The Chair", "Board Secretary"), the
// people of a body ("DMG Members"), or several of these joined: a body's name may hold "and"
// ("London Councils and MOPAC") so the whole is asked first, then each joined part, since a person
// is read one at a time.
function readsAsOwner(words: string): boolean {
  if (readsAsOneOwner(words)) return true;
  const parts = words.split(OWNERS_JOINED);
  return parts.length > 1 && parts.every(readsAsOneOwner);
}

function readsAsOneOwner(words: string): boolean {
  const unarticled = words.startsWith("The ") ? words.slice(4) : words;
  return (
    readsAsDescription(unarticled) ||
    readPerson(words, "") !== null ||
    GROUP_OF_PEOPLE_WORDS.has(words.slice(words.lastIndexOf(" ") + 1).toLowerCase())
  );
}

const FIELD_LABEL_WORD =
  /\b(?:due|dates?|deadlines?|status|updates?|notes?|next|steps?|targets?|progress|outcomes?|comments?|timescales?|rag)\b/i;

const OWNER_LABEL = /\(\s*(?:owner|lead|responsible|action(?:ed)? by)\s*[:\-–]?\s*([^)]+)\)/i;
const OWNER_FIELD = /(?:^|[.;]\s+|\s[-–—]\s+)(?:owner|lead|responsible)\s*[:\-–]\s*([^.;()]+)/i;
const DEADLINE_AFTER = /\s*(?:[,;]|\s[-–—])\s*(?:due|by|deadline|target|date|when)\b.*$/i;

/**
 * The owner when the minutes state one: "(Owner: MOPAC)", "… Lead: London Councils", or an
 * action phrased "MOPAC to circulate …" / "London Councils and MOPAC to continue …". A subject
 * that is a description rather than a named body ("Partners from MOPAC, …") is not an owner.
 */
export function readOwner(text: string): string | null {
  const labelled = text.match(OWNER_LABEL) ?? text.match(OWNER_FIELD);
  // "(Owner: MOPAC, due 1 October)": the deadline after the owner is not part of it.
  if (labelled?.[1]) return labelled[1].replace(DEADLINE_AFTER, "").trim();
  const subject = text.match(/^(.{2,80}?)\s+(?:to|will|should|must)\s+\p{Ll}/u)?.[1];
  return subject && looksLikeOwner(subject) ? subject : null;
}

// A body's name may say where it works, after "in" or in brackets: "HMPPS in Wales", "NHS
// England (London)", "Probation Service (Wales)" (unseen-minutes-10/79, layout-variants-10a/102).
const PLACE_WORD = /^(?:in|\([\p{Lu}\d].*\))$/u;

function looksLikeOwner(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  return words.every(
    (w, i) =>
      OWNER_WORDS.has(w.toLowerCase()) ||
      /^[\p{Lu}\d]/u.test(w) ||
      (i > 0 && i < words.length - (w === "in" ? 1 : 0) && PLACE_WORD.test(w)),
  );
}
