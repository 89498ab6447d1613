import { computed, inject, Injectable, signal } from '@angular/core';
import { CriterionInput, ScaleStepInput, loader } from '@assay/web/core';
import {
  DeleteRubricCriterionDocument,
  GenerateRubricCriteriaDocument,
  RubricComparisonFieldsFragment,
  RubricEditorFieldsFragment,
  RubricPageDocument,
  RubricPageQuery,
  RubricRequirementsDocument,
  RubricRequirementsQuery,
  SaveRubricCriterionDocument,
  SetPairwiseComparisonDocument,
  SetRubricScaleDocument,
  StartRubricDraftDocument,
} from '../rubric.generated';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { RubricGroup, rubricTree } from '../shared/rubric-tree';

export type RubricEvaluation = NonNullable<RubricPageQuery['evaluation']>;
export type Rubric = RubricEditorFieldsFragment;
export type RubricCriterion = Rubric['criteria'][number];
export type Comparison = RubricComparisonFieldsFragment;
export type RubricRequirement = RubricRequirementsQuery['requirements']['items'][number];

/** A top-level category with its criteria, in position order. */
export type RubricCategory = RubricGroup<RubricCriterion>;

/** A level whose weights can be set together: the top-level categories, or the criteria of one category. */
export interface WeightLevel {
  parent: RubricCriterion | null;
  items: RubricCriterion[];
  comparison: Comparison | null;
  /** Whether the weights are still those the comparison gave (false once one was typed in since). */
  applies: boolean;
}

const REQUIREMENT_PAGE = 200;

/**
 * The rubric builder's state: the evaluation, its latest rubric version (with the stored pairwise
 * comparisons) and the evaluation's requirements to link. Every edit returns the whole version,
 * which replaces what is shown.
 */
