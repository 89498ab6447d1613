/** What arranging a rubric needs of a criterion; the rubric's fragments all carry these fields. */
export interface TreeCriterion {
  id: string;
  parentId?: string | null;
  position: number;
  title: string;
}

/** A top-level category with its criteria (none when the category is itself scored). */
export interface RubricGroup<C extends TreeCriterion> {
  category: C;
  criteria: C[];
}

const byPosition = (a: TreeCriterion, b: TreeCriterion): number =>
  a.position - b.position || a.title.localeCompare(b.title);

/**
 * A rubric version's criteria as its two levels: the top-level categories, each with the criteria
 * under it, both in position order (then by title). The rubric page, the scoring grid and the
 * results all show the rubric in this order.
 */
export function rubricTree<C extends TreeCriterion>(criteria: readonly C[]): RubricGroup<C>[] {
  const ordered = [...criteria].sort(byPosition);
  const under = new Map<string, C[]>();
  for (const criterion of ordered) {
    if (!criterion.parentId) continue;
    const list = under.get(criterion.parentId);
    if (list) list.push(criterion);
    else under.set(criterion.parentId, [criterion]);
  }
  return ordered.filter((c) => !c.parentId).map((category) => ({ category, criteria: under.get(category.id) ?? [] }));
}
