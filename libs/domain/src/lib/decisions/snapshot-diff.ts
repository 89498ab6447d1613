/**
 * What changed between two versions of a recommendation's snapshot (its text and its evidence), so a
 * director reviewing a new version sees what moved since the one they read: each leaf that was
 * added, removed or changed, by its path (`ranking.candidates[1].total`). Lists are compared item by
 * item at the same position, except lists of objects that carry an `id`, which are matched by it
 * (a candidate that moved up the ranking is the same candidate, not two changes).
 */

export type SnapshotValue = string | number | boolean | null | SnapshotValue[] | { [key: string]: SnapshotValue };

export interface SnapshotChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: SnapshotValue;
  after?: SnapshotValue;
}

const isObject = (v: SnapshotValue | undefined): v is { [key: string]: SnapshotValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const idOf = (v: SnapshotValue): string | null =>
  isObject(v) && (typeof v['id'] === 'string' || typeof v['id'] === 'number') ? String(v['id']) : null;

/** Every leaf that differs between `before` and `after`, in path order of `after` then removals. */
export function snapshotDiff(before: SnapshotValue | undefined, after: SnapshotValue | undefined): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  walk(before, after, '', changes);
  return changes;
}

function walk(
  before: SnapshotValue | undefined,
  after: SnapshotValue | undefined,
  path: string,
  out: SnapshotChange[],
) {
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    out.push({ path, kind: 'added', after });
    return;
  }
  if (after === undefined) {
    out.push({ path, kind: 'removed', before });
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(after)) walk(before[key], after[key], join(path, key), out);
    for (const key of Object.keys(before)) if (!(key in after)) walk(before[key], undefined, join(path, key), out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const keyed = [...before, ...after].every((v) => idOf(v) !== null);
    if (keyed) {
      const earlier = new Map(before.map((v) => [idOf(v) as string, v]));
      const later = new Set(after.map((v) => idOf(v) as string));
      for (const item of after) walk(earlier.get(idOf(item) as string), item, `${path}[id=${idOf(item)}]`, out);
      for (const item of before)
        if (!later.has(idOf(item) as string)) walk(item, undefined, `${path}[id=${idOf(item)}]`, out);
      return;
    }
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length; i++) walk(before[i], after[i], `${path}[${i}]`, out);
    return;
  }
  if (before !== after) out.push({ path, kind: 'changed', before, after });
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
