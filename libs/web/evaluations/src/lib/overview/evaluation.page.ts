import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { EvaluationDetailFragment } from '../evaluations.generated';
import { ErrorBannerComponent, LoadStateComponent } from '@assay/web/ui';
import { EVALUATION_KIND, EVALUATION_ROLE } from '../evaluation-labels';
import { EvaluationFormDialog, EvaluationFormDialogData } from '../list/evaluation-form.dialog';
import { EvaluationStatusChipComponent } from '../shared/status-chips.component';
import { CandidatesSectionComponent } from './candidates-section.component';
import { CostsSectionComponent } from './costs-section.component';
import { EvaluationStore } from './evaluation.store';
import { MembersSectionComponent } from './members-section.component';
import { RequirementCountsComponent } from './requirement-counts.component';
import { StatusPathComponent } from './status-path.component';
import { TrainingSectionComponent } from './training-section.component';
import { formatMoney } from '@assay/domain';

/** One evaluation: what it is for, where it stands on the status path, who takes part, its candidates, requirements and training. */
@Component({
  selector: 'assay-evaluation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [EvaluationStore],
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    ErrorBannerComponent,
    LoadStateComponent,
    EvaluationStatusChipComponent,
    CandidatesSectionComponent,
    CostsSectionComponent,
    MembersSectionComponent,
    RequirementCountsComponent,
    StatusPathComponent,
    TrainingSectionComponent,
  ],
  templateUrl: './evaluation.page.html',
  styleUrl: './evaluation.page.scss',
})
export class EvaluationPage {
  protected readonly store = inject(EvaluationStore);
  private readonly title = inject(Title);

  /** From the route: /evaluations/:id */
  readonly id = input.required<string>();

  protected readonly evaluation = this.store.evaluation;
  protected readonly kindLabel = EVALUATION_KIND;
  protected readonly budget = computed(() => {
    const evaluation = this.evaluation();
    return evaluation ? formatMoney(evaluation.budget, evaluation.currency) : '—';
  });
  /** Scores exist from the scoring step on (the scoring screens live at ./scoring). */
  protected readonly scoring = computed(() =>
    ['SCORING', 'TESTING', 'RECOMMENDATION', 'DECIDED'].includes(this.evaluation()?.status ?? ''),
  );
  /** The recommendation step has come: the lead drafts it, the directors review it, the decision shows. */
  protected readonly deciding = computed(() => ['RECOMMENDATION', 'DECIDED'].includes(this.evaluation()?.status ?? ''));
  protected readonly myRoles = computed(() => {
    const roles = this.evaluation()?.myRoles.map((role) => EVALUATION_ROLE[role]) ?? [];
    return roles.length === 0 && this.store.isAdmin() ? ['Administrator (acts as lead)'] : roles;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const title = this.evaluation()?.title;
      if (title) this.title.setTitle(`${title} · Evaluations · Assay`);
    });
  }

  protected async openEdit(evaluation: EvaluationDetailFragment): Promise<void> {
    await this.store.edit<EvaluationDetailFragment, EvaluationFormDialogData>(
      EvaluationFormDialog,
      { evaluation },
      (saved) => `Saved ${saved.title}.`,
    );
  }
}
