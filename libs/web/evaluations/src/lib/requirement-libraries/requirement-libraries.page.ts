import { HttpClient } from '@angular/common/http';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { loader, FormDialogResult } from '@assay/web/core';
import {
  DialogService,
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingComponent,
  PageHeaderComponent,
} from '@assay/web/ui';
import { SpreadsheetImport, SpreadsheetImportDialog } from '@assay/web/ui/spreadsheet-import';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PRIORITY, VERIFICATION_METHOD } from '../evaluation-labels';
import {
  PublishRequirementLibraryVersionDocument,
  RequirementLibrariesDocument,
  RequirementLibraryFieldsFragment,
  RequirementLibraryItemsDocument,
  RequirementLibraryItemsQuery,
} from '../requirement-libraries.generated';
import { RequirementLibraryFormDialog } from './requirement-library-form.dialog';
import { requirementLibraryImport, RequirementLibraryImportResult } from './requirement-library-import';

type Item = RequirementLibraryItemsQuery['requirementLibraryItems'][number];

/** The items of one version of one library, as shown under it. */
interface Shown {
  libraryId: string;
  version: number;
  items: Item[] | null;
}

/**
 * The consortium's requirement libraries (administrators and evaluation leads): each with its
 * versions, the draft to publish, a requirement file to import into the draft and each version to
 * export; the items of a version on request.
 */
@Component({
  selector: 'assay-requirement-libraries-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingComponent,
    PageHeaderComponent,
  ],
  templateUrl: './requirement-libraries.page.html',
  styleUrl: './requirement-libraries.page.scss',
})
export class RequirementLibrariesPage implements OnInit {
  private readonly apollo = inject(Apollo);
  private readonly http = inject(HttpClient);
  private readonly dialogs = inject(DialogService);
  private readonly loader = loader({ loading: true });
  private readonly itemsLoader = loader();

  protected readonly libraries = signal<RequirementLibraryFieldsFragment[]>([]);
  protected readonly loading = this.loader.loading;
  protected readonly error = this.loader.error;
  protected readonly shown = signal<Shown | null>(null);
  protected readonly itemsError = this.itemsLoader.error;
  protected readonly departments = signal(new Map<string, string>());
  protected readonly priorityLabel = PRIORITY;
  protected readonly verificationLabel = VERIFICATION_METHOD;

  constructor() {
    inject(Title).setTitle('Requirement libraries · Assay');
  }

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    await this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: RequirementLibrariesDocument, fetchPolicy: 'network-only' }),
      );
      this.libraries.set(result.data?.requirementLibraries ?? []);
      this.departments.set(new Map((result.data?.departments ?? []).map((d) => [d.id, d.code])));
    });
  }

  protected draftOf(library: RequirementLibraryFieldsFragment) {
    return library.versions.find((version) => version.status === 'DRAFT') ?? null;
  }

  protected publishedOf(library: RequirementLibraryFieldsFragment) {
    return library.versions.find((version) => version.status === 'PUBLISHED') ?? null;
  }

  protected exportUrl(library: RequirementLibraryFieldsFragment, version: number, kind: 'csv' | 'xlsx'): string {
    return `/api/requirement-libraries/${encodeURIComponent(library.id)}/versions/${version}/export.${kind}`;
  }

  protected async openCreate(): Promise<void> {
    const result = await this.dialogs.openForm<FormDialogResult<RequirementLibraryFieldsFragment>, object>(
      RequirementLibraryFormDialog,
      {},
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(`Created ${result.saved.name}. Import a requirement file to give it items.`);
      await this.load();
    }
  }

  protected async openImport(library: RequirementLibraryFieldsFragment): Promise<void> {
    const imported = await this.dialogs.openForm<
      RequirementLibraryImportResult,
      SpreadsheetImport<RequirementLibraryImportResult>
    >(SpreadsheetImportDialog, requirementLibraryImport(this.http, library), '760px');
    if (imported) {
      await this.load();
      if (imported.version) await this.show(library.id, imported.version);
    }
  }

  protected async publish(library: RequirementLibraryFieldsFragment, version: number): Promise<void> {
    const outcome = await this.dialogs.confirm({
      title: `Publish version ${version} of ${library.name}?`,
      message:
        'A published version no longer changes; evaluations can start from it. Later imports and proposals go to a new draft.',
      confirm: `Publish version ${version}`,
      run: () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: PublishRequirementLibraryVersionDocument,
            variables: { libraryId: library.id, version },
          }),
        ),
    });
    if (outcome === 'done') this.dialogs.notify(`Published version ${version} of ${library.name}.`);
    if (outcome) await this.load();
  }

  protected isShown(libraryId: string, version: number): boolean {
    const shown = this.shown();
    return !!shown && shown.libraryId === libraryId && shown.version === version;
  }

  protected toggle(libraryId: string, version: number): Promise<void> {
    if (this.isShown(libraryId, version)) {
      this.shown.set(null);
      return Promise.resolve();
    }
    return this.show(libraryId, version);
  }

  private async show(libraryId: string, version: number): Promise<void> {
    this.shown.set({ libraryId, version, items: null });
    await this.itemsLoader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: RequirementLibraryItemsDocument,
          variables: { libraryId, version },
          fetchPolicy: 'network-only',
        }),
      );
      this.shown.set({ libraryId, version, items: result.data?.requirementLibraryItems ?? [] });
    });
  }
}
