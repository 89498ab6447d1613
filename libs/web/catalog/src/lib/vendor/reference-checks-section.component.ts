import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { problemOf } from '@assay/web/core';
import {
  ReferenceCheckFieldsFragment,
  VendorReferenceChecksDocument,
  VendorReferenceChecksQuery,
} from '../research.generated';
import { EmptyStateComponent, ErrorBannerComponent, LoadingComponent, PluralPipe } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { RATING_WORDS } from '../catalog-labels';
import { ReferenceCheckFormDialog, ReferenceCheckFormDialogData } from '../dialogs/reference-check-form.dialog';
import { ReferenceQuestionsDialog } from '../dialogs/reference-questions.dialog';
import { AttachmentsComponent } from '../shared/attachments.component';
import { RatingComponent } from '../shared/rating.component';
import { VendorStore } from './vendor.store';

type CheckedProduct = VendorReferenceChecksQuery['vendor']['products'][number];

/** Conversations with libraries that use the vendor's products: per product, newest first, with the answers. */
@Component({
  selector: 'assay-reference-checks-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    DecimalPipe,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PluralPipe,
    RatingComponent,
    AttachmentsComponent,
  ],
  template: `
    <div class="section-bar">
      <p class="lead">What other libraries say about the products they use.</p>
      @if (store.canEdit()) {
        <div class="buttons">
          <button mat-stroked-button type="button" (click)="editQuestions()">
            <mat-icon>quiz</mat-icon> Questions
          </button>
          @if (store.currentProducts().length > 0) {
            <button mat-flat-button type="button" (click)="add()" [disabled]="!data()">
              <mat-icon>add_comment</mat-icon> Add reference check
            </button>
          }
        </div>
      }
    </div>
    @if (error(); as message) {
      <assay-error-banner [message]="message" [retryable]="true" (retry)="load()" />
    }
    @if (loading() && !data()) {
      <assay-loading label="Loading reference checks…" />
    } @else if (data(); as data) {
      @if (checkCount() === 0) {
        <assay-empty-state icon="forum" title="No reference checks yet" [message]="emptyMessage()">
          @if (store.canEdit() && store.currentProducts().length > 0) {
            <button mat-stroked-button type="button" (click)="add()">Add reference check</button>
          }
        </assay-empty-state>
      }
      @for (product of data.vendor.products; track product.id) {
        @if (product.referenceChecks.length > 0) {
          <section class="product" [attr.aria-labelledby]="'checks-' + product.id">
            <header>
              <h2 [id]="'checks-' + product.id">{{ product.name }}</h2>
            </header>
            <p class="references">
              {{ product.referenceSummary.count | plural: 'check' }}
              @if (product.referenceSummary.meanRating !== null) {
                <span class="mean"
                  >· mean <assay-rating [value]="product.referenceSummary.meanRating" />
                  {{ product.referenceSummary.meanRating | number: '1.1-1' }}</span
                >
              }
              @if (product.referenceSummary.latestCheckedOn) {
                <span>· latest {{ product.referenceSummary.latestCheckedOn | date: 'd MMM y' }}</span>
              }
            </p>
            <ul class="checks">
              @for (check of product.referenceChecks; track check.id) {
                <li class="check" [class.archived]="check.archivedAt">
                  <header>
                    <div class="title">
                      <h3>{{ check.libraryName }}</h3>
                      @if (check.archivedAt) {
                        <span class="chip muted">Archived</span>
                      }
                    </div>
                    @if (store.canEdit()) {
                      <button
                        mat-icon-button
                        type="button"
                        [matMenuTriggerFor]="menu"
                        [attr.aria-label]="'Actions for the reference check with ' + check.libraryName"
                      >
                        <mat-icon>more_vert</mat-icon>
                      </button>
                      <mat-menu #menu="matMenu" xPosition="before">
                        <button mat-menu-item type="button" (click)="edit(check)">
                          <mat-icon>edit</mat-icon> Edit reference check
                        </button>
                        <button
                          mat-menu-item
                          type="button"
                          (click)="
                            store.showHistory(
                              'REFERENCE_CHECK',
                              check.id,
                              'the reference check with ' + check.libraryName
                            )
                          "
                        >
                          <mat-icon>history</mat-icon> History
                        </button>
                        @if (check.archivedAt) {
                          <button mat-menu-item type="button" (click)="archive(check, false)">
                            <mat-icon>unarchive</mat-icon> Restore
                          </button>
                        } @else {
                          <button mat-menu-item type="button" (click)="archive(check, true)">
                            <mat-icon>archive</mat-icon> Archive
                          </button>
                        }
                      </mat-menu>
                    }
                  </header>
                  <div class="meta">
                    <span class="rating-line"
                      ><assay-rating [value]="check.rating" />
                      <span>{{ check.rating }}/5 · {{ ratingWords[check.rating] }}</span></span
                    >
                    <time [attr.datetime]="check.checkedOn">{{ check.checkedOn | date: 'd MMM y' }}</time>
                    @if (check.contactName || check.contactEmail) {
                      <span>
                        Spoke to {{ check.contactName ?? '' }}
                        @if (check.contactEmail) {
                          <a [href]="'mailto:' + check.contactEmail">{{ check.contactEmail }}</a>
                        }
                      </span>
                    }
                    <span>Recorded by {{ check.authorName ?? 'unknown' }}</span>
                  </div>
                  @if (check.summary) {
                    <p class="prose">{{ check.summary }}</p>
                  }
                  @if (check.answers.length > 0) {
                    <dl class="answers">
                      @for (answer of check.answers; track $index) {
                        <dt>{{ answer.question }}</dt>
                        <dd class="prose">{{ answer.answer }}</dd>
                      }
                    </dl>
                  }
                  <assay-attachments
                    ownerKind="REFERENCE_CHECK"
                    [ownerId]="check.id"
                    [ownerLabel]="'the reference check with ' + check.libraryName"
                    [attachments]="check.attachments"
                    [canEdit]="store.canEdit() && !check.archivedAt"
                    (changed)="store.changed()"
                  />
                </li>
              }
            </ul>
          </section>
        }
      }
    }
  `,
  styleUrl: './sections.scss',
  styles: `
    .checks {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .check {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 12px 0 4px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .rating-line {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .answers {
      margin: 8px 0 0;
      font-size: 14px;
    }
    .answers dt {
      font-weight: 500;
      margin-top: 8px;
    }
    .answers dd {
      margin: 2px 0 0;
    }
  `,
})
export class ReferenceChecksSectionComponent {
  protected readonly store = inject(VendorStore);
  private readonly apollo = inject(Apollo);
  private readonly dialog = inject(MatDialog);
  private requestId = 0;
  protected readonly ratingWords = RATING_WORDS;

