import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { installedOnProblems, latestToday } from '@assay/domain';
import { FormDialog, InstallationKind } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  InstallationFieldsFragment,
  RecordInstallationDocument,
  UpdateInstallationDocument,
} from './installations.generated';
import { INSTALLATION_KIND_OPTIONS } from './installation-labels';
import { AcceptingRunOption } from './installations.store';

export interface InstallationDialogData {
  productId: string;
  productName: string;
  versions: { id: string; name: string; releaseDate?: string | null }[];
  runs: AcceptingRunOption[];
  /** Who may be named as having applied it: the person recording, then the people named on the plans. */
  people: { id: string; displayName: string }[];
  me: { id: string; displayName: string };
  /** The installation to change; null to record a new one. */
  installation: InstallationFieldsFragment | null;
}

const NOTES_MAX = 5000;

/** Records or changes one installation: the version, its kind, the day, who applied it, the run that accepted it. */
@Component({
  selector: 'assay-installation-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.installation ? 'Change the installation' : 'Record an installation' }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner
            [message]="p.message"
            [retryable]="p.code === 'CONFLICT'"
            actionLabel="Reload"
            (retry)="reload()"
          />
        }
        <p class="context">What was installed on {{ data.productName }}.</p>
        <mat-form-field appearance="outline">
          <mat-label>Kind</mat-label>
          <mat-select formControlName="kind" required>
            @for (option of kinds; track option.value) {
              <mat-option [value]="option.value">{{ option.label }}</mat-option>
            }
          </mat-select>
          @if (fieldError('kind'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Version installed</mat-label>
          <mat-select formControlName="productVersionId" required>
            @for (version of data.versions; track version.id) {
              <mat-option [value]="version.id">{{ version.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>Name the build or patch level in the notes.</mat-hint>
          @if (fieldError('productVersionId'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Installed on</mat-label>
          <input matInput type="date" formControlName="installedOn" [max]="today" required />
          @if (fieldError('installedOn'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Applied by</mat-label>
          <mat-select formControlName="appliedById" required>
            @for (person of people; track person.id) {
              <mat-option [value]="person.id">{{ person.displayName }}</mat-option>
            }
          </mat-select>
          @if (fieldError('appliedById'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Accepted by the run</mat-label>
          <mat-select formControlName="acceptingRunId">
            <mat-option [value]="null">No run (not tested before it went in)</mat-option>
            @for (run of runs(); track run.id) {
              <mat-option [value]="run.id">{{ run.label }}</mat-option>
            }
          </mat-select>
          <mat-hint>
            {{
              runs().length
                ? 'Runs of the product’s plans on the version installed.'
                : 'No run of the product’s plans tested this version.'
            }}
          </mat-hint>
          @if (fieldError('acceptingRunId'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Notes</mat-label>
          <textarea matInput formControlName="notes" rows="3" [maxlength]="notesMax"></textarea>
          <mat-hint>The build, the change window, anything a person chasing a failure would want to know.</mat-hint>
          @if (fieldError('notes'); as e) {
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
  `,
})
export class InstallationDialog extends FormDialog<InstallationFieldsFragment> {
  protected readonly data = inject<InstallationDialogData>(MAT_DIALOG_DATA);
  protected readonly kinds = INSTALLATION_KIND_OPTIONS;
  protected readonly notesMax = NOTES_MAX;
  /** The latest date that is today anywhere: the date field offers nothing later. */
  protected readonly today = latestToday(new Date());
  protected readonly people = this.peopleToChoose();

  protected readonly form = inject(FormBuilder).group({
    kind: [(this.data.installation?.kind ?? 'PATCH') as InstallationKind, Validators.required],
    productVersionId: [this.data.installation?.productVersionId ?? this.latestVersion(), Validators.required],
    installedOn: [
      this.data.installation?.installedOn ?? new Date().toISOString().slice(0, 10),
      [
        Validators.required,
        (control: { value: unknown }) => {
          const value = String(control.value ?? '');
          // A date already on record stays as it is; a new one must not be in the future.
          if (!value || value === this.data.installation?.installedOn) return null;
          const [problem] = installedOnProblems(value, new Date());
          return problem ? { server: problem } : null;
        },
      ],
    ],
    appliedById: [this.data.installation?.appliedBy?.id ?? this.data.me.id, Validators.required],
    acceptingRunId: [this.data.installation?.acceptingRun?.id ?? (null as string | null)],
    notes: [this.data.installation?.notes ?? '', Validators.maxLength(NOTES_MAX)],
  });

  private readonly version = toSignal(this.form.controls.productVersionId.valueChanges, {
    initialValue: this.form.controls.productVersionId.value,
  });
  /** Runs on the version chosen: only they can have accepted it. */
  protected readonly runs = computed(() => this.data.runs.filter((run) => run.productVersionId === this.version()));

  constructor() {
    super();
    // A run on another version cannot accept this installation: choosing another version clears it.
    this.form.controls.productVersionId.valueChanges.subscribe((versionId) => {
      const run = this.data.runs.find((option) => option.id === this.form.controls.acceptingRunId.value);
      if (run && run.productVersionId !== versionId) this.form.controls.acceptingRunId.setValue(null);
    });
  }

  /** The newest release: by release date, then by name read as numbers (6.10 after 6.9). */
  private latestVersion(): string | null {
    const newest = [...this.data.versions].sort(
      (a, b) =>
        (b.releaseDate ?? '').localeCompare(a.releaseDate ?? '') ||
        b.name.localeCompare(a.name, undefined, { numeric: true }),
    )[0];
    return newest?.id ?? null;
  }

  private peopleToChoose(): { id: string; displayName: string }[] {
    const chosen = this.data.installation?.appliedBy;
    const all = [this.data.me, ...this.data.people, ...(chosen ? [chosen] : [])];
    return [...new Map(all.map((person) => [person.id, person])).values()];
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const fields = {
        kind: value.kind as InstallationKind,
        productVersionId: value.productVersionId ?? '',
        installedOn: value.installedOn ?? '',
        appliedById: value.appliedById ?? undefined,
        notes: (value.notes ?? '').trim(),
      };
      const existing = this.data.installation;
      if (existing) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateInstallationDocument,
            variables: {
              input: { id: existing.id, version: existing.version, ...fields, acceptingRunId: value.acceptingRunId },
            },
          }),
        );
        return result.data?.updateInstallation;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: RecordInstallationDocument,
          variables: {
            input: { productId: this.data.productId, ...fields, acceptingRunId: value.acceptingRunId ?? undefined },
          },
        }),
      );
      return result.data?.recordInstallation;
    });
  }
}
