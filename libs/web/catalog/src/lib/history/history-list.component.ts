import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { CatalogKind, problemOf } from '@assay/web/core';
import { CatalogHistoryDocument, CatalogHistoryQuery } from '../vendors.generated';
import { EmptyStateComponent, ErrorBannerComponent, LoadingComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { actionLabel, fieldLabel, historyValue } from './history-format';

type HistoryEntry = CatalogHistoryQuery['catalogHistory'][number];

/** Who changed one catalogue object, when, and each field before → after; newest first. */
@Component({
  selector: 'assay-history-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, EmptyStateComponent, ErrorBannerComponent, LoadingComponent],
  template: `
    @if (error(); as message) {
      <assay-error-banner [message]="message" [retryable]="true" (retry)="load()" />
    } @else if (loading()) {
      <assay-loading label="Loading history…" />
    } @else if (entries().length === 0) {
      <assay-empty-state icon="history" title="No changes recorded" />
    } @else {
      <ol class="history">
        @for (entry of entries(); track entry.id) {
          <li>
            <div class="who">
              <strong>{{ entry.actorName ?? 'Assay' }}</strong> {{ action(entry.action) }}
              <time [attr.datetime]="entry.occurredAt">{{ entry.occurredAt | date: 'd MMM y, HH:mm' }}</time>
            </div>
            @if (entry.changes.length > 0) {
              <ul class="changes">
                @for (change of entry.changes; track change.field) {
                  <li>
                    <span class="field">{{ label(change.field) }}</span>
                    @if (entry.action === 'created') {
                      <span class="after">{{ value(change.field, change.after) }}</span>
                    } @else {
                      <span class="before">{{ value(change.field, change.before) }}</span>
                      <span class="arrow" aria-label="changed to">→</span>
                      <span class="after">{{ value(change.field, change.after) }}</span>
                    }
                  </li>
                }
              </ul>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .history {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .history > li {
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .history > li:last-child {
      border-bottom: none;
    }
    .who time {
      color: var(--mat-sys-on-surface-variant);
      margin-left: 4px;
    }
    .changes {
      margin: 6px 0 0;
      padding-left: 16px;
      font-size: 14px;
    }
    .changes li {
      margin: 2px 0;
      overflow-wrap: anywhere;
    }
    .field {
      font-weight: 500;
      margin-right: 6px;
    }
    .field::after {
      content: ':';
    }
    .before {
      color: var(--mat-sys-on-surface-variant);
      text-decoration: line-through;
    }
    .arrow {
      margin: 0 6px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class HistoryListComponent {
  private readonly apollo = inject(Apollo);
  readonly kind = input.required<CatalogKind>();
  readonly objectId = input.required<string>();
  /** Names for ids that appear as values (a note's product), so history shows names, not ids. */
  readonly names = input<ReadonlyMap<string, string>>(new Map());

  protected readonly entries = signal<HistoryEntry[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  private requestId = 0;

  constructor() {
    effect(() => {
      this.kind();
      this.objectId();
      untracked(() => void this.load());
    });
  }

  async load(): Promise<void> {
    const request = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: CatalogHistoryDocument, variables: { id: this.objectId(), kind: this.kind() } }),
      );
      if (request !== this.requestId) return; // another object was chosen meanwhile
      this.entries.set(result.data?.catalogHistory ?? []);
    } catch (error) {
      if (request === this.requestId) this.error.set(problemOf(error).message);
    } finally {
      if (request === this.requestId) this.loading.set(false);
    }
  }

  protected action(action: string): string {
    return actionLabel(action);
  }

  protected label(field: string): string {
    return fieldLabel(field);
  }

  protected value(field: string, json: string | null): string {
    return historyValue(field, json, this.names());
  }
}
