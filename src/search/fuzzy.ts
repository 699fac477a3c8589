import { editDistance } from "../corpus/edit-distance.js";

// How many edits a word may be away from a word of the minutes: none for short words (too many
// near neighbours: "cps"/"cjs"), one for ordinary words, two for long ones.
const EDIT_DISTANCE_BY_LENGTH: Array<[minLength: number, distance: number]> = [
  [8, 2],
  [4, 1],
];

export function editDistanceFor(word: string): number {
  return EDIT_DISTANCE_BY_LENGTH.find(([minLength]) => word.length >= minLength)?.[1] ?? 0;
}

// Lunr counts edits as the shared edit distance does (a swap of neighbours is one edit).
export { editDistance };
