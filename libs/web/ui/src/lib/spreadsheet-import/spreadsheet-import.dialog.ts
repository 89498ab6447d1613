import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ErrorBannerComponent } from '../error-banner.component';
import { PluralPipe } from '../plural.pipe';
import { SPREADSHEET_TYPES, SpreadsheetImport, SpreadsheetImportResult } from './spreadsheet-import';
import { uploadTimer } from './upload-timer';

type Step = 'choose' | 'checking' | 'preview' | 'importing' | 'done';

/** Problems and rows listed at first; a file with thousands of rows would otherwise build a table as long. */
const SHOWN = 100;

/**
 * Imports a spreadsheet in two steps: the preview (nothing is written) shows how each column was
 * read, how many rows there are and every problem with its line, or the rows it would change; only
 * a file without problems can be imported, all at once. Closes with the import's answer once done,
 * with nothing when cancelled. What it imports is the `SpreadsheetImport` it is opened with.
 */
@Component({
  selector: 'assay-spreadsheet-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatIconModule, MatProgressBarModule, ErrorBannerComponent, PluralPipe],
  templateUrl: './spreadsheet-import.dialog.html',
  styleUrl: './spreadsheet-import.dialog.scss',
})
export class SpreadsheetImportDialog {
  protected readonly use = inject<SpreadsheetImport>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<SpreadsheetImportDialog, SpreadsheetImportResult | undefined>>(MatDialogRef);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly accept = this.use.accept ?? SPREADSHEET_TYPES;
  protected readonly fileWord = this.use.fileWord ?? 'file';
  protected readonly step = signal<Step>('choose');
  protected readonly file = signal<File | null>(null);
  protected readonly result = signal<SpreadsheetImportResult | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly timer = uploadTimer();
  /** Seconds since the file went to the server, while it is being checked or imported. */
  protected readonly elapsed = this.timer.seconds;
  /** What the server is doing with which file; the server does not report how far it has got. */
  protected readonly busyText = computed(() => {
    const file = this.file();
    const what = file ? (this.use.describeFile?.(file) ?? file.name) : `the ${this.fileWord}`;
    return this.step() === 'checking'
      ? `Checking every row of ${what}…`
      : `Importing the ${this.use.noun}s of ${what}…`;
  });
  protected readonly count = computed(() => {
    const result = this.result();
    return result ? this.use.count(result) : 0;
  });
  protected readonly importable = computed(() => {
    const result = this.result();
    return !!result && result.problems.length === 0 && this.count() > 0;
  });
  protected readonly ready = computed(() => {
    const result = this.result();
    return result ? this.use.ready(result) : '';
  });
  protected readonly totals = computed(() => {
    const result = this.result();
    return result ? this.use.totals(result) : [];
  });
  protected readonly showAll = signal(false);
  protected readonly shownProblems = computed(() => {
    const problems = this.result()?.problems ?? [];
    return this.showAll() ? problems : problems.slice(0, SHOWN);
  });
  protected readonly problemLines = computed(() => new Set(this.result()?.problems.map((p) => p.line) ?? []).size);
  /** The rows a clean preview lists. */
  protected readonly rows = computed(() => {
    const result = this.result();
    return result && this.use.previewRows ? this.use.previewRows.rows(result) : [];
  });
  protected readonly shownRows = computed(() => (this.showAll() ? this.rows() : this.rows().slice(0, SHOWN)));

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
      this.error.set(`${file.name} is not a .csv or .xlsx file. ${this.use.saveAs}`);
      this.step.set('choose');
      return;
    }
    this.step.set('checking');
    try {
      this.result.set(await this.timer.time(() => this.use.preview(file)));
      this.step.set('preview');
    } catch (error) {
      this.error.set(this.use.describeError(error, file.name));
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
      const result = await this.timer.time(() => this.use.commit(file));
      this.result.set(result);
      this.showAll.set(false);
      this.step.set(this.use.committed(result) ? 'done' : 'preview');
    } catch (error) {
      this.error.set(this.use.describeError(error, file.name));
      this.step.set('preview');
    } finally {
      this.ref.disableClose = false;
    }
  }

  protected close(): void {
    const result = this.result();
    this.ref.close(this.step() === 'done' && result ? result : undefined);
  }
}
