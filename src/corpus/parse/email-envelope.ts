import type { TextLine } from "./lines.js";

// "From: …" | "Sent: …" | "To: …" | "Cc: …" | "Subject: …": minutes circulated by e-mail and
// pasted or forwarded with the message's envelope above them. Its "Sent:" (or web mail's "Date:")
// is when the message went, often days after the meeting; its "To:" line is no place.
const ENVELOPE_FIELD = /^(from|sent|date|to|cc|bcc|subject|importance|attachments|reply-to):\s*\S/i;

/**
 * The line numbers of the fields of an e-mail's envelope: a run of lines with no gap, each an
 * envelope field, that holds a "From:", a "Sent:" or "Date:" and a "To:" or "Subject:". Its
 * "Subject:" is left out: a subject names the minutes ("Note of DMG meeting - 4 July 2024").
 */
export function envelopeLines(lines: readonly TextLine[]): Set<number> {
  const found = new Set<number>();
  let run: { line: number; field: string }[] = [];
  const close = () => {
    const fields = new Set(run.map((r) => r.field));
    if (
      fields.has("from") &&
      (fields.has("sent") || fields.has("date")) &&
      (fields.has("to") || fields.has("subject"))
    )
      for (const r of run) if (r.field !== "subject") found.add(r.line);
    run = [];
  };
  for (const l of lines) {
    const field = l.text.length > 3 ? ENVELOPE_FIELD.exec(l.text)?.[1] : undefined;
    if (!field) {
      if (run.length > 0) close();
      continue;
    }
    if (run.length > 0 && run[run.length - 1]?.line !== l.line - 1) close();
    run.push({ line: l.line, field: field.toLowerCase() });
  }
  if (run.length > 0) close();
  return found;
}
