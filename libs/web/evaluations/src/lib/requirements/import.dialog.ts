import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { REQUIREMENT_COLUMNS, RequirementField } from '@assay/domain';
import { postUpload, uploadProblem, uploadTimer } from '@assay/web/core';
import { ErrorBannerComponent, PluralPipe } from '@assay/web/ui';

export interface ImportDialogData {
  evaluationId: string;
  evaluationTitle: string;
  /** Department heads import only their own department's rows. */
  departmentNote?: string;
}

/** The import endpoint's answer (POST /api/evaluations/:id/requirements/import). */
export interface ImportResult {
  /** The encoding a CSV file was read in ("UTF-8", "UTF-16 LE", "UTF-16 BE", "Windows-1252"); null for a workbook. */
  encoding: string | null;
  columns: { index: number; header: string; field: RequirementField | null }[];
  rowCount: number;
  problems: { line: number; field: RequirementField | null; message: string }[];
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
}

type Step = 'choose' | 'checking' | 'preview' | 'importing' | 'done';

/** Problems listed at first; a file with thousands of bad rows would otherwise build a table as long. */
const PROBLEMS_SHOWN = 100;

const IMPORT_WORDS = { tooLargeTo: 'import', couldNotBe: 'read' };

const FIELD_LABEL: Record<RequirementField, string> = Object.fromEntries(
  REQUIREMENT_COLUMNS.map((column) => [column.field, column.header]),
) as Record<RequirementField, string>;

/**
 * Imports requirements from a spreadsheet in two steps: the preview (nothing is written) shows
 * how each column was read, how many rows there are and every problem with its line; only a file
 * without problems can be imported, all at once. Closes with true when something was imported.
 */
@Component({
  selector: 'assay-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatIconModule, MatProgressBarModule, ErrorBannerComponent, PluralPipe],
  templateUrl: './import.dialog.html',
  styleUrl: './import.dialog.scss',
})
export class ImportDialog {
  protected readonly data = inject<ImportDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ImportDialog, boolean>>(MatDialogRef);
  private readonly http = inject(HttpClient);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly columnsExpected = REQUIREMENT_COLUMNS;
  protected readonly fieldLabel = FIELD_LABEL;
  protected readonly step = signal<Step>('choose');
  protected readonly file = signal<File | null>(null);
  protected readonly result = signal<ImportResult | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly timer = uploadTimer();
  /** Seconds since the file went to the server, while it is being checked or imported. */
  protected readonly elapsed = this.timer.seconds;
  /** What the server is doing with which file; the server does not report how far it has got. */
  protected readonly busyText = computed(() => {
    const file = this.file();
    const what = file ? `${file.name} (${fileSize(file.size)})` : 'the file';
    return this.step() === 'checking' ? `Checking every row of ${what}…` : `Importing the rows of ${what}…`;
  });
  protected readonly importable = computed(() => {
    const result = this.result();
    return !!result && result.problems.length === 0 && result.rowCount > 0;
  });
  /** How many problems each line has, for the summary. */
  protected readonly showAllProblems = signal(false);
  protected readonly shownProblems = computed(() => {
    const problems = this.result()?.problems ?? [];
    return this.showAllProblems() ? problems : problems.slice(0, PROBLEMS_SHOWN);
  });
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
    this.showAllProblems.set(false);
    this.error.set(null);
    if (!/\.(csv|xlsx)$/i.test(file.name)) {
      this.error.set(
        `${file.name} is not a .csv or .xlsx file. Save the list as CSV or as an Excel workbook and choose it again.`,
      );
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
      const result = await this.send('commit', file);
      this.result.set(result);
      this.step.set(result.committed ? 'done' : 'preview');
    } catch (error) {
      this.error.set(uploadProblem(error, file.name, IMPORT_WORDS));
      this.step.set('preview');
    } finally {
      this.ref.disableClose = false;
    }
  }

  protected close(): void {
    this.ref.close(this.step() === 'done');
  }

  private send(mode: 'preview' | 'commit', file: File): Promise<ImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    const url = `/api/evaluations/${encodeURIComponent(this.data.evaluationId)}/requirements/import?mode=${mode}`;
    return this.timer.time(() => postUpload<ImportResult>(this.http, url, body));
  }
}

/** A file size as people read it: "830 B", "42 KB", "1.4 MB". */
function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
