/**
 * The key that entity resolution matches names and aliases on (`Actor.aliasKeys`): NFKD,
 * diacritics removed, lower case, dashes and slashes read as spaces, all other punctuation and
 * symbols removed, single spaces, and a leading "the " dropped. So "the Kremlin", "Kremlin"
 * and "KREMLIN" meet, as do "U.S." and "US", "Zelenskyy's" and "Zelenskyys".
 */
export function normaliseAlias(value: string): string {
  const key = value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{Pd}/\\_]+/gu, ' ')
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return key.startsWith('the ') ? key.slice(4) : key;
}

/** The distinct keys of a name and its aliases, in first-seen order, empty keys left out. */
export function aliasKeysOf(name: string, aliases: readonly string[]): string[] {
  const keys: string[] = [];
  for (const value of [name, ...aliases]) {
    const key = normaliseAlias(value);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