@Injectable()
export class RubricStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });

  readonly id = signal<string | null>(null);
  readonly evaluation = signal<RubricEvaluation | null>(null);
  readonly rubric = signal<Rubric | null>(null);
  readonly requirements = signal<RubricRequirement[]>([]);
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;

  /** Administrators act as leads: the server says so in myPermissions. */
  readonly isLead = computed(() => this.evaluation()?.myPermissions.isLead ?? false);
  readonly frozen = computed(() => !!this.rubric()?.frozenAt);
  /** The lead edits a draft version; everyone else (and everyone on a frozen version) reads. */
  readonly editable = computed(() => this.isLead() && !!this.rubric() && !this.frozen());
  /** The scoring rounds that use the version shown, in order. */
  readonly usedByRounds = computed(() => {
    const id = this.rubric()?.id;
    return (this.evaluation()?.scoringRounds ?? [])
      .filter((round) => round.rubricVersionId === id)
      .map((round) => round.number)
      .sort((a, b) => a - b);
  });

  readonly tree = computed<RubricCategory[]>(() => rubricTree(this.rubric()?.criteria ?? []));
  readonly criterionCount = computed(() => this.tree().reduce((sum, group) => sum + group.criteria.length, 0));
  readonly approved = computed(() => this.requirements().filter((r) => r.status === 'APPROVED'));
  readonly requirementsById = computed(() => new Map(this.requirements().map((r) => [r.id, r])));
  /** Approved requirements that no criterion links to yet: what "Generate" would add. */
  readonly uncovered = computed(() => {
    const linked = new Set((this.rubric()?.criteria ?? []).flatMap((c) => c.requirementIds));
    return this.approved().filter((r) => !linked.has(r.id));
  });

  /** The level of weights under a parent (null: the categories), with its stored comparison if it still fits. */
  level(parent: RubricCriterion | null): WeightLevel {
    const items = parent
      ? (this.tree().find((g) => g.category.id === parent.id)?.criteria ?? [])
      : this.tree().map((g) => g.category);
    const key = parent?.key ?? '';
    const comparison = this.rubric()?.comparisons.find((c) => c.parentKey === key) ?? null;
    const fits = comparison && comparison.matrix.length === items.length ? comparison : null;
    const applies = !!fits && items.every((item, i) => Math.abs(item.normalisedWeight - fits.weights[i]) < 0.0005);
    return { parent, items, comparison: fits, applies };
  }

  async load(id = this.id()): Promise<void> {
    if (!id) return;
    this.id.set(id);
    await this.loader.run(async (step) => {
      const [result, requirements] = await step(
        Promise.all([
          firstValueFrom(
            this.apollo.query({ query: RubricPageDocument, variables: { id }, fetchPolicy: 'network-only' }),
          ),
          this.loadRequirements(id),
        ]),
      );
      const evaluation = result.data?.evaluation ?? null;
      this.evaluation.set(evaluation);
      this.rubric.set(evaluation?.rubric ?? null);
      this.requirements.set(requirements);
    });
  }

  /** Starts the first version, or a new draft copied from the frozen one. */
  async draft(): Promise<void> {
    const id = this.id();
    if (!id) return;
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: StartRubricDraftDocument, variables: { evaluationId: id } }),
    );
    this.accept(result.data?.draftRubric);
    await this.load();
  }

  async saveCriterion(input: Omit<CriterionInput, 'rubricVersionId'>): Promise<Rubric | null> {
    const rubric = this.rubric();
    if (!rubric) return null;
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SaveRubricCriterionDocument,
        variables: { input: { ...input, rubricVersionId: rubric.id } },
      }),
    );
    return this.accept(result.data?.saveCriterion);
  }

  async deleteCriterion(criterionId: string): Promise<void> {
    const rubric = this.rubric();
    if (!rubric) return;
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: DeleteRubricCriterionDocument,
        variables: { criterionId, rubricVersionId: rubric.id },
      }),
    );
    this.accept(result.data?.deleteCriterion);
  }

  /** Adds a criterion per uncovered approved requirement; resolves to how many were added. */
  async generate(): Promise<number> {
    const rubric = this.rubric();
    if (!rubric) return 0;
    const before = this.criterionCount();
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: GenerateRubricCriteriaDocument, variables: { rubricVersionId: rubric.id } }),
    );
    this.accept(result.data?.generateCriteriaFromRequirements);
    return this.criterionCount() - before;
  }

  async setScale(scaleMin: number, scaleMax: number, descriptors: ScaleStepInput[]): Promise<Rubric | null> {
    const rubric = this.rubric();
    if (!rubric) return null;
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SetRubricScaleDocument,
        variables: { input: { rubricVersionId: rubric.id, scaleMin, scaleMax, descriptors } },
      }),
    );
    return this.accept(result.data?.setRubricScale);
  }

  /** Sets a level's weights from the judgments; resolves to the level as the server now has it. */
  async setPairwise(parent: RubricCriterion | null, matrix: number[][]): Promise<WeightLevel | null> {
    const rubric = this.rubric();
    if (!rubric) return null;
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: SetPairwiseComparisonDocument,
        variables: { input: { rubricVersionId: rubric.id, parentId: parent?.id ?? null, matrix } },
      }),
    );
    if (!this.accept(result.data?.setPairwiseComparison)) return null;
    const current = parent ? (this.rubric()?.criteria.find((c) => c.id === parent.id) ?? null) : null;
    return this.level(current);
  }

  private accept(rubric: Rubric | null | undefined): Rubric | null {
    if (rubric) this.rubric.set(rubric);
    return rubric ?? null;
  }

  private async loadRequirements(evaluationId: string): Promise<RubricRequirement[]> {
    const all: RubricRequirement[] = [];
    for (let offset = 0; ; offset += REQUIREMENT_PAGE) {
      const result = await firstValueFrom(
        this.apollo.query({
          query: RubricRequirementsDocument,
          variables: { evaluationId, page: { offset, limit: REQUIREMENT_PAGE } },
          fetchPolicy: 'network-only',
        }),
      );
      const page = result.data?.requirements;
      all.push(...(page?.items ?? []));
      if (!page || all.length >= page.total || page.items.length === 0) return all;
    }
  }
}
