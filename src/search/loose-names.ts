/**
 * How many of the words `typed` (content stems, from the first) name `name` (an acronym's
 * expansion, its content stems) loosely, as people say a long name short: in the name's order
 * with words of it left out ("black asian" of Black, Asian and Minority Ethnic; "black minority
 * ethnic"), or two of its words side by side turned round ("ethnic minority"). At least two words
 * and half the name's, with its first or last word ("crime reduction" is no name for the London
 * Crime Reduction Board) and, when words are left out, one of its inner words. 0 when they do not.
 */
export function looseNameLength(typed: readonly string[], name: readonly string[]): number {
  if (name.length < 2 || typed.length < 2) return 0;
  let length = 0;
  let from = 0;
  for (const word of typed) {
    const at = name.indexOf(word, from);
    if (at < 0) break;
    from = at + 1;
    length++;
  }
  const [first = "", second = ""] = typed;
  const turned = name.indexOf(second);
  if (length < 2 && turned >= 0 && name[turned + 1] === first) length = 2;
  if (length < 2 || 2 * length < name.length) return 0;
  const said = typed.slice(0, length);
  if (!said.includes(name[0] ?? "") && !said.includes(name.at(-1) ?? "")) return 0;
  // With words left out, one of its inner words too: the first and last are often the generic
  // ones ("National … Service", "London … Board"), and "national service" is no name for the
  // National Probation Service.
  const inner = name.slice(1, -1);
  return length === name.length || said.some((word) => inner.includes(word)) ? length : 0;
}
