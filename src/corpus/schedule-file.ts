/**
 * The file an admin keeps with meetings that no minutes announce yet. On its own so that loading
 * the corpus can name it without loading the YAML reader that schedule.ts needs.
 */
export const SCHEDULE_FILE = "schedule.yml";
