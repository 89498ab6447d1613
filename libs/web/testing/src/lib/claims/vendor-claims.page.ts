import { HttpClient } from '@angular/common/http';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { FormDialogResult } from '@assay/web/core';
import {
  DialogService,
  EmptyStateComponent,
  LoadStateComponent,
  PageHeaderComponent,
  PluralPipe,
  ScrollRegionDirective,
} from '@assay/web/ui';
import { SpreadsheetImport, SpreadsheetImportDialog } from '@assay/web/ui/spreadsheet-import';
import { VendorClaimFieldsFragment } from '../testing-claims.generated';
import { claimLabel, disagreementReasons } from './claim-labels';
import { claimsImport, ClaimsImportResult } from './claims-import';
import { VendorClaimDialog, VendorClaimDialogData } from './vendor-claim.dialog';
import { ClaimsCandidate, VendorClaimsStore } from './vendor-claims.store';

/**
 * /evaluations/:id/testing/vendor-claims — what each candidate's vendor claimed per requirement,
 * kept apart from what was verified, and the claims the evidence contradicts, worst first. Leads
 * import the vendor's answer sheet or record claims by hand; everyone in the evaluation reads.
 */
@Component({
  selector: 'assay-vendor-claims-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [VendorClaimsStore],
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
    PluralPipe,
    ScrollRegionDirective,
  ],
  templateUrl: './vendor-claims.page.html',
  styleUrl: './vendor-claims.page.scss',
})
export class VendorClaimsPage {
  private readonly dialogs = inject(DialogService);
  private readonly http = inject(HttpClient);
  private readonly title = inject(Title);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly store = inject(VendorClaimsStore);

  /** From the route: /evaluations/:id/testing/vendor-claims?candidate= */
  readonly id = input.required<string>();
  protected readonly claimLabel = claimLabel;
  protected readonly reasons = disagreementReasons;
  protected readonly candidateName = computed(() => {
    const candidate = this.store.candidate();
    return candidate ? nameOf(candidate) : '';
  });
  protected readonly nameOf = nameOf;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id, this.route.snapshot.queryParamMap.get('candidate')));
    });
    effect(() => {
      const title = this.store.evaluationTitle();
      if (title) this.title.setTitle(`Vendor claims · ${title} · Assay`);
    });
  }

  protected async choose(candidateId: string): Promise<void> {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { candidate: candidateId },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
    await this.store.choose(candidateId);
  }

  protected async edit(claim: VendorClaimFieldsFragment | null): Promise<void> {
    const candidate = this.store.candidate();
    if (!candidate) return;
    const outcome = await this.dialogs.openForm<FormDialogResult<VendorClaimFieldsFragment>, VendorClaimDialogData>(
      VendorClaimDialog,
      {
        evaluationId: this.id(),
        candidateId: candidate.id,
        candidateName: nameOf(candidate),
        claim,
        claimed: new Map(candidate.vendorClaims.map((c) => [c.requirementId, c])),
      },
      '560px',
    );
    if (outcome && 'saved' in outcome) {
      this.dialogs.notify(`Saved the claim for ${outcome.saved.requirementCode}.`);
      await this.store.saved(outcome.saved);
    }
    if (outcome && 'reload' in outcome) await this.store.reload();
  }

  protected async importSheet(): Promise<void> {
    const candidate = this.store.candidate();
    if (!candidate) return;
    const done = await this.dialogs.openForm<ClaimsImportResult, SpreadsheetImport<ClaimsImportResult>>(
      SpreadsheetImportDialog,
      claimsImport(this.http, { id: candidate.id, name: nameOf(candidate) }),
      '760px',
    );
    if (done) await this.store.reload();
  }
}

function nameOf(candidate: ClaimsCandidate): string {
  return `${candidate.productName} ${candidate.versionName}`;
}
