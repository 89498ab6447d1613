/**
 * Turning what a person typed into a search box into safe query input. Both results are bound as
 * parameters, never spliced into SQL.
 */

/** At most this many words take part in a search: beyond it a query only gets slower, not better. */
const MAX_WORDS = 12;

/**
 * Words typed → a prefix tsquery ("koh eve" → "koh:* & eve:*"), so each word matches as typed so
 * far. Only letters and digits are kept, which also keeps tsquery's operators out. Null when no
 * word is left.
 */
export function prefixQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, MAX_WORDS);
  return words.length === 0 ? null : words.map((word) => `${word}:*`).join(' & ');
}

/**
 * Text typed → a LIKE/ILIKE pattern that matches it literally: `\`, `%` and `_` are escaped (with
 * PostgreSQL's default escape character), then it is anchored as asked — "contains" by default.
 */
export function likePattern(text: string, match: 'contains' | 'prefix' = 'contains'): string {
  const literal = text.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  return match === 'prefix' ? `${literal}%` : `%${literal}%`;
}
