import { ChangeDetectionStrategy, Component, DestroyRef, inject, OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormArray,
  FormBuilder,
  FormControl,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormDialog, ScaleStepInput } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { Rubric } from './rubric.store';

export interface ScaleDialogData {
  scaleMin: number;
  scaleMax: number;
  descriptors: { value: number; label: string }[];
  run: (scaleMin: number, scaleMax: number, descriptors: ScaleStepInput[]) => Promise<Rubric | null>;
}

/** At most this many points on a scale: more cannot be told apart when scoring. */
const MAX_POINTS = 11;

/** The highest score sits above the lowest, with at most MAX_POINTS points between them. */
function range(control: AbstractControl): ValidationErrors | null {
  const max = control.value as number | null;
  const min = control.parent?.get('scaleMin')?.value as number | null | undefined;
  if (max === null || min === null || min === undefined) return null;
  if (max <= min) return { belowMin: true };
  if (max - min + 1 > MAX_POINTS) return { tooMany: true };
  return null;
}

/** The scoring scale: its lowest and highest point, and what each point means (the anchor evaluators score against). */
@Component({
  selector: 'assay-scale-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>Scoring scale</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <p class="hint">
          Every criterion is scored on this scale. Say what each point means, so that evaluators score alike.
        </p>
        <div class="row">
          <mat-form-field appearance="outline">
            <mat-label>Lowest score</mat-label>
            <input matInput type="number" formControlName="scaleMin" min="0" max="99" step="1" required />
            @if (fieldError('scaleMin'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Highest score</mat-label>
            <input matInput type="number" formControlName="scaleMax" min="1" max="100" step="1" required />
            <mat-hint>Up to {{ maxPoints }} points in all</mat-hint>
            @if (scaleMaxError(); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
        </div>
        <fieldset formArrayName="descriptors">
          <legend>What each score means</legend>
          @for (control of descriptors.controls; track $index; let i = $index) {
            <mat-form-field appearance="outline">
              <mat-label>{{ values[i] }}</mat-label>
              <input matInput [formControlName]="i" autocomplete="off" required />
              @if (descriptorError(i); as e) {
                <mat-error>{{ e }}</mat-error>
              }
            </mat-form-field>
          }
          @if (fieldError('descriptors'); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
        </fieldset>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Saving…' : 'Save scale' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    fieldset {
      border: 0;
      padding: 0;
      margin: 8px 0 0;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 8px;
    }
    .error {
      color: var(--mat-sys-error);
      font-size: 13px;
      margin: 0;
    }
  `,
})
export class ScaleDialog extends FormDialog<Rubric> implements OnInit {
  protected readonly data = inject<ScaleDialogData>(MAT_DIALOG_DATA);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly maxPoints = MAX_POINTS;
  /** Labels typed so far, by value, kept while the range changes. */
  private readonly labels = new Map(this.data.descriptors.map((d) => [d.value, d.label]));
  protected values: number[] = [];

  protected readonly form = inject(FormBuilder).group({
    scaleMin: [this.data.scaleMin as number | null, [Validators.required, Validators.min(0), Validators.max(99)]],
    scaleMax: [
      this.data.scaleMax as number | null,
      [Validators.required, Validators.min(1), Validators.max(100), range],
    ],
    descriptors: new FormArray<FormControl<string | null>>([]),
  });
  protected readonly descriptors = this.form.controls.descriptors;

  ngOnInit(): void {
    this.rebuild();
    this.form.controls.scaleMin.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      this.form.controls.scaleMax.updateValueAndValidity({ emitEvent: false });
      this.form.controls.scaleMax.markAsTouched();
      this.rebuild();
    });
    this.form.controls.scaleMax.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.rebuild());
  }

  protected scaleMaxError(): string | null {
    const errors = this.form.controls.scaleMax.errors;
    if (errors?.['belowMin']) return 'Must be above the lowest score.';
    if (errors?.['tooMany']) return `At most ${MAX_POINTS} points.`;
    return this.fieldError('scaleMax');
  }

  protected descriptorError(index: number): string | null {
    const control = this.descriptors.at(index);
    return control.errors?.['required'] && control.touched ? 'Say what this score means.' : null;
  }

  protected save(): Promise<void> {
    return this.submit(() => {
      const { scaleMin, scaleMax } = this.form.getRawValue();
      const descriptors = this.values.map((value, i) => ({
        value,
        label: (this.descriptors.at(i).value ?? '').trim(),
      }));
      return this.data.run(Number(scaleMin), Number(scaleMax), descriptors);
    });
  }

  /** One descriptor field per point of the scale, keeping what was typed for each value. */
  private rebuild(): void {
    this.values.forEach((value, i) => this.labels.set(value, this.descriptors.at(i)?.value ?? ''));
    const { scaleMin, scaleMax } = this.form.getRawValue();
    const values: number[] = [];
    if (
      scaleMin !== null &&
      scaleMax !== null &&
      Number.isInteger(scaleMin) &&
      Number.isInteger(scaleMax) &&
      scaleMax > scaleMin &&
      scaleMax - scaleMin < MAX_POINTS
    ) {
      for (let value = scaleMin; value <= scaleMax; value++) values.push(value);
    } else {
      return; // keep the fields until the range makes sense again
    }
    this.values = values;
    this.descriptors.clear({ emitEvent: false });
    for (const value of values)
      this.descriptors.push(
        new FormControl(this.labels.get(value) ?? '', [Validators.required, Validators.maxLength(200)]),
        { emitEvent: false },
      );
  }
}
