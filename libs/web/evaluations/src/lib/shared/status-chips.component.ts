import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CandidateState, EvaluationStatus, RequirementStatus } from '@assay/web/core';
import { CANDIDATE_STATE, EVALUATION_STATUS, EVALUATION_STATUS_HINT, REQUIREMENT_STATUS } from '../evaluation-labels';
import { StateChipComponent } from './state-chip.component';
import { CANDIDATE_TONE, REQUIREMENT_TONE, STATUS_TONE } from './tones';

/** An evaluation's status as a chip, with what the step means as its title. */
@Component({
  selector: 'assay-evaluation-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StateChipComponent],
  template: `<assay-state-chip [label]="label[status()]" [tone]="tone[status()]" [hint]="hint[status()]" />`,
})
export class EvaluationStatusChipComponent {
  readonly status = input.required<EvaluationStatus>();
  protected readonly label = EVALUATION_STATUS;
  protected readonly tone = STATUS_TONE;
  protected readonly hint = EVALUATION_STATUS_HINT;
}

/** A requirement's status as a chip. */
@Component({
  selector: 'assay-requirement-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StateChipComponent],
  template: `<assay-state-chip [label]="label()" [tone]="tone()" />`,
})
export class RequirementStatusChipComponent {
  readonly status = input.required<RequirementStatus>();
  protected readonly label = computed(() => REQUIREMENT_STATUS[this.status()]);
  protected readonly tone = computed(() => REQUIREMENT_TONE[this.status()]);
}

/** A candidate's state as a chip. */
@Component({
  selector: 'assay-candidate-state-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StateChipComponent],
  template: `<assay-state-chip [label]="label()" [tone]="tone()" />`,
})
export class CandidateStateChipComponent {
  readonly state = input.required<CandidateState>();
  protected readonly label = computed(() => CANDIDATE_STATE[this.state()]);
  protected readonly tone = computed(() => CANDIDATE_TONE[this.state()]);
}
