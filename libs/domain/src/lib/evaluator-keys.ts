/** An evaluator as the revealed scores show them: in one order everywhere, with short initials. */
export interface EvaluatorKey {
  id: string;
  name: string;
  /** Two or three capitals from the name, unique within the list (a digit is added when two people share them). */
  initials: string;
}

/**
 * The evaluators of a round in the order every view of their scores uses (the scoring grid and the
 * results' per-evaluator columns): by name, then by id for people with the same name, each with
 * initials that tell them apart. The same person given twice is listed once.
 */
export function evaluatorKeys(evaluators: Iterable<{ id: string; name: string }>): EvaluatorKey[] {
  const byId = new Map<string, string>();
  for (const { id, name } of evaluators) if (!byId.has(id)) byId.set(id, name);
  const collator = new Intl.Collator('en', {
    sensitivity: 'base',
    numeric: true,
  });
  const sorted = [...byId]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Map<string, number>();
  return sorted.map(({ id, name }) => {
    const base = initialsOf(name);
    const seen = (taken.get(base) ?? 0) + 1;
    taken.set(base, seen);
    return { id, name, initials: seen === 1 ? base : `${base}${seen}` };
  });
}

/** "Ada Lovelace" → "AL", "Ada Byron Lovelace" → "AL", "Ada" → "AD", "Ada Lovelace (demo)" → "AL". */
export function initialsOf(name: string): string {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0].slice(0, 2).toLocaleUpperCase('en');
  return (firstLetter(words[0]) + firstLetter(words[words.length - 1])).toLocaleUpperCase('en');
}

function firstLetter(word: string): string {
  return Array.from(word)[0] ?? '';
}
