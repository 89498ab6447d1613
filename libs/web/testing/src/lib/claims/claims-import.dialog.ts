import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { VENDOR_CLAIM_COLUMNS, VendorClaimColumn, VendorClaimProblem } from '@assay/domain';
import { postUpload, uploadProblem, uploadTimer } from '@assay/web/core';
import { ErrorBannerComponent, PluralPipe } from '@assay/web/ui';

export interface ClaimsImportDialogData {
  candidateId: string;
  candidateName: string;
}

/** The import endpoint's answer (POST /api/candidates/:candidateId/vendor-claims/import). */
export interface ClaimsImportResult {
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: string | null;
  columns: VendorClaimColumn[];
  rowCount: number;
  problems: VendorClaimProblem[];
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
}

type Step = 'choose' | 'checking' | 'preview' | 'importing' | 'done';

/** Problems listed at first; a sheet with thousands of bad rows would otherwise build a table as long. */
const SHOWN = 100;
const IMPORT_WORDS = { tooLargeTo: 'import', couldNotBe: 'read' };
const FIELD_LABEL: Record<string, string> = Object.fromEntries(VENDOR_CLAIM_COLUMNS.map((c) => [c.field, c.header]));

/**
 * Imports a vendor's RFP answer sheet for one candidate, as requirements are imported: the preview
 * checks every row and writes nothing; only a sheet without problems imports, all rows at once.
 */
@Component({
  selector: 'assay-claims-import-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatIconModule, MatProgressBarModule, ErrorBannerComponent, PluralPipe],
  templateUrl: './claims-import.dialog.html',
  styleUrl: '../plans/case-import.dialog.scss',
})
export class ClaimsImportDialog {
  protected readonly data = inject<ClaimsImportDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ClaimsImportDialog, ClaimsImportResult | undefined>>(MatDialogRef);
  private readonly http = inject(HttpClient);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly columnsExpected = VENDOR_CLAIM_COLUMNS;
  protected readonly fieldLabel = FIELD_LABEL;
  protected readonly step = signal<Step>('choose');
  protected readonly file = signal<File | null>(null);
  protected readonly result = signal<ClaimsImportResult | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly timer = uploadTimer();
  protected readonly elapsed = this.timer.seconds;
  protected readonly busyText = computed(() => {
    const what = this.file()?.name ?? 'the file';
    return this.step() === 'checking' ? `Checking every row of ${what}…` : `Importing the claims of ${what}…`;
  });
  protected readonly claimCount = computed(() => {
    const result = this.result();
    return result ? result.created + result.updated + result.unchanged : 0;
  });
  protected readonly importable = computed(() => {
    const result = this.result();
    return !!result && result.problems.length === 0 && this.claimCount() > 0;
  });
  protected readonly showAll = signal(false);
  protected readonly shownProblems = computed(() => {
    const problems = this.result()?.problems ?? [];
    return this.showAll() ? problems : problems.slice(0, SHOWN);
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
    this.showAll.set(false);
    this.error.set(null);
    if (!/\.(csv|xlsx)$/i.test(file.name)) {
      this.error.set(`${file.name} is not a .csv or .xlsx file. Save the answer sheet as CSV or as an Excel workbook.`);
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
      this.showAll.set(false);
      this.step.set(result.committed ? 'done' : 'preview');
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

  private send(mode: 'preview' | 'commit', file: File): Promise<ClaimsImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    const url = `/api/candidates/${encodeURIComponent(this.data.candidateId)}/vendor-claims/import?mode=${mode}`;
    return this.timer.time(() => postUpload<ClaimsImportResult>(this.http, url, body));
  }
}
