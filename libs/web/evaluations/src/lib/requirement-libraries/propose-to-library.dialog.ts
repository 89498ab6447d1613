import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog } from '@assay/web/core';
import { ErrorBannerComponent, LoadingComponent, plural } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { ProposeRequirementsToLibraryDocument } from '../requirement-libraries.generated';
import { LibraryChoice } from './library-choice';

export interface ProposeToLibraryDialogData {
  /** The selected requirements; only the approved ones can be proposed. */
  requirements: { id: string; code: string; approved: boolean }[];
}

export interface ProposeToLibraryResult {
  libraryName: string;
  proposed: number;
  /** The draft version the requirements went into. */
  draftVersion: number | null;
}

/**
 * Proposes an evaluation's approved requirements back into a requirement library: they go into the
 * library's draft version (an item with the same code takes the requirement's text), which the
 * library's maintainers review and publish.
 */
@Component({
  selector: 'assay-propose-to-library-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    ErrorBannerComponent,
    LoadingComponent,
  ],
  template: `
    <h2 mat-dialog-title>Propose to a library</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (approved().length) {
          <p>{{ approvedWords() }} The library’s maintainers review the draft and publish it.</p>
        } @else {
          <p class="note" role="note">
            Only approved requirements can be proposed to a library, and none of the selected ones is approved.
          </p>
        }
        @if (leftOut().length) {
          <p class="note" role="note">Not approved, so left out: {{ leftOut().join(', ') }}.</p>
        }
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        @if (loadError(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="true" (retry)="load()" />
        } @else if (loading()) {
          <assay-loading label="Loading libraries…" />
        } @else if (libraries().length === 0) {
          <p class="note" role="note">There is no requirement library yet: an administrator or a lead creates one.</p>
        } @else if (approved().length) {
          <mat-form-field appearance="outline">
            <mat-label>Library</mat-label>
            <mat-select formControlName="libraryId" required>
              @for (library of libraries(); track library.id) {
                <mat-option [value]="library.id">{{ library.name }}</mat-option>
              }
            </mat-select>
            @if (fieldError('libraryId'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving() || libraries().length === 0 || !approved().length">
          {{ saving() ? 'Proposing…' : 'Propose' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ProposeToLibraryDialog extends FormDialog<ProposeToLibraryResult> implements OnInit {
  protected readonly data = inject<ProposeToLibraryDialogData>(MAT_DIALOG_DATA);
  protected readonly approved = computed(() => this.data.requirements.filter((r) => r.approved));
  protected readonly leftOut = computed(() =>
    this.data.requirements
      .filter((r) => !r.approved)
      .map((r) => r.code)
      .sort(),
  );
  protected readonly approvedWords = computed(() => {
    const approved = this.approved();
    return approved.length === 1
      ? `${approved[0].code} goes into the library’s draft: it replaces an item with the same code, or is added.`
      : `These ${plural(approved.length, 'approved requirement')} go into the library’s draft: each replaces an item with the same code, or is added.`;
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({ libraryId: ['', Validators.required] });
  protected readonly choice = new LibraryChoice(this.apollo, this.form.controls.libraryId);
  protected readonly loading = this.choice.loading;
  protected readonly loadError = this.choice.error;
  protected readonly libraries = this.choice.libraries;

  ngOnInit(): void {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.choice.load();
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const { libraryId } = this.form.getRawValue();
      const requirementIds = this.approved().map((r) => r.id);
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: ProposeRequirementsToLibraryDocument,
          variables: { input: { libraryId, requirementIds } },
        }),
      );
      const library = result.data?.proposeRequirementsToLibrary;
      if (!library) return null;
      const draft = library.versions.find((version) => version.status === 'DRAFT');
      return { libraryName: library.name, proposed: requirementIds.length, draftVersion: draft?.number ?? null };
    });
  }
}
