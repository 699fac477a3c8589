import * as z from "zod";
import { parseButtonValue } from "./button-value.js";

/** What a "More" button under a trimmed excerpt asks for: the passage at this file and line. */
export interface PassageRequest {
  file: string;
  line: number;
}

// Short keys: the value travels in every message that has a trimmed excerpt.
const PassageButtonValue = z.object({
  f: z.string().min(1).max(500),
  l: z.number().int().positive(),
});

/** The passage a citation points at, as a button value: any replica can answer the click. */
export function encodePassageRequest(request: PassageRequest): string {
  return JSON.stringify({ f: request.file, l: request.line });
}

/** Reads a button value back; null when it is not one of ours or was tampered with. */
export function decodePassageRequest(value: string | undefined): PassageRequest | null {
  const parsed = PassageButtonValue.safeParse(parseButtonValue(value));
  return parsed.success ? { file: parsed.data.f, line: parsed.data.l } : null;
}