  protected readonly data = signal<VendorReferenceChecksQuery | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly checkCount = computed(() =>
    (this.data()?.vendor.products ?? []).reduce((sum, product) => sum + product.referenceChecks.length, 0),
  );
  protected readonly emptyMessage = computed(() => {
    if (this.store.currentProducts().length === 0)
      return 'Reference checks are about a product: add the vendor’s products first.';
    return this.store.canEdit()
      ? 'Call a library that runs one of these products and record what they say.'
      : 'Editors record conversations with libraries here.';
  });

  constructor() {
    effect(() => {
      this.store.revision();
      this.store.showArchived();
      untracked(() => void this.load());
    });
  }

  async load(): Promise<void> {
    const vendorId = this.store.id();
    if (!vendorId) return;
    const request = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await firstValueFrom(
        this.apollo.query({
          query: VendorReferenceChecksDocument,
          variables: { vendorId, includeArchived: this.store.showArchived() },
        }),
      );
      if (request === this.requestId) this.data.set(result.data ?? null);
    } catch (error) {
      if (request === this.requestId) this.error.set(problemOf(error).message);
    } finally {
      if (request === this.requestId) this.loading.set(false);
    }
  }

  private products(): CheckedProduct[] {
    return this.data()?.vendor.products ?? [];
  }

  protected async add(): Promise<void> {
    const data: ReferenceCheckFormDialogData = {
      products: this.store.currentProducts(),
      questions: this.data()?.referenceQuestions ?? [],
    };
    await this.store.edit<ReferenceCheckFieldsFragment, ReferenceCheckFormDialogData>(
      ReferenceCheckFormDialog,
      data,
      (saved) => `Added the reference check with ${saved.libraryName}.`,
      '680px',
    );
  }

  protected async edit(check: ReferenceCheckFieldsFragment): Promise<void> {
    const products = this.products().map((product) => ({ id: product.id, name: product.name }));
    const data: ReferenceCheckFormDialogData = {
      products,
      questions: this.data()?.referenceQuestions ?? [],
      productId: check.productId,
      check,
    };
    await this.store.edit<ReferenceCheckFieldsFragment, ReferenceCheckFormDialogData>(
      ReferenceCheckFormDialog,
      data,
      (saved) => `Saved the reference check with ${saved.libraryName}.`,
      '680px',
    );
  }

  protected archive(check: ReferenceCheckFieldsFragment, archive: boolean): Promise<void> {
    return this.store.setArchived(
      {
        kind: 'REFERENCE_CHECK',
        id: check.id,
        version: check.version,
        what: `the reference check with ${check.libraryName}`,
      },
      archive,
    );
  }

  protected async editQuestions(): Promise<void> {
    await firstValueFrom(
      this.dialog.open(ReferenceQuestionsDialog, { width: '640px', maxWidth: '95vw' }).afterClosed(),
    );
    await this.load();
  }
}
