// "£60m" as the minutes write it out: "60 million".
const AMOUNT_UNITS: Readonly<Record<string, string>> = {
  m: "million",
  bn: "billion",
  k: "thousand",
};

/**
 * An amount typed short as the minutes write it out: "60m" is ["60", "million"], "2bn" is ["2",
 * "billion"]; null for any other word.
 */
export function writtenAmount(word: string): string[] | null {
  const amount = /^(\d+(?:\.\d+)?)(m|bn|k)$/.exec(word);
  const unit = amount?.[2] ? AMOUNT_UNITS[amount[2]] : undefined;
  return amount?.[1] && unit ? [amount[1], unit] : null;
}
