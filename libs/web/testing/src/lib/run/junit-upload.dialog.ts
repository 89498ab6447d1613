import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { postUpload, uploadProblem } from '@assay/web/core';
import { ErrorBannerComponent, PluralPipe } from '@assay/web/ui';

export interface JUnitUploadDialogData {
  runId: string;
  /** "Circulation 6.1", for the words of the dialog. */
  runName: string;
}

/** The endpoint's answer (POST /api/test-runs/:runId/junit). */
export interface JUnitImportSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  matched: number;
  created: number;
  unmatched: string[];
}

/** Unmatched test names listed; a suite of thousands would otherwise fill the dialog. */
export const UNMATCHED_SHOWN = 20;

/**
 * Records a CI's JUnit XML report as the run's results: each test that matches a case of the plan
 * (by its automation name, key or title) sets that case's status; tests that match none are listed,
 * or become new cases when asked. Closes with the summary once results were written.
 */
@Component({
  selector: 'assay-junit-upload-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatIconModule,
    MatProgressBarModule,
    ErrorBannerComponent,
    PluralPipe,
  ],
  template: `
    <h2 mat-dialog-title>Upload JUnit results</h2>
    <mat-dialog-content>
      <input
        #fileInput
        type="file"
        class="visually-hidden"
        tabindex="-1"
        aria-hidden="true"
        accept=".xml,application/xml,text/xml"
        (change)="onFile($event)"
      />
      @if (summary(); as summary) {
        <div class="outcome" role="status">
          <mat-icon aria-hidden="true">task_alt</mat-icon>
          <div>
            <p class="big">Read {{ summary.total | plural: 'test' }} from {{ file()?.name }}.</p>
            <ul class="totals" aria-label="What the report held">
              <li>
                <strong>{{ summary.passed }}</strong> passed
              </li>
              <li>
                <strong>{{ summary.failed }}</strong> failed
              </li>
              <li>
                <strong>{{ summary.skipped }}</strong> skipped
              </li>
            </ul>
            <ul class="totals" aria-label="How the tests matched the cases">
              <li>
                <strong>{{ summary.matched }}</strong> matched a case
              </li>
              <li>
                <strong>{{ summary.created }}</strong> new cases
              </li>
              <li>
                <strong>{{ summary.unmatched.length }}</strong> matched none
              </li>
            </ul>
          </div>
        </div>
        @if (summary.unmatched.length) {
          <h3 id="unmatched-heading">Tests that matched no case (not recorded)</h3>
          <ul class="unmatched" aria-labelledby="unmatched-heading">
            @for (name of shownUnmatched(); track $index) {
              <li>{{ name }}</li>
            }
          </ul>
          @if (summary.unmatched.length > shownUnmatched().length) {
            <p class="more">and {{ summary.unmatched.length - shownUnmatched().length }} more</p>
          }
          <p class="hint">
            To record them, give the case each one tests the test's name as its automation name, or upload again with
            “Create cases for tests that match none” ticked.
          </p>
        }
      } @else {
        <p class="intro">
          Choose the JUnit XML report your CI wrote (Jest, pytest, Maven, Gradle …). Each test that matches a case of
          the plan — by the case's automation name, its key in the test's name, or its title — records that case's
          status in {{ data.runName }}, replacing what was there.
        </p>
        <div class="file-row">
          <button mat-stroked-button type="button" (click)="choose()" [disabled]="uploading()">
            <mat-icon>upload_file</mat-icon> {{ file() ? 'Choose another file' : 'Choose file' }}
          </button>
          @if (file(); as file) {
            <span class="file-name">{{ file.name }}</span>
          }
        </div>
        <mat-checkbox [(ngModel)]="createMissing" [disabled]="uploading()">
          Create cases for tests that match none
        </mat-checkbox>
        @if (error(); as message) {
          <assay-error-banner [message]="message" />
        }
        @if (uploading()) {
          <div class="busy">
            <mat-progress-bar mode="indeterminate" aria-label="Uploading the report" />
            <p role="status" aria-live="polite">Reading {{ file()?.name }} and recording the results…</p>
          </div>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (summary()) {
        <button mat-flat-button type="button" (click)="close()" cdkFocusInitial>Done</button>
      } @else {
        <button mat-button type="button" (click)="close()" [disabled]="uploading()">Cancel</button>
        <button mat-flat-button type="button" (click)="upload()" [disabled]="!file() || uploading()">
          {{ uploading() ? 'Uploading…' : 'Upload' }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .intro,
    .hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .file-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-bottom: 8px;
    }
    .file-name {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .busy {
      display: grid;
      gap: 8px;
      padding: 8px 0;
    }
    .busy p {
      margin: 0;
    }
    .outcome {
      display: flex;
      gap: 16px;
      align-items: flex-start;
    }
    .outcome mat-icon {
      font-size: 40px;
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
    .big {
      font: var(--mat-sys-title-medium);
      margin: 4px 0 8px;
    }
    .totals {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin: 0 0 8px;
      padding: 0;
    }
    h3 {
      margin: 16px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .unmatched {
      margin: 0;
      padding-left: 20px;
      overflow-wrap: anywhere;
    }
    .more {
      margin: 4px 0 8px;
    }
  `,
})
export class JUnitUploadDialog {
  protected readonly data = inject<JUnitUploadDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<JUnitUploadDialog, JUnitImportSummary | undefined>>(MatDialogRef);
  private readonly http = inject(HttpClient);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly file = signal<File | null>(null);
  protected createMissing = false;
  protected readonly uploading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly summary = signal<JUnitImportSummary | null>(null);
  protected readonly shownUnmatched = computed(() => (this.summary()?.unmatched ?? []).slice(0, UNMATCHED_SHOWN));

  protected choose(): void {
    this.fileInput()?.nativeElement.click();
  }

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.error.set(/\.xml$/i.test(file.name) ? null : `${file.name} is not an .xml file. Choose the JUnit XML report.`);
    this.file.set(this.error() ? null : file);
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    if (!file || this.uploading()) return;
    this.uploading.set(true);
    this.error.set(null);
    // Once the report is on its way its results are written; closing now would hide what happened.
    this.ref.disableClose = true;
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      const query = this.createMissing ? '?createMissing=true' : '';
      const url = `/api/test-runs/${encodeURIComponent(this.data.runId)}/junit${query}`;
      this.summary.set(await postUpload<JUnitImportSummary>(this.http, url, body));
    } catch (error) {
      this.error.set(uploadProblem(error, file.name, { tooLargeTo: 'upload', couldNotBe: 'uploaded' }));
    } finally {
      this.uploading.set(false);
      this.ref.disableClose = false;
    }
  }

  protected close(): void {
    this.ref.close(this.summary() ?? undefined);
  }
}
