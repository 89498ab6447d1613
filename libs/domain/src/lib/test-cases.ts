/**
 * Rules of test cases shared by the API (which stores them) and the web app (which previews them):
 * how a case is keyed and how its tags are cleaned.
 */

/** A case's key: the plan's prefix and its number, three digits at least (CIRC-T-001, CIRC-T-1000). */
export function testCaseKey(prefix: string, number: number): string {
  return `${prefix.toUpperCase()}-${String(number).padStart(3, '0')}`;
}

/** Tags as stored: trimmed, without empty ones or repeats (compared without case), in the order given. */
export function cleanTestTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const folded = tag.toLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
  }
  return out;
}
