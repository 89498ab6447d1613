import { signal } from '@angular/core';
import { FormControl } from '@angular/forms';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { RequirementLibrariesDocument, RequirementLibraryFieldsFragment } from '../requirement-libraries.generated';

/**
 * The requirement libraries a dialog offers in its "Library" select: loaded when the dialog opens,
 * filtered to those the dialog can use, and chosen for the person when only one is offered.
 */
export class LibraryChoice {
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly libraries = signal<RequirementLibraryFieldsFragment[]>([]);

  constructor(
    private readonly apollo: Apollo,
    private readonly control: FormControl<string>,
    private readonly offered: (library: RequirementLibraryFieldsFragment) => boolean = () => true,
  ) {}

  async load(): Promise<void> {
    await this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({ query: RequirementLibrariesDocument, fetchPolicy: 'network-only' }),
      );
      const libraries = (result.data?.requirementLibraries ?? []).filter(this.offered);
      this.libraries.set(libraries);
      if (libraries.length === 1) this.control.setValue(libraries[0].id);
    });
  }

  /** The name of the library with this id, for the message after the dialog closes. */
  nameOf(id: string): string {
    return this.libraries().find((library) => library.id === id)?.name ?? 'the library';
  }
}
