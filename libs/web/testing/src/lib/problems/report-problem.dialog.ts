import { ChangeDetectionStrategy, Component, OnInit, signal } from '@angular/core';
import { inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { DefectSeverity, FormDialog, loader } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import { DEFECT_SEVERITY_OPTIONS } from '../run/run-format';
import {
  ProblemReportFragment,
  ProblemReportProductsDocument,
  ReportProblemDocument,
} from '../testing-problems.generated';
import { screenshotProblem } from './problem-labels';

/** What the dialog hands back: the report, and why its screenshot could not be kept, if it could not. */
export interface ReportedProblem {
  report: ProblemReportFragment;
  screenshotProblem: string | null;
}

/** The short form anyone signed in fills in to report a problem with a product in use. */
@Component({
  selector: 'assay-report-problem-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>Report a problem</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        @if (productsLoad.error(); as p) {
          <assay-error-banner [message]="p.message" />
        }
        <mat-form-field appearance="outline">
          <mat-label>Product</mat-label>
          <mat-select formControlName="productId" required>
            @for (product of products(); track product.id) {
              <mat-option [value]="product.id">{{ product.name }} ({{ product.vendorName }})</mat-option>
            }
          </mat-select>
          @if (!productsLoad.loading() && products().length === 0) {
            <mat-hint>No product in use has a test plan yet; ask your systems librarian.</mat-hint>
          }
          @if (fieldError('productId'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>What happened</mat-label>
          <textarea matInput formControlName="whatHappened" rows="4" required maxlength="5000"></textarea>
          <mat-hint>The first line becomes its title.</mat-hint>
          @if (fieldError('whatHappened'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Where</mat-label>
          <input matInput formControlName="where" autocomplete="off" required maxlength="200" />
          <mat-hint>The screen or task, e.g. circulation desk, checkout</mat-hint>
          @if (fieldError('where'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>How bad</mat-label>
          <mat-select formControlName="severity" required>
            @for (severity of severities; track severity.value) {
              <mat-option [value]="severity.value">{{ severity.label }}</mat-option>
            }
          </mat-select>
          @if (fieldError('severity'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="screenshot">
          <label class="file-label" for="problem-screenshot">Screenshot (optional)</label>
          <input
            id="problem-screenshot"
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp"
            (change)="choose($any($event.target).files)"
            [attr.aria-describedby]="fileError() ? 'problem-screenshot-error' : null"
          />
          @if (fileError(); as e) {
            <p class="file-error" id="problem-screenshot-error" role="alert">{{ e }}</p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">{{ saving() ? 'Sending…' : 'Send report' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .screenshot {
      display: grid;
      gap: 4px;
      margin: 4px 0 8px;
    }
    .file-label {
      font: var(--mat-sys-body-medium);
    }
    input[type='file'] {
      max-width: 100%;
    }
    .file-error {
      margin: 0;
      color: var(--mat-sys-error);
      font-size: 13px;
    }
  `,
})
export class ReportProblemDialog extends FormDialog<ReportedProblem> implements OnInit {
  protected readonly severities = DEFECT_SEVERITY_OPTIONS;
  protected readonly productsLoad = loader({ loading: true });
  protected readonly products = signal<{ id: string; name: string; vendorName: string }[]>([]);
  protected readonly fileError = signal<string | null>(null);
  private file: File | null = null;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    productId: ['', Validators.required],
    whatHappened: ['', [Validators.required, Validators.maxLength(5000)]],
    where: ['', [Validators.required, Validators.maxLength(200)]],
    severity: ['' as DefectSeverity | '', Validators.required],
  });

  ngOnInit(): void {
    void this.productsLoad.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: ProblemReportProductsDocument, fetchPolicy: 'network-only' }),
      );
      const products = result.data?.problemReportProducts ?? [];
      this.products.set(products);
      if (products.length === 1) this.form.controls.productId.setValue(products[0].id);
    });
  }

  protected choose(files: FileList | null): void {
    const file = files?.item(0) ?? null;
    this.fileError.set(file ? screenshotProblem(file) : null);
    this.file = file;
  }

  protected save(): Promise<void> {
    if (this.fileError()) return Promise.resolve();
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: ReportProblemDocument,
          variables: {
            input: {
              productId: value.productId,
              whatHappened: value.whatHappened.trim(),
              where: value.where.trim(),
              severity: value.severity as DefectSeverity,
            },
          },
        }),
      );
      const report = result.data?.reportProblem;
      if (!report) return null;
      return { report, screenshotProblem: this.file ? await this.upload(report.id, this.file) : null };
    });
  }

  /** Sends the screenshot; the report stands either way, so a refusal is said, not thrown. */
  private async upload(defectId: string, file: File): Promise<string | null> {
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const response = await fetch(`/api/defects/${encodeURIComponent(defectId)}/screenshots`, {
        method: 'POST',
        headers: { 'X-Requested-With': 'assay' },
        body: form,
        credentials: 'same-origin',
      });
      if (response.ok) return null;
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      return body.message ?? `The screenshot could not be kept (HTTP ${response.status}).`;
    } catch {
      return 'The screenshot could not be sent. Check your connection.';
    }
  }
}
