import { computed, inject, Injectable, signal } from '@angular/core';
import { loader } from '@assay/web/core';
import { Apollo } from 'apollo-angular';
import { ProductInstallationsDocument, ProductInstallationsQuery } from './installations.generated';

export type InstallationRow = ProductInstallationsQuery['installations'][number];
export type InstallationProduct = NonNullable<ProductInstallationsQuery['product']>;
export type InstallationPlan = ProductInstallationsQuery['productTestPlans'][number];

/** A run that may accept an installation: one of the product's plans' runs, with its plan's name. */
export interface AcceptingRunOption {
  id: string;
  planName: string;
  productVersionId: string;
  label: string;
}

/** A product in use's installation record, with its versions, its plans' runs and the people named on them. */
@Injectable()
export class InstallationsStore {
  private readonly apollo = inject(Apollo);
  private readonly loader = loader({ loading: true });
  readonly loading = this.loader.loading;
  readonly error = this.loader.error;
  readonly data = signal<ProductInstallationsQuery | null>(null);
  readonly installations = computed(() => this.data()?.installations ?? []);
  readonly product = computed(() => this.data()?.product ?? null);
  readonly plans = computed(() => this.data()?.productTestPlans ?? []);
  /** Every run of the product's plans, newest first. */
  readonly runs = computed<AcceptingRunOption[]>(() =>
    this.plans()
      .flatMap((plan) =>
        plan.runs.map((run) => ({
          id: run.id,
          planName: plan.name,
          productVersionId: run.productVersionId,
          createdAt: run.createdAt as string,
          label: `${plan.name} · ${run.productVersionName}${run.buildLabel ? ' (build ' + run.buildLabel + ')' : ''} · ${run.environment}`,
        })),
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(({ createdAt: _createdAt, ...run }) => run),
  );
  /** The people named on the product's plans, each once, by name. */
  readonly people = computed(() => {
    const byId = new Map(this.plans().flatMap((plan) => plan.members.map((person) => [person.id, person] as const)));
    return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  });
  private productId = '';

  load(productId = this.productId): Promise<void> {
    this.productId = productId;
    return this.loader.run(async (step) => {
      const result = await step(
        this.apollo.query({
          query: ProductInstallationsDocument,
          variables: { productId },
          fetchPolicy: 'network-only',
        }),
      );
      this.data.set(result.data ?? null);
    });
  }
}
