import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { CASE_FILE_COLUMNS, CASE_FILE_FIELD_LABELS, CaseColumnMapping, CaseFileField } from '@assay/domain';
import { postUpload, uploadProblem, uploadTimer } from '@assay/web/core';
import { ErrorBannerComponent, PluralPipe } from '@assay/web/ui';
import { CaseImportDone } from './case-import-note';

export interface CaseImportDialogData {
  planId: string;
  planName: string;
  keyPrefix: string;
}

export type CaseImportOutcome = 'created' | 'updated' | 'new_version' | 'unchanged';

/** The import endpoint's answer (POST /api/test-plans/:planId/cases/import). */
export interface CaseImportResult {
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: string | null;
  columns: CaseColumnMapping[];
  rowCount: number;
  problems: { line: number; field: CaseFileField | null; column: string | null; message: string }[];
  cases: { line: number; key: string; title: string; outcome: CaseImportOutcome }[];
  created: number;
  /** Cases changed in place plus cases given a new version. */
  updated: number;
  newVersions: number;
  unchanged: number;
  applied: boolean;
}

type Step = 'choose' | 'checking' | 'preview' | 'importing' | 'done';

/** Problems and cases listed at first; a file with thousands of rows would otherwise build a table as long. */
const SHOWN = 100;

const IMPORT_WORDS = { tooLargeTo: 'import', couldNotBe: 'read' };

export const CASE_OUTCOME_LABEL: Record<CaseImportOutcome, string> = {
  created: 'New case',
  updated: 'Updated',
  new_version: 'New version',
  unchanged: 'Unchanged',
};

/**
 * Imports test cases from a spreadsheet in two steps, as requirements are imported: the preview
 * (the server runs the whole import and rolls it back, so the keys it shows are the ones apply
 * gives) lists each case with what would happen to it, or every problem with its line and column;
 * only a file without problems can be imported, all at once.
 */
@Component({
  selector: 'assay-case-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatIconModule, MatProgressBarModule, ErrorBannerComponent, PluralPipe],
  templateUrl: './case-import.dialog.html',
  styleUrl: './case-import.dialog.scss',
})
export class CaseImportDialog {
  protected readonly data = inject<CaseImportDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CaseImportDialog, CaseImportDone | undefined>>(MatDialogRef);
  private readonly http = inject(HttpClient);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly columnsExpected = CASE_FILE_COLUMNS;
  protected readonly fieldLabel = CASE_FILE_FIELD_LABELS;
  protected readonly outcomeLabel = CASE_OUTCOME_LABEL;
  protected readonly step = signal<Step>('choose');
  protected readonly file = signal<File | null>(null);
  protected readonly result = signal<CaseImportResult | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly timer = uploadTimer();
  protected readonly elapsed = this.timer.seconds;
  protected readonly busyText = computed(() => {
    const file = this.file();
    const what = file ? file.name : 'the file';
    return this.step() === 'checking' ? `Checking every row of ${what}…` : `Importing the cases of ${what}…`;
  });
  protected readonly importable = computed(() => {
    const result = this.result();
    return !!result && result.problems.length === 0 && result.cases.length > 0;
  });
  /** Cases the import would change; unchanged ones are counted but not listed. */
  protected readonly changes = computed(() => this.result()?.cases.filter((c) => c.outcome !== 'unchanged') ?? []);
  protected readonly showAll = signal(false);
  protected readonly shownProblems = computed(() => {
    const problems = this.result()?.problems ?? [];
    return this.showAll() ? problems : problems.slice(0, SHOWN);
  });
  protected readonly shownChanges = computed(() => (this.showAll() ? this.changes() : this.changes().slice(0, SHOWN)));
  protected readonly problemLines = computed(() => new Set(this.result()?.problems.map((p) => p.line) ?? []).size);

  protected choose(): void {
    this.fileInput()?.nativeElement.click();
  }

  protected async onFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.file.set(file);
    this.result.set(null);
    this.showAll.set(false);
    this.error.set(null);
    if (!/\.(csv|xlsx)$/i.test(file.name)) {
      this.error.set(`${file.name} is not a .csv or .xlsx file. Save the cases as CSV or as an Excel workbook.`);
      this.step.set('choose');
      return;
    }
    this.step.set('checking');
    try {
      this.result.set(await this.send('preview', file));
      this.step.set('preview');
    } catch (error) {
      this.error.set(uploadProblem(error, file.name, IMPORT_WORDS));
      this.step.set('choose');
    }
  }

  protected async import(): Promise<void> {
    const file = this.file();
    if (!file || !this.importable()) return;
    this.step.set('importing');
    this.error.set(null);
    // Once the rows are on their way they are saved; closing now would hide what was imported.
    this.ref.disableClose = true;
    try {
      const result = await this.send('apply', file);
      this.result.set(result);
      this.showAll.set(false);
      this.step.set(result.applied ? 'done' : 'preview');
    } catch (error) {
      this.error.set(uploadProblem(error, file.name, IMPORT_WORDS));
      this.step.set('preview');
    } finally {
      this.ref.disableClose = false;
    }
  }

  protected close(): void {
    const result = this.result();
    this.ref.close(this.step() === 'done' && result ? result : undefined);
  }

  private send(mode: 'preview' | 'apply', file: File): Promise<CaseImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    const url = `/api/test-plans/${encodeURIComponent(this.data.planId)}/cases/import?mode=${mode}`;
    return this.timer.time(() => postUpload<CaseImportResult>(this.http, url, body));
  }
}
