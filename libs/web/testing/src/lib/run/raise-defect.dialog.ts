import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DefectSeverity, FormDialog } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { DefectComponentsDocument, RaiseDefectDocument, RaiseDefectMutation } from '../testing-runs.generated';
import { DEFECT_SEVERITY_OPTIONS } from './run-format';

export type RaisedDefect = RaiseDefectMutation['createDefect'];

export interface RaiseDefectDialogData {
  /** The failed result the defect is raised from (saved as failed). */
  resultId: string;
  /** Evaluation runs: the evaluation, whose earlier components are suggested. */
  evaluationId: string | null;
  caseKey: string;
  title: string;
  severity: DefectSeverity;
  /** The case's steps and what happened, as the defect will describe them. */
  description: string;
}

/**
 * Raises a defect from a failed result: prefilled from the case (title, severity from its
 * priority, the steps with what happened), linked to the result and found on its candidate.
 */
@Component({
  selector: 'assay-raise-defect-dialog',
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
    <h2 mat-dialog-title>Raise a defect from {{ data.caseKey }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Title</mat-label>
          <input matInput formControlName="title" autocomplete="off" required maxlength="300" />
          @if (fieldError('title'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Severity</mat-label>
            <mat-select formControlName="severity" required>
              @for (option of severities; track option.value) {
                <mat-option [value]="option.value">{{ option.label }}</mat-option>
              }
            </mat-select>
            <mat-hint>From the case’s priority</mat-hint>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Component</mat-label>
            <input
              matInput
              formControlName="component"
              autocomplete="off"
              maxlength="200"
              [matAutocomplete]="components"
            />
            <mat-autocomplete #components="matAutocomplete">
              @for (component of matchingComponents(); track component) {
                <mat-option [value]="component">{{ component }}</mat-option>
              }
            </mat-autocomplete>
            <mat-hint>e.g. Circulation, OPAC</mat-hint>
            @if (fieldError('component'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Vendor’s ticket</mat-label>
            <input matInput formControlName="vendorTicketRef" autocomplete="off" maxlength="200" />
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Description</mat-label>
          <textarea matInput formControlName="description" rows="10" maxlength="50000"></textarea>
          <mat-hint>The steps and what happened; edit as needed.</mat-hint>
          @if (fieldError('description'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Raising…' : 'Raise defect' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class RaiseDefectDialog extends FormDialog<RaisedDefect> implements OnInit {
  protected readonly data = inject<RaiseDefectDialogData>(MAT_DIALOG_DATA);
  protected readonly severities = DEFECT_SEVERITY_OPTIONS;
  private readonly knownComponents = signal<string[]>([]);
  protected readonly matchingComponents = signal<string[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: [this.data.title, [Validators.required, Validators.maxLength(300)]],
    severity: [this.data.severity, Validators.required],
    component: ['', Validators.maxLength(200)],
    vendorTicketRef: ['', Validators.maxLength(200)],
    description: [this.data.description, Validators.maxLength(50000)],
  });

  ngOnInit(): void {
    this.form.controls.component.valueChanges.subscribe((text) => this.suggest(text));
    const evaluationId = this.data.evaluationId;
    if (evaluationId) {
      // Suggestions only: without them the field still takes any text.
      firstValueFrom(this.apollo.query({ query: DefectComponentsDocument, variables: { evaluationId } }))
        .then((result) => {
          this.knownComponents.set(result.data?.evaluation.defectComponents ?? []);
          this.suggest(this.form.controls.component.value);
        })
        .catch(() => undefined);
    }
  }

  private suggest(text: string): void {
    const words = text.trim().toLowerCase();
    this.matchingComponents.set(this.knownComponents().filter((c) => c.toLowerCase().includes(words)));
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: RaiseDefectDocument,
          variables: {
            input: {
              fromResultId: this.data.resultId,
              title: value.title.trim(),
              severity: value.severity,
              component: value.component.trim() || undefined,
              vendorTicketRef: value.vendorTicketRef.trim() || undefined,
              description: value.description.trim() || undefined,
            },
          },
        }),
      );
      return result.data?.createDefect;
    });
  }
}
