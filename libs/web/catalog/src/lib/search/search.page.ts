import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { SearchKind, loader } from '@assay/web/core';
import { CatalogSearchDocument, CatalogSearchQuery } from '../search.generated';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingComponent,
  PageHeaderComponent,
  PluralPipe,
} from '@assay/web/ui';
import { Apollo } from 'apollo-angular';

import { keysOf, SEARCH_KIND } from '../catalog-labels';
import { SnippetComponent } from './snippet.component';

type Hit = CatalogSearchQuery['catalogSearch']['items'][number];

const KIND_ICON: Record<SearchKind, string> = {
  VENDOR: 'storefront',
  PRODUCT: 'inventory_2',
  RESEARCH_NOTE: 'sticky_note_2',
  REQUIREMENT: 'checklist',
  TEST_CASE: 'fact_check',
};

/** Search results over the catalogue, requirements and test cases: /search?q=…&kind=…&page=… */
@Component({
  selector: 'assay-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
    PluralPipe,
    SnippetComponent,
  ],
  template: `
    <assay-page-header
      title="Search"
      subtitle="Vendors, products, research notes, requirements and test cases, best match first."
    />
    <form class="search-form" role="search" (ngSubmit)="submit()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="query">
        <mat-label>Search</mat-label>
        <mat-icon matPrefix>search</mat-icon>
        <input
          matInput
          type="search"
          name="q"
          [ngModel]="text()"
          (ngModelChange)="text.set($event)"
          autocomplete="off"
        />
        <mat-hint>Use "quoted phrases" and -word to leave a word out.</mat-hint>
      </mat-form-field>
      <button mat-flat-button type="submit">Search</button>
    </form>
    <mat-chip-listbox
      multiple
      aria-label="Kinds of result"
      class="kinds"
      [value]="kinds()"
      (change)="onKinds($event.value)"
    >
      @for (kind of allKinds; track kind) {
        <mat-chip-option [value]="kind">{{ kindLabel[kind] }}s</mat-chip-option>
      }
    </mat-chip-listbox>

    @if (error(); as problem) {
      <assay-error-banner [message]="problem.message" [retryable]="true" (retry)="load()" />
    }
    @if (!q()) {
      <assay-empty-state
        icon="search"
        title="Search"
        message="Find vendors, products, research notes, requirements and test cases by the words in them."
      />
    } @else if (loading() && hits().length === 0) {
      <assay-loading label="Searching…" />
    } @else if (!error() && hits().length === 0) {
      <assay-empty-state
        icon="search_off"
        [title]="'Nothing found for “' + q() + '”'"
        message="Try fewer or other words."
      />
    } @else if (hits().length > 0) {
      <p class="count" aria-live="polite">{{ total() | plural: 'result' }} for “{{ q() }}”</p>
      <ol class="results" [class.stale]="loading()" aria-label="Search results">
        @for (hit of hits(); track hit.kind + hit.id) {
          <li class="result">
            <mat-icon class="kind-icon" aria-hidden="true">{{ kindIcon[hit.kind] }}</mat-icon>
            <div class="body">
              <div class="line">
                <span class="kind">{{ kindLabel[hit.kind] }}</span>
                <a class="title" [routerLink]="link(hit)" [queryParams]="linkParams(hit)">{{ hit.title }}</a>
              </div>
              @if (hit.kind !== 'VENDOR' && hit.vendorName) {
                <div class="vendor">{{ hit.vendorName }}</div>
              }
              <p class="snippet"><assay-snippet [segments]="hit.snippet" /></p>
            </div>
          </li>
        }
      </ol>
      @if (total() > pageSize) {
        <mat-paginator
          [length]="total()"
          [pageIndex]="pageIndex()"
          [pageSize]="pageSize"
          [hidePageSize]="true"
          (page)="onPage($event)"
          aria-label="Pages of results"
        />
      }
    }
  `,
  styles: `
    .search-form {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: flex-start;
      margin-bottom: 12px;
    }
    .query {
      flex: 1 1 320px;
    }
    .search-form button {
      margin-top: 8px;
    }
    .kinds {
      display: block;
      margin: 8px 0 16px;
    }
    .count {
      color: var(--mat-sys-on-surface-variant);
      font-size: 14px;
      margin: 0 0 8px;
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    .results.stale {
      opacity: 0.6;
    }
    .result {
      display: flex;
      gap: 12px;
      padding: 14px 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .result:last-child {
      border-bottom: none;
    }
    .kind-icon {
      color: var(--mat-sys-primary);
      flex: none;
      margin-top: 2px;
    }
    .body {
      min-width: 0;
      flex: 1;
    }
    .line {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 10px;
    }
    .kind {
      font-size: 12px;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--mat-sys-on-surface-variant);
    }
    .title {
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .vendor {
      font-size: 14px;
      color: var(--mat-sys-on-surface-variant);
      margin-top: 2px;
    }
    .snippet {
      margin: 6px 0 0;
      font-size: 14px;
    }
  `,
})
export class SearchPage {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly titleService = inject(Title);
  private readonly loader = loader();

