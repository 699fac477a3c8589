// Attendance pasted from a meeting invitation's address lines (unseen round 10 file 81): each
// person as the mail program shows them, '"Kaszuba, Dorota (MOPAC)" <Dorota.Kaszuba@mopac…>
// (Chair); "Ferreira-Hollis, Jonah (MPS)" <…>; Cllr Adeyinka Rowntree <…>', wrapped wherever the
// line ran out. The address is how the message reached them, no part of who they are, and the
// quotes only hold a display name together: a reader sees "Kaszuba, Dorota (MOPAC) (Chair);
// Ferreira-Hollis, Jonah (MPS); Cllr Adeyinka Rowntree". Read before the text is cut into lines
// (lines.ts `toTextLines`); a line keeps its place.

// An address in angle brackets, "<Dorota.Kaszuba@mopac.london.gov.uk>".
const ADDRESS_AT = /<[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+>/;
// An address with the white space before it and the entries' semicolon after it.
const ADDRESS = new RegExp(`[ \\t]*${ADDRESS_AT.source}(?:[ \\t]*(;))?`, "g");
// A display name quoted before its address, '"Surname, Given (Body)" <' or "'Surname, Given' <".
// A name may hold an apostrophe ('"O'Riordan, Siobhan (MOPAC)" <', "'O'Brien, Sean' <"): only the
// quote that opened it closes it, and a single-quoted one closes at its last quote before the
// address (a name with its quotes left on is no name, and the whole line's attendance was lost).
const QUOTED_NAME = /"([^"\n<>]+)"(?=[ \t]*<[^<>\s@]+@)|'([^\n<>]+?)'(?=[ \t]*<[^<>\s@]+@)/g;

/**
 * The text with the addresses of address lines, the quotes around their names and the semicolon
 * ending such a line left out.
 */
export function withoutAddresses(text: string): string {
  if (text.indexOf("@") < 0 || !ADDRESS_AT.test(text)) return text;
  return entriesWhole(text.split("\n"))
    .map((line) =>
      ADDRESS_AT.test(line)
        ? line
            .replace(
              QUOTED_NAME,
              (_, doubled: string | undefined, single: string) => doubled ?? single,
            )
            .replace(ADDRESS, (_, semicolon) => semicolon ?? "")
            .replace(/;\s*$/, "")
        : line,
    )
    .join("\n");
}

/**
 * "… (Chair); Marangoni, DCI" | "Piers (MPS) <Piers.Marangoni@…>; …": every entry of an address
 * line carries its address, so words after a line's last semicolon with none are the start of the
 * entry whose address opens the next line. They are moved there, each entry then on one line.
 */
function entriesWhole(lines: string[]): string[] {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1] as string;
    if (!ADDRESS_AT.test(next)) continue;
    const cut = line.lastIndexOf(";") + 1;
    const tail = line.slice(cut);
    if (tail.trim() === "" || ADDRESS_AT.test(tail)) continue;
    if (!ADDRESS_AT.test(line)) continue;
    const firstEntry = next.slice(0, next.indexOf(";") + 1 || next.length);
    if (!ADDRESS_AT.test(firstEntry)) continue;
    lines[i] = line.slice(0, cut).trimEnd();
    lines[i + 1] = `${tail.trim()} ${next.trimStart()}`;
  }
  return lines;
}
