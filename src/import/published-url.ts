import { MeetingSource } from "../corpus/model.js";

/** The value as a published page's address, or null when it is not an absolute http(s) URL. */
export function publishedUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  const parsed = MeetingSource.safeParse({ url: value.trim() });
  return parsed.success ? parsed.data.url : null;
}
