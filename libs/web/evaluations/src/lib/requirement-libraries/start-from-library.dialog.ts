import { ChangeDetectionStrategy, Component, computed, inject, OnInit } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog } from '@assay/web/core';
import { ErrorBannerComponent, LoadingComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  StartRequirementsFromLibraryDocument,
  StartRequirementsFromLibraryMutation,
} from '../requirement-libraries.generated';
import { LibraryChoice } from './library-choice';

export interface StartFromLibraryDialogData {
  evaluationId: string;
  evaluationTitle: string;
}

export type StartFromLibraryResult = StartRequirementsFromLibraryMutation['startRequirementsFromLibrary'] & {
  libraryName: string;
};

/** Copies a published version of a requirement library into an evaluation's requirements, all at once. */
@Component({
  selector: 'assay-start-from-library-dialog',
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
    <h2 mat-dialog-title>Start from a library</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>
          The library’s requirements are copied into {{ data.evaluationTitle }} as proposed requirements, each keeping
          which library item and version it came from; you then edit them freely. Codes already used here stop the copy:
          nothing is copied then.
        </p>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        @if (loadError(); as p) {
          <assay-error-banner [message]="p.message" [retryable]="true" (retry)="load()" />
        } @else if (loading()) {
          <assay-loading label="Loading libraries…" />
        } @else if (libraries().length === 0) {
          <p class="note" role="note">No library has a published version yet.</p>
        } @else {
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
          <mat-form-field appearance="outline">
            <mat-label>Version</mat-label>
            <mat-select formControlName="version" required>
              @for (version of versions(); track version.number) {
                <mat-option [value]="version.number"
                  >Version {{ version.number }} ({{ version.itemCount }} requirements)</mat-option
                >
              }
            </mat-select>
            @if (fieldError('version'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving() || libraries().length === 0">
          {{ saving() ? 'Copying…' : 'Copy requirements' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class StartFromLibraryDialog extends FormDialog<StartFromLibraryResult> implements OnInit {
  protected readonly data = inject<StartFromLibraryDialogData>(MAT_DIALOG_DATA);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    libraryId: ['', Validators.required],
    version: [0, [Validators.required, Validators.min(1)]],
  });
  /** Libraries with at least one published version. */
  protected readonly choice = new LibraryChoice(this.apollo, this.form.controls.libraryId, (library) =>
    Boolean(library.latestPublished),
  );
  protected readonly loading = this.choice.loading;
  protected readonly loadError = this.choice.error;
  protected readonly libraries = this.choice.libraries;
  private readonly chosen = toSignal(this.form.controls.libraryId.valueChanges, { initialValue: '' });
  protected readonly versions = computed(
    () =>
      this.libraries()
        .find((library) => library.id === this.chosen())
        ?.versions.filter((version) => version.status === 'PUBLISHED') ?? [],
  );

  constructor() {
    super();
    this.form.controls.libraryId.valueChanges.subscribe((id) => {
      const library = this.libraries().find((candidate) => candidate.id === id);
      this.form.controls.version.setValue(library?.latestPublished ?? 0);
    });
  }

  ngOnInit(): void {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.choice.load();
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const { libraryId, version } = this.form.getRawValue();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: StartRequirementsFromLibraryDocument,
          variables: { input: { evaluationId: this.data.evaluationId, libraryId, version } },
        }),
      );
      const copied = result.data?.startRequirementsFromLibrary;
      const libraryName = this.choice.nameOf(libraryId);
      return copied ? { ...copied, libraryName } : null;
    });
  }
}
