import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { conflictSummary, type RecommendationEvidence } from '@assay/domain';
import { ScrollRegionDirective } from '@assay/web/ui';
import {
  agreementWords,
  barWidth,
  candidateNames,
  claimLevelLabel,
  disagreementLabel,
  EVIDENCE_SECTIONS,
  EvidenceKey,
  formatCoefficient,
  formatCost,
  formatTotal,
  openDefectTotal,
  percent,
  ratingLabel,
  SEVERITIES,
  SEVERITY_LABELS,
  stabilityLabel,
  verdictLabel,
} from './evidence-format';

/**
 * A recommendation's evidence (RecommendationEvidence), the same whether it is assembled now for a
 * draft or frozen in a submitted version or a decision: the ranking and its robustness, agreement,
 * acceptance, open defects, contradicted vendor claims, reference checks, training needs and costs.
 * Each section's heading has the id of its evidence key, so a review comment can link to it; each
 * empty section says why it is empty.
 */
@Component({
  selector: 'assay-evidence-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatIconModule, ScrollRegionDirective],
  templateUrl: './evidence-panel.component.html',
  styleUrl: './evidence-panel.component.scss',
})
export class EvidencePanelComponent {
  readonly evidence = input.required<RecommendationEvidence>();
  /** What the evidence is: "Assembled now", "Frozen at submission of version 2"… */
  readonly caption = input<string>('');
  /** The candidate the text recommends, marked in the tables. */
  readonly recommendedId = input<string | null>(null);

  protected readonly sections = EVIDENCE_SECTIONS;
  protected readonly severities = SEVERITIES;
  protected readonly severityLabels = SEVERITY_LABELS;
  protected readonly percent = percent;
  protected readonly formatTotal = formatTotal;
  protected readonly formatCoefficient = formatCoefficient;
  protected readonly stabilityLabel = stabilityLabel;
  protected readonly verdictLabel = verdictLabel;
  protected readonly claimLevelLabel = claimLevelLabel;
  protected readonly disagreementLabel = disagreementLabel;
  protected readonly ratingLabel = ratingLabel;
  protected readonly barWidth = barWidth;
  protected readonly openDefectTotal = openDefectTotal;
  protected readonly agreementWords = agreementWords;

  protected readonly names = computed(() => candidateNames(this.evidence()));
  protected readonly ranking = computed(() => this.evidence().ranking);
  protected readonly winnerName = computed(() => {
    const id = this.ranking()?.winnerId;
    return id ? (this.names().get(id) ?? 'the first candidate') : null;
  });
  protected readonly withoutConsensusName = computed(() => {
    const id = this.ranking()?.winnerWithoutConsensusId;
    return id ? (this.names().get(id) ?? 'another candidate') : null;
  });
  protected readonly conflicts = computed(() => conflictSummary(this.evidence()));
  protected readonly trainingHours = computed(() =>
    this.evidence().trainingNeeds.reduce((sum, need) => sum + need.people * need.hoursPerPerson, 0),
  );

  protected title(key: EvidenceKey): string {
    return this.sections.find((s) => s.key === key)?.title ?? key;
  }

  protected cost(amount: number): string {
    return formatCost(amount, this.evidence());
  }
}
