import { computed, inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { ResultsEvaluationDocument, ResultsEvaluationQuery, RoundResultsDocument } from './results.generated';
import { Apollo } from 'apollo-angular';

import { ResultsModel, RoundResults } from './results-model';

export type ResultsEvaluation = NonNullable<ResultsEvaluationQuery['evaluation']>;
export type RoundSummary = ResultsEvaluation['scoringRounds'][number];

/**
 * The results page's state: the evaluation with its rounds, the revealed round shown (the latest
 * unless one is chosen) and the model of its scores. Blind rounds are never asked for.
 */
@Injectable()
export class ResultsStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });

  readonly evaluation = signal<ResultsEvaluation | null>(null);
  readonly results = signal<RoundResults | null>(null);
  readonly model = signal<ResultsModel | null>(null);
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;

  /** Administrators act as leads: the server says so in myPermissions. */
  readonly isLead = computed(() => this.evaluation()?.myPermissions.isLead ?? false);
  readonly revealedRounds = computed(() =>
    [...(this.evaluation()?.scoringRounds ?? [])]
      .filter((r) => r.status === 'REVEALED')
      .sort((a, b) => b.number - a.number),
  );
  readonly openRound = computed(() => this.evaluation()?.scoringRounds.find((r) => r.status === 'OPEN') ?? null);
  readonly candidateNames = computed(() => {
    const names = new Map<string, { name: string; vendor: string }>();
    for (const c of this.evaluation()?.candidates ?? [])
      names.set(c.id, { name: `${c.productName} ${c.versionName}`, vendor: c.vendorName });
    return names;
  });

  /** Loads the evaluation and the chosen revealed round (the latest when none is chosen). */
  async load(evaluationId: string, roundId: string | null): Promise<void> {
    await this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: ResultsEvaluationDocument,
          variables: { id: evaluationId },
          fetchPolicy: 'network-only',
        }),
      );
      const evaluation = result.data?.evaluation ?? null;
      this.evaluation.set(evaluation);
      const rounds = this.revealedRounds();
      const round = rounds.find((r) => r.id === roundId) ?? rounds[0] ?? null;
      if (!round) {
        this.results.set(null);
        this.model.set(null);
        return;
      }
      const detail = await step(
        this.apollo.query({
          query: RoundResultsDocument,
          variables: { roundId: round.id, rubricVersionId: round.rubricVersionId },
          fetchPolicy: 'network-only',
        }),
      );
      const data = detail.data;
      if (!data?.scoringRound || !data.rubricVersion) throw new Error('The round could not be read.');
      this.results.set(data.scoringRound);
      this.model.set(new ResultsModel(data.rubricVersion, data.scoringRound));
    });
  }
}
