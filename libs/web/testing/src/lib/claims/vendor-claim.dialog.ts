import { ChangeDetectionStrategy, Component, computed, inject, OnDestroy, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { VENDOR_CLAIM_COMMENT_MAX } from '@assay/domain';
import { FormDialog, loader } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { SetVendorClaimDocument, VendorClaimFieldsFragment } from '../testing-claims.generated';
import { TestPlanRequirementsDocument } from '../testing-plans.generated';
import { CLAIM_LEVEL_OPTIONS, ClaimLevel } from './claim-labels';

export interface VendorClaimDialogData {
  evaluationId: string;
  candidateId: string;
  candidateName: string;
  /** The claim to change; null to record a new one. */
  claim: VendorClaimFieldsFragment | null;
  /** Requirements that already have a claim for the candidate: picking one changes that claim. */
  claimed: ReadonlyMap<string, VendorClaimFieldsFragment>;
}

interface RequirementOption {
  id: string;
  code: string;
  title: string;
}

/** Records or changes what a vendor claimed for one requirement: the compliance level, its date for a roadmap claim, a comment. */
@Component({
  selector: 'assay-vendor-claim-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ data.claim ? 'Claim for ' + data.claim.requirementCode : 'Record a claim' }}
    </h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem() ?? searching.error(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <p class="context">
          What {{ data.candidateName }}’s vendor says
          @if (data.claim) {
            about {{ data.claim.requirementTitle }}
          }
        </p>
        @if (!data.claim) {
          <mat-form-field appearance="outline">
            <mat-label>Requirement</mat-label>
            <input
              matInput
              formControlName="requirement"
              [matAutocomplete]="auto"
              (input)="onSearch($any($event.target).value)"
              autocomplete="off"
              required
            />
            <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="onPick($event)">
              @for (requirement of requirements(); track requirement.id) {
                <mat-option [value]="requirement">
                  {{ requirement.code }} {{ requirement.title }}
                  @if (data.claimed.has(requirement.id)) {
                    <span class="secondary">· has a claim: saving changes it</span>
                  }
                </mat-option>
              }
              @if (searched() && requirements().length === 0) {
                <mat-option disabled>No requirement matches “{{ lastSearch() }}”.</mat-option>
              }
            </mat-autocomplete>
            <mat-hint>Type a code or words of the requirement.</mat-hint>
            @if (fieldError('requirement'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>Compliance</mat-label>
          <mat-select formControlName="claim" required>
            @for (option of levels; track option.value) {
              <mat-option [value]="option.value">{{ option.label }}</mat-option>
            }
          </mat-select>
          @if (fieldError('claim'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        @if (roadmap()) {
          <mat-form-field appearance="outline">
            <mat-label>Promised for</mat-label>
            <input matInput type="date" formControlName="roadmapDate" required />
            <mat-hint>The date the vendor says it will be delivered.</mat-hint>
            @if (fieldError('roadmapDate'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>Comment</mat-label>
          <textarea matInput formControlName="comment" rows="3" [maxlength]="commentMax"></textarea>
          @if (fieldError('comment'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .context {
      margin: 0 0 12px;
    }
    .secondary {
      font-size: 12px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class VendorClaimDialog extends FormDialog<VendorClaimFieldsFragment> implements OnDestroy {
  protected readonly data = inject<VendorClaimDialogData>(MAT_DIALOG_DATA);
  protected readonly levels = CLAIM_LEVEL_OPTIONS;
  protected readonly commentMax = VENDOR_CLAIM_COMMENT_MAX;
  protected readonly requirements = signal<RequirementOption[]>([]);
  protected readonly searched = signal(false);
  protected readonly lastSearch = signal('');
  /** The requirements matching what is typed; the latest search wins. */
  protected readonly searching = loader();
  private timer: ReturnType<typeof setTimeout> | undefined;

  protected readonly form = inject(FormBuilder).group({
    requirement: [
      null as RequirementOption | string | null,
      this.data.claim
        ? []
        : [
            Validators.required,
            (control: { value: unknown }) =>
              control.value && typeof control.value !== 'object' ? { pick: true } : null,
          ],
    ],
    claim: [(this.data.claim?.claim ?? null) as ClaimLevel | null, Validators.required],
    roadmapDate: [this.data.claim?.roadmapDate ?? ''],
    comment: [this.data.claim?.comment ?? '', Validators.maxLength(VENDOR_CLAIM_COMMENT_MAX)],
  });

  private readonly level = toSignal(this.form.controls.claim.valueChanges, {
    initialValue: this.form.controls.claim.value,
  });
  protected readonly roadmap = computed(() => this.level() === 'ROADMAP');

  constructor() {
    super();
    // A roadmap claim needs its date; any other claim has none.
    this.form.controls.claim.valueChanges.subscribe((claim) => {
      const date = this.form.controls.roadmapDate;
      date.setValidators(claim === 'ROADMAP' ? Validators.required : []);
      date.updateValueAndValidity({ emitEvent: false });
    });
    this.form.controls.claim.updateValueAndValidity();
  }

  ngOnDestroy(): void {
    clearTimeout(this.timer);
  }

  protected readonly display = (requirement: RequirementOption | string | null): string =>
    requirement && typeof requirement === 'object' ? `${requirement.code} ${requirement.title}` : (requirement ?? '');

  protected onSearch(text: string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(text.trim()), 250);
  }

  protected onPick(event: MatAutocompleteSelectedEvent): void {
    this.form.controls.requirement.setValue(event.option.value as RequirementOption);
  }

  private search(text: string): Promise<void> {
    return this.searching.run(async (step) => {
      if (!text) {
        this.requirements.set([]);
        this.searched.set(false);
        return;
      }
      const result = await step(
        this.apollo.query({
          query: TestPlanRequirementsDocument,
          variables: { evaluationId: this.data.evaluationId, search: text, limit: 20 },
          fetchPolicy: 'network-only',
        }),
      );
      this.requirements.set(result.data?.requirements.items ?? []);
      this.lastSearch.set(text);
      this.searched.set(true);
    });
  }

  protected override fieldError(path: string): string | null {
    const control = this.form.get(path);
    if (path === 'requirement' && control?.hasError('pick') && control.touched)
      return 'Choose a requirement from the list.';
    return super.fieldError(path);
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const picked = value.requirement && typeof value.requirement === 'object' ? value.requirement : null;
      const requirementId = this.data.claim?.requirementId ?? picked?.id ?? '';
      // Picking a requirement that already has a claim changes that claim.
      const existing = this.data.claim ?? this.data.claimed.get(requirementId) ?? null;
      const claim = value.claim as ClaimLevel;
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: SetVendorClaimDocument,
          variables: {
            input: {
              candidateId: this.data.candidateId,
              requirementId,
              claim,
              roadmapDate: claim === 'ROADMAP' ? value.roadmapDate || null : null,
              comment: (value.comment ?? '').trim(),
              version: existing?.version,
            },
          },
        }),
      );
      return result.data?.setVendorClaim;
    });
  }
}
