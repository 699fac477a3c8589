import type { ConversationMemory } from "../conversation-store.js";

/**
 * The meeting a conversation is about: the one meeting the last question named (by date, body,
 * subject or pointer) and its answer was about. A follow-up that names no meeting of its own is
 * asked there first ("who presented the paper in 2015" → "who leads on it?"), as a person in the
 * thread would mean it. Null after an answer across meetings, or a question that named none.
 */
export function meetingInFocus(memory: ConversationMemory | null): string | null {
  if (!memory?.meeting || memory.query.meetings.length === 0) return null;
  return memory.meetings.every((id) => id === memory.meeting) ? memory.meeting : null;
}
