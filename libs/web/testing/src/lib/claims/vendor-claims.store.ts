import { computed, inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import {
  EvaluationVendorClaimsDocument,
  EvaluationVendorClaimsQuery,
  VendorClaimDisagreementsDocument,
  VendorClaimDisagreementsQuery,
  VendorClaimFieldsFragment,
} from '../testing-claims.generated';

export type ClaimsCandidate = EvaluationVendorClaimsQuery['evaluation']['candidates'][number];
export type ClaimDisagreement = VendorClaimDisagreementsQuery['evaluation']['vendorClaimDisagreements'][number];

/** An evaluation's vendor claims, one candidate at a time, with the claims its evidence contradicts. */
@Injectable()
export class VendorClaimsStore {
  private readonly apollo = inject(Apollo);
  private readonly pageLoader = loader({ loading: true });
  private readonly disagreementLoader = loader();
  private evaluationId = '';

  readonly loading = this.pageLoader.loading;
  readonly error = this.pageLoader.error;
  readonly disagreementsLoading = this.disagreementLoader.loading;
  readonly disagreementsError = this.disagreementLoader.error;
  readonly evaluationTitle = signal<string | null>(null);
  readonly canLead = signal(false);
  readonly candidates = signal<ClaimsCandidate[]>([]);
  readonly candidateId = signal<string | null>(null);
  readonly disagreements = signal<ClaimDisagreement[]>([]);

  readonly candidate = computed(() => this.candidates().find((c) => c.id === this.candidateId()) ?? null);
  /** The chosen candidate's claims by requirement code. */
  readonly claims = computed(() =>
    [...(this.candidate()?.vendorClaims ?? [])].sort((a, b) =>
      a.requirementCode.localeCompare(b.requirementCode, 'en', { numeric: true }),
    ),
  );

  /** Loads the page; `candidateId` is the one asked for in the address, else the first candidate. */
  load(evaluationId: string, candidateId: string | null): Promise<void> {
    this.evaluationId = evaluationId;
    return this.pageLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: EvaluationVendorClaimsDocument,
          variables: { id: evaluationId },
          fetchPolicy: 'network-only',
        }),
      );
      const evaluation = result.data?.evaluation;
      const candidates = evaluation?.candidates ?? [];
      this.evaluationTitle.set(evaluation?.title ?? null);
      this.canLead.set(evaluation?.myPermissions.canLead ?? false);
      this.candidates.set(candidates);
      const chosen = candidates.find((c) => c.id === candidateId) ?? candidates[0] ?? null;
      this.candidateId.set(chosen?.id ?? null);
      await this.loadDisagreements();
    });
  }

  choose(candidateId: string): Promise<void> {
    this.candidateId.set(candidateId);
    this.disagreements.set([]);
    return this.loadDisagreements();
  }

  loadDisagreements(): Promise<void> {
    const candidateId = this.candidateId();
    if (!candidateId) {
      this.disagreements.set([]);
      return Promise.resolve();
    }
    return this.disagreementLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: VendorClaimDisagreementsDocument,
          variables: { id: this.evaluationId, candidateId },
          fetchPolicy: 'network-only',
        }),
      );
      this.disagreements.set(result.data?.evaluation.vendorClaimDisagreements ?? []);
    });
  }

  /** A claim saved in the dialog: shown at once, and the disagreements worked out again. */
  saved(claim: VendorClaimFieldsFragment): Promise<void> {
    this.candidates.update((candidates) =>
      candidates.map((candidate) =>
        candidate.id !== claim.candidateId
          ? candidate
          : {
              ...candidate,
              vendorClaims: [...candidate.vendorClaims.filter((c) => c.id !== claim.id), claim],
            },
      ),
    );
    return this.loadDisagreements();
  }

  reload(): Promise<void> {
    return this.load(this.evaluationId, this.candidateId());
  }
}
