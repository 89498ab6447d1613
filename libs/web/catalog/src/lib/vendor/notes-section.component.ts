import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  OnDestroy,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { NoteTag, problemOf } from '@assay/web/core';
import { ResearchNoteFieldsFragment, ResearchNotesDocument } from '../research.generated';
import { EmptyStateComponent, ErrorBannerComponent, LoadingComponent, PluralPipe } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { keysOf, NOTE_TAG } from '../catalog-labels';
import { NoteFormDialog, NoteFormDialogData } from '../dialogs/note-form.dialog';
import { NoteCardComponent } from './note-card.component';
import { VendorStore } from './vendor.store';

const PAGE = 20;

/** The vendor's research notes as a timeline, newest finding first, filtered by tag and words on the server. */
@Component({
  selector: 'assay-notes-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    NoteCardComponent,
    PluralPipe,
  ],
  templateUrl: './notes-section.component.html',
  styleUrls: ['./sections.scss', './notes-section.component.scss'],
})
export class NotesSectionComponent implements OnDestroy {
  protected readonly store = inject(VendorStore);
  private readonly apollo = inject(Apollo);
  private readonly host = inject(ElementRef<HTMLElement>);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private requestId = 0;
  private focused = false;

  /** A note to scroll to and highlight (from a search result). */
  readonly focusId = input<string>();

  protected readonly tags = keysOf(NOTE_TAG);
  protected readonly tagLabel = NOTE_TAG;

  protected readonly notes = signal<ResearchNoteFieldsFragment[]>([]);
  protected readonly total = signal(0);
  protected readonly archivedNotes = signal<ResearchNoteFieldsFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly search = signal('');
  protected readonly selectedTags = signal<NoteTag[]>([]);
  protected readonly limit = signal(PAGE);
  protected readonly filtered = computed(() => !!this.search().trim() || this.selectedTags().length > 0);

  constructor() {
    effect(() => {
      this.store.revision();
      this.store.showArchived();
      untracked(() => void this.load());
    });
  }

  ngOnDestroy(): void {
    clearTimeout(this.searchTimer);
  }

  protected onSearch(value: string): void {
    this.search.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.limit.set(PAGE);
      void this.load();
    }, 300);
  }

  protected onTags(tags: NoteTag[]): void {
    this.selectedTags.set(tags ?? []);
    this.limit.set(PAGE);
    void this.load();
  }

  protected showMore(): void {
    this.limit.update((n) => n + PAGE);
    void this.load();
  }

  protected clearFilters(): void {
    this.search.set('');
    this.selectedTags.set([]);
    this.limit.set(PAGE);
    void this.load();
  }

  async load(): Promise<void> {
    const vendorId = this.store.id();
    if (!vendorId) return;
    const request = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    const filter = {
      vendorId,
      search: this.search().trim() || undefined,
      tags: this.selectedTags().length ? this.selectedTags() : undefined,
    };
    try {
      const [current, archived] = await Promise.all([
        firstValueFrom(
          this.apollo.query({
            query: ResearchNotesDocument,
            variables: { filter: { ...filter, archived: false }, page: { offset: 0, limit: this.limit() } },
          }),
        ),
        this.store.showArchived()
          ? firstValueFrom(
              this.apollo.query({
                query: ResearchNotesDocument,
                variables: { filter: { ...filter, archived: true }, page: { offset: 0, limit: 100 } },
              }),
            )
          : null,
      ]);
      if (request !== this.requestId) return;
      this.notes.set(current.data?.researchNotes.items ?? []);
      this.total.set(current.data?.researchNotes.total ?? 0);
      this.archivedNotes.set(archived?.data?.researchNotes.items ?? []);
      this.scrollToFocus();
    } catch (error) {
      if (request === this.requestId) this.error.set(problemOf(error).message);
    } finally {
      if (request === this.requestId) this.loading.set(false);
    }
  }

  protected async addNote(): Promise<void> {
    const vendor = this.store.vendor();
    if (!vendor) return;
    const data: NoteFormDialogData = {
      vendorId: vendor.id,
      vendorName: vendor.name,
      products: this.store.currentProducts(),
    };
    await this.store.edit<ResearchNoteFieldsFragment, NoteFormDialogData>(
      NoteFormDialog,
      data,
      (saved) => `Added “${saved.title}”.`,
      '680px',
    );
  }

  /** Once, after the first load: bring the note a search result pointed at into view. */
  private scrollToFocus(): void {
    const id = this.focusId();
    if (!id || this.focused) return;
    this.focused = true;
    setTimeout(() =>
      this.host.nativeElement.querySelector(`#note-${CSS.escape(id)}`)?.scrollIntoView({ block: 'center' }),
    );
  }
}
