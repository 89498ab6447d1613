import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { ResearchNoteFieldsFragment } from '../research.generated';
import { CONFIDENCE, NOTE_TAG, safeWebUrl, SOURCE_TYPE } from '../catalog-labels';
import { AttachmentsComponent } from '../shared/attachments.component';
import { NoteFormDialog, NoteFormDialogData } from '../dialogs/note-form.dialog';
import { VendorStore } from './vendor.store';

/** One research note on the timeline: date, title, finding, source, tags, confidence, author. */
@Component({
  selector: 'assay-note-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule, MatIconModule, MatMenuModule, AttachmentsComponent],
  template: `
    @let n = note();
    <div class="date">
      <time [attr.datetime]="n.observedOn">{{ n.observedOn | date: 'd MMM y' }}</time>
    </div>
    <article
      class="card"
      [class.archived]="n.archivedAt"
      [class.highlight]="highlight()"
      [attr.aria-labelledby]="'note-title-' + n.id"
    >
      <header>
        <div class="title">
          <h3 [id]="'note-title-' + n.id">{{ n.title }}</h3>
          @if (n.product) {
            <span class="chip category">{{ n.product.name }}</span>
          }
          @if (n.archivedAt) {
            <span class="chip muted">Archived</span>
          }
        </div>
        @if (store.canEdit()) {
          <button
            mat-icon-button
            type="button"
            [matMenuTriggerFor]="noteMenu"
            [attr.aria-label]="'Actions for note ' + n.title"
          >
            <mat-icon>more_vert</mat-icon>
          </button>
          <mat-menu #noteMenu="matMenu" xPosition="before">
            <button mat-menu-item type="button" (click)="edit()"><mat-icon>edit</mat-icon> Edit note</button>
            <button mat-menu-item type="button" (click)="history()"><mat-icon>history</mat-icon> History</button>
            @if (n.archivedAt) {
              <button mat-menu-item type="button" (click)="archive(false)">
                <mat-icon>unarchive</mat-icon> Restore note
              </button>
            } @else {
              <button mat-menu-item type="button" (click)="archive(true)">
                <mat-icon>archive</mat-icon> Archive note
              </button>
            }
          </mat-menu>
        } @else {
          <button mat-icon-button type="button" (click)="history()" [attr.aria-label]="'History of note ' + n.title">
            <mat-icon>history</mat-icon>
          </button>
        }
      </header>
      @if (n.body) {
        <p class="prose">{{ n.body }}</p>
      }
      <div class="meta">
        <span>
          <span class="label">Source:</span> {{ sourceType[n.sourceType] }}
          @if (sourceUrl(); as link) {
            ·
            <a [href]="link" target="_blank" rel="noopener noreferrer"
              >{{ n.sourceTitle || sourceHost() }} <mat-icon aria-hidden="true">open_in_new</mat-icon
              ><span class="visually-hidden"> (opens in a new tab)</span></a
            >
          } @else if (n.sourceTitle || n.sourceUrl) {
            · {{ n.sourceTitle || n.sourceUrl }}
          }
        </span>
        <span><span class="label">Confidence:</span> {{ confidence[n.confidence] }}</span>
        <span><span class="label">By</span> {{ n.authorName ?? 'unknown' }}</span>
      </div>
      @if (n.tags.length > 0) {
        <ul class="chips" aria-label="Tags">
          @for (tag of n.tags; track tag) {
            <li class="chip tag">{{ tagLabel[tag] }}</li>
          }
        </ul>
      }
      <assay-attachments
        ownerKind="RESEARCH_NOTE"
        [ownerId]="n.id"
        [ownerLabel]="'the note “' + n.title + '”'"
        [attachments]="n.attachments"
        [canEdit]="store.canEdit() && !n.archivedAt"
        (changed)="store.changed()"
      />
    </article>
  `,
  styleUrls: ['./sections.scss', './note-card.component.scss'],
})
export class NoteCardComponent {
  protected readonly store = inject(VendorStore);
  readonly note = input.required<ResearchNoteFieldsFragment>();
  readonly highlight = input(false);

  protected readonly sourceType = SOURCE_TYPE;
  protected readonly confidence = CONFIDENCE;
  protected readonly tagLabel = NOTE_TAG;
  /** Only http(s) sources become links. */
  protected readonly sourceUrl = computed(() => safeWebUrl(this.note().sourceUrl));
  protected readonly sourceHost = computed(() => {
    const url = this.sourceUrl();
    return url ? new URL(url).host : '';
  });

  protected async edit(): Promise<void> {
    const vendor = this.store.vendor();
    if (!vendor) return;
    const data: NoteFormDialogData = {
      vendorId: vendor.id,
      vendorName: vendor.name,
      products: this.store.currentProducts(),
      note: this.note(),
    };
    await this.store.edit<ResearchNoteFieldsFragment, NoteFormDialogData>(
      NoteFormDialog,
      data,
      (saved) => `Saved “${saved.title}”.`,
      '680px',
    );
  }

  protected archive(archive: boolean): Promise<void> {
    const note = this.note();
    return this.store.setArchived(
      { kind: 'RESEARCH_NOTE', id: note.id, version: note.version, what: `the research note “${note.title}”` },
      archive,
    );
  }

  protected history(): void {
    const note = this.note();
    this.store.showHistory('RESEARCH_NOTE', note.id, `“${note.title}”`);
  }
}
