import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { loader } from '@assay/web/core';
import { ErrorBannerComponent, LoadingComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { TEST_PRIORITY } from '../plans/test-labels';
import { TestCaseVersionsDocument, TestCaseVersionsQuery } from '../testing-plans.generated';

export interface CaseVersionsDialogData {
  caseId: string;
  key: string;
}

type Version = TestCaseVersionsQuery['testCase']['versions'][number];

/** A case's text as it was in each version: pick one, read it. Results keep the version they ran. */
@Component({
  selector: 'assay-case-versions-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    ErrorBannerComponent,
    LoadingComponent,
  ],
  template: `
    <h2 mat-dialog-title>Versions of {{ data.key }}</h2>
    <mat-dialog-content>
      @if (load.error(); as p) {
        <assay-error-banner [message]="p.message" [retryable]="true" (retry)="fetch()" />
      } @else if (load.loading()) {
        <assay-loading label="Loading versions…" />
      } @else if (shown(); as version) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Version</mat-label>
          <mat-select [ngModel]="number()" (ngModelChange)="number.set($event)">
            @for (v of versions(); track v.number) {
              <mat-option [value]="v.number"
                >Version {{ v.number }} · {{ v.createdAt | date: 'medium'
                }}{{ v.number === current() ? ' (current)' : '' }}</mat-option
              >
            }
          </mat-select>
        </mat-form-field>
        <article class="version" aria-live="polite">
          <h3>{{ version.title }}</h3>
          <p class="meta">
            Priority {{ priority[version.priority]
            }}{{ version.tags.length ? ' · Tags ' + version.tags.join(', ') : '' }}
          </p>
          @if (version.preconditions) {
            <h4>Preconditions</h4>
            <p class="text">{{ version.preconditions }}</p>
          }
          <h4>Steps</h4>
          @if (version.steps.length) {
            <ol>
              @for (step of version.steps; track $index) {
                <li>
                  <span class="text">{{ step.action }}</span>
                  @if (step.expected) {
                    <span class="expected">Expected: {{ step.expected }}</span>
                  }
                </li>
              }
            </ol>
          } @else {
            <p class="meta">No steps.</p>
          }
        </article>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .version {
      margin-top: 12px;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    h4 {
      margin: 12px 0 4px;
      font: var(--mat-sys-title-small);
    }
    .meta,
    .expected {
      color: var(--mat-sys-on-surface-variant);
      font-size: 13px;
    }
    .expected {
      display: block;
    }
    .text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    ol {
      padding-left: 20px;
      margin: 0;
    }
    li {
      margin-bottom: 6px;
    }
  `,
})
export class CaseVersionsDialog implements OnInit {
  private readonly apollo = inject(Apollo);
  protected readonly data = inject<CaseVersionsDialogData>(MAT_DIALOG_DATA);
  protected readonly load = loader({ loading: true });
  protected readonly priority = TEST_PRIORITY;
  protected readonly versions = signal<Version[]>([]);
  protected readonly current = signal(0);
  protected readonly number = signal(0);
  protected readonly shown = computed(() => this.versions().find((v) => v.number === this.number()) ?? null);

  ngOnInit(): void {
    void this.fetch();
  }

  protected fetch(): Promise<void> {
    return this.load.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: TestCaseVersionsDocument,
          variables: { id: this.data.caseId },
          fetchPolicy: 'network-only',
        }),
      );
      const testCase = result.data?.testCase;
      this.versions.set([...(testCase?.versions ?? [])].reverse());
      this.current.set(testCase?.currentVersion ?? 0);
      this.number.set(testCase?.currentVersion ?? 0);
    });
  }
}