  /** From the address: ?q=…&kind=VENDOR,PRODUCT&page=2 */
  readonly q = input('', { transform: (value: string | undefined) => (value ?? '').trim() });
  readonly kind = input<string>();
  readonly page = input<string>();

  protected readonly allKinds = keysOf(SEARCH_KIND);
  protected readonly kindLabel = SEARCH_KIND;
  protected readonly kindIcon = KIND_ICON;
  protected readonly pageSize = 20;
  /** What is typed in the box: back to the search shown whenever the address changes. */
  protected readonly text = linkedSignal({
    source: () => [this.q(), this.kind(), this.page()] as const,
    computation: ([q]) => q,
  });
  protected readonly kinds = computed(() =>
    (this.kind() ?? '').split(',').filter((k): k is SearchKind => k in SEARCH_KIND),
  );
  protected readonly pageIndex = computed(() => Math.max(0, (Number(this.page()) || 1) - 1));
  protected readonly hits = signal<Hit[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = this.loader.loading;
  protected readonly error = this.loader.error;

  constructor() {
    effect(() => {
      const q = this.q();
      this.kinds();
      this.pageIndex();
      untracked(() => {
        this.titleService.setTitle(q ? `“${q}” · Search · Assay` : 'Search · Assay');
        void this.load();
      });
    });
  }

  protected submit(): void {
    this.navigate({ q: this.text().trim() || null, page: null });
  }

  protected onKinds(kinds: SearchKind[]): void {
    this.navigate({ kind: kinds.length ? kinds.join(',') : null, page: null });
  }

  protected onPage(event: PageEvent): void {
    this.navigate({ page: event.pageIndex > 0 ? event.pageIndex + 1 : null });
  }

  /** Where a hit leads: catalogue hits to their vendor, a requirement to its evaluation's list, a case to its plan. */
  protected link(hit: Hit): string[] {
    if (hit.kind === 'REQUIREMENT') return ['/evaluations', hit.evaluationId ?? '', 'requirements'];
    if (hit.kind === 'TEST_CASE') return ['/testing/plans', hit.planId ?? ''];
    return ['/vendors', hit.vendorId ?? ''];
  }

  protected linkParams(hit: Hit): Record<string, string> {
    if (hit.kind === 'REQUIREMENT') return { requirement: hit.id };
    if (hit.kind === 'TEST_CASE') return { case: hit.id };
    if (hit.kind === 'RESEARCH_NOTE') return { tab: 'notes', item: hit.id };
    if (hit.kind === 'PRODUCT') return { item: hit.id };
    return {};
  }

  load(): Promise<void> {
    const text = this.q();
    return this.loader.run(async (step) => {
      if (!text) {
        this.hits.set([]);
        this.total.set(0);
        return;
      }
      const result = await step(
        this.apollo.query({
          query: CatalogSearchDocument,
          variables: {
            input: { text, kinds: this.kinds().length ? this.kinds() : undefined },
            page: { offset: this.pageIndex() * this.pageSize, limit: this.pageSize },
          },
        }),
      );
      this.hits.set(result.data?.catalogSearch.items ?? []);
      this.total.set(result.data?.catalogSearch.total ?? 0);
    });
  }

  private navigate(params: Record<string, string | number | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: params, queryParamsHandling: 'merge' });
  }
}
