import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Problem, problemOf } from '@assay/web/core';
import {
  ReferenceQuestionFieldsFragment,
  ReferenceQuestionsDocument,
  SaveReferenceQuestionDocument,
} from '../research.generated';
import { ErrorBannerComponent, LoadingComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

interface EditableQuestion {
  question: ReferenceQuestionFieldsFragment;
  text: string;
}

/** The questions asked in every reference check: add, reword, stop asking (deactivate). */
@Component({
  selector: 'assay-reference-questions-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSlideToggleModule,
    ErrorBannerComponent,
    LoadingComponent,
  ],
  template: `
    <h2 mat-dialog-title>Reference questions</h2>
    <mat-dialog-content>
      <p class="hint">Every reference check offers one answer field per active question, in this order.</p>
      @if (problem(); as p) {
        <assay-error-banner [message]="p.message" [retryable]="p.stale" actionLabel="Reload" (retry)="load()" />
      }
      <form class="add" (ngSubmit)="add()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>New question</mat-label>
          <input matInput name="newQuestion" [(ngModel)]="newText" autocomplete="off" maxlength="1000" />
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="busy() || !newText.trim()">
          <mat-icon>add</mat-icon> Add
        </button>
      </form>
      @if (loading()) {
        <assay-loading label="Loading questions…" />
      } @else {
        <ol class="questions">
          @for (row of rows(); track row.question.id) {
            <li [class.inactive]="!row.question.active">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>Question {{ $index + 1 }}</mat-label>
                <input
                  matInput
                  [name]="'q' + row.question.id"
                  [(ngModel)]="row.text"
                  autocomplete="off"
                  maxlength="1000"
                  (keydown.enter)="$event.preventDefault(); save(row)"
                />
              </mat-form-field>
              <div class="row-actions">
                <mat-slide-toggle [checked]="row.question.active" (change)="save(row, $event.checked)"
                  >Asked</mat-slide-toggle
                >
                @if (row.text.trim() !== row.question.text) {
                  <button mat-button type="button" (click)="save(row)" [disabled]="busy() || !row.text.trim()">
                    Save
                  </button>
                }
              </div>
            </li>
          } @empty {
            <li class="none">No questions yet.</li>
          }
        </ol>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" [mat-dialog-close]="true">Done</button>
    </mat-dialog-actions>
  `,
  styles: `
    .hint {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .add {
      display: flex;
      gap: 8px;
      align-items: center;
      margin-bottom: 12px;
    }
    .add mat-form-field {
      flex: 1;
    }
    .questions {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .questions li {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .questions mat-form-field {
      flex: 1 1 280px;
    }
    .row-actions {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .inactive mat-form-field {
      opacity: 0.6;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReferenceQuestionsDialog implements OnInit {
  private readonly apollo = inject(Apollo);
  protected readonly rows = signal<EditableQuestion[]>([]);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected newText = '';

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: ReferenceQuestionsDocument, variables: { includeInactive: true } }),
      );
      this.rows.set((result.data?.referenceQuestions ?? []).map((question) => ({ question, text: question.text })));
    } catch (error) {
      this.problem.set(problemOf(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async add(): Promise<void> {
    const text = this.newText.trim();
    if (!text) return;
    if (await this.run({ text })) this.newText = '';
  }

  protected async save(row: EditableQuestion, active = row.question.active): Promise<void> {
    if (!row.text.trim()) return;
    await this.run({ id: row.question.id, version: row.question.version, text: row.text.trim(), active });
  }

  private async run(input: { id?: string; version?: number; text: string; active?: boolean }): Promise<boolean> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: SaveReferenceQuestionDocument, variables: { input } }));
      await this.load();
      return true;
    } catch (error) {
      this.problem.set(problemOf(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
