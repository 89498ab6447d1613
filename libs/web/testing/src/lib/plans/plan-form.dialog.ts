import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FormDialog, loader } from '@assay/web/core';
import { ErrorBannerComponent } from '@assay/web/ui';
import { firstValueFrom } from 'rxjs';
import {
  CatalogueProductsDocument,
  CatalogueProductsQuery,
  CreateTestPlanDocument,
  TestPlanFieldsFragment,
  UpdateTestPlanDocument,
} from '../testing-plans.generated';

export interface PlanFormDialogData {
  /** The plan being edited; null starts a new one. */
  plan: TestPlanFieldsFragment | null;
  /** A new plan for this evaluation; without it (and without a plan), a plan for a product in use. */
  evaluationId?: string;
  /** Who may own it: the evaluation's members. Empty for product plans (their creator owns them). */
  owners: { id: string; displayName: string }[];
}

/** Same rule as the API's: letters, digits and hyphens, up to 20, starting with a letter or digit. */
const KEY_PREFIX = /^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/;
type Product = CatalogueProductsQuery['products']['items'][number];

/** Starts or edits a test plan: name, scope, entry and exit criteria, key prefix, owner; for a product in use, the product and its versions. */
@Component({
  selector: 'assay-plan-form-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ErrorBannerComponent,
  ],
  template: `
    <h2 mat-dialog-title>{{ heading }}</h2>
    <form class="form-dialog" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (problem(); as p) {
          <assay-error-banner
            [message]="p.message"
            [retryable]="p.code === 'CONFLICT'"
            actionLabel="Reload"
            (retry)="reload()"
          />
        }
        @if (productPlan) {
          @if (productsProblem(); as p) {
            <assay-error-banner [message]="p.message" />
          }
          <mat-form-field appearance="outline">
            <mat-label>Product in use</mat-label>
            <mat-select formControlName="productId" required>
              @for (product of products(); track product.id) {
                <mat-option [value]="product.id">{{ product.name }} ({{ product.vendor.name }})</mat-option>
              }
            </mat-select>
            @if (!data.plan) {
              <mat-hint>From the catalogue of vendors and products.</mat-hint>
            }
            @if (fieldError('productId'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          <div class="row">
            <mat-form-field appearance="outline">
              <mat-label>Current version</mat-label>
              <mat-select formControlName="currentVersionId">
                <mat-option [value]="null">Not said</mat-option>
                @for (version of versions(); track version.id) {
                  <mat-option [value]="version.id">{{ version.name }}</mat-option>
                }
              </mat-select>
              @if (fieldError('currentVersionId'); as e) {
                <mat-error>{{ e }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>Target version</mat-label>
              <mat-select formControlName="targetVersionId">
                <mat-option [value]="null">Not said</mat-option>
                @for (version of versions(); track version.id) {
                  <mat-option [value]="version.id">{{ version.name }}</mat-option>
                }
              </mat-select>
              @if (fieldError('targetVersionId'); as e) {
                <mat-error>{{ e }}</mat-error>
              }
            </mat-form-field>
          </div>
        }
        <mat-form-field appearance="outline">
          <mat-label>Name</mat-label>
          <input matInput formControlName="name" autocomplete="off" required maxlength="300" />
          @if (fieldError('name'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <div class="row">
          <mat-form-field appearance="outline" class="narrow-field">
            <mat-label>Key prefix</mat-label>
            <input matInput formControlName="keyPrefix" autocomplete="off" maxlength="20" />
            <mat-hint>Cases are keyed {{ keyExample() }}</mat-hint>
            @if (fieldError('keyPrefix'); as e) {
              <mat-error>{{ e }}</mat-error>
            }
          </mat-form-field>
          @if (data.owners.length) {
            <mat-form-field appearance="outline">
              <mat-label>Owner</mat-label>
              <mat-select formControlName="ownerId">
                @for (owner of data.owners; track owner.id) {
                  <mat-option [value]="owner.id">{{ owner.displayName }}</mat-option>
                }
              </mat-select>
              @if (fieldError('ownerId'); as e) {
                <mat-error>{{ e }}</mat-error>
              }
            </mat-form-field>
          }
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Scope</mat-label>
          <textarea matInput formControlName="scope" rows="3" maxlength="20000"></textarea>
          <mat-hint>What is tested, and what is not.</mat-hint>
          @if (fieldError('scope'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Entry criteria</mat-label>
          <textarea matInput formControlName="entryCriteria" rows="2" maxlength="20000"></textarea>
          <mat-hint>What must be true before testing starts.</mat-hint>
          @if (fieldError('entryCriteria'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Exit criteria</mat-label>
          <textarea matInput formControlName="exitCriteria" rows="2" maxlength="20000"></textarea>
          <mat-hint>When testing is done.</mat-hint>
          @if (fieldError('exitCriteria'); as e) {
            <mat-error>{{ e }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Saving…' : data.plan ? 'Save' : 'Create plan' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class PlanFormDialog extends FormDialog<TestPlanFieldsFragment> implements OnInit {
  protected readonly data = inject<PlanFormDialogData>(MAT_DIALOG_DATA);
  protected readonly productPlan = this.data.plan ? !!this.data.plan.productId : !this.data.evaluationId;
  protected readonly heading = this.data.plan
    ? 'Edit test plan'
    : this.productPlan
      ? 'New plan for a product in use'
      : 'New test plan';
  private readonly productLoader = loader({ loading: this.productPlan });
  protected readonly productsProblem = this.productLoader.error;
  protected readonly products = signal<Product[]>([]);

  protected readonly form = inject(FormBuilder).group({
    productId: [
      this.data.plan?.productId ?? (null as string | null),
      this.productPlan && !this.data.plan ? Validators.required : [],
    ],
    currentVersionId: [this.data.plan?.currentVersionId ?? (null as string | null)],
    targetVersionId: [this.data.plan?.targetVersionId ?? (null as string | null)],
    name: [this.data.plan?.name ?? '', [Validators.required, Validators.maxLength(300)]],
    keyPrefix: [this.data.plan?.keyPrefix ?? 'T', [Validators.required, Validators.pattern(KEY_PREFIX)]],
    ownerId: [this.data.plan?.owner?.id ?? (null as string | null)],
    scope: [this.data.plan?.scope ?? '', Validators.maxLength(20000)],
    entryCriteria: [this.data.plan?.entryCriteria ?? '', Validators.maxLength(20000)],
    exitCriteria: [this.data.plan?.exitCriteria ?? '', Validators.maxLength(20000)],
  });

  private readonly productId = toSignal(this.form.controls.productId.valueChanges, {
    initialValue: this.form.controls.productId.value,
  });
  private readonly prefix = toSignal(this.form.controls.keyPrefix.valueChanges, {
    initialValue: this.form.controls.keyPrefix.value,
  });
  protected readonly keyExample = computed(() => `${(this.prefix() || 'T').toUpperCase()}-001`);
  protected readonly versions = computed(
    () => this.products().find((product) => product.id === this.productId())?.versions ?? [],
  );

  ngOnInit(): void {
    if (this.data.plan) this.form.controls.productId.disable();
    if (this.productPlan) void this.loadProducts();
    // A new product leaves the old one's versions behind.
    this.form.controls.productId.valueChanges.subscribe(() => {
      if (this.data.plan) return;
      this.form.patchValue({ currentVersionId: null, targetVersionId: null }, { emitEvent: false });
    });
  }

  private loadProducts(): Promise<void> {
    return this.productLoader.run(async (step) => {
      const result = await step(this.apollo.query({ query: CatalogueProductsDocument, variables: {} }));
      this.products.set(result.data?.products.items ?? []);
    });
  }

  protected save(): Promise<void> {
    return this.submit(async () => {
      const value = this.form.getRawValue();
      const fields = {
        name: (value.name ?? '').trim(),
        keyPrefix: (value.keyPrefix ?? '').trim() || undefined,
        scope: (value.scope ?? '').trim(),
        entryCriteria: (value.entryCriteria ?? '').trim(),
        exitCriteria: (value.exitCriteria ?? '').trim(),
        ownerId: value.ownerId ?? undefined,
        currentVersionId: this.productPlan ? (value.currentVersionId ?? undefined) : undefined,
        targetVersionId: this.productPlan ? (value.targetVersionId ?? undefined) : undefined,
      };
      const plan = this.data.plan;
      if (plan) {
        const result = await firstValueFrom(
          this.apollo.mutate({
            mutation: UpdateTestPlanDocument,
            variables: { input: { id: plan.id, version: plan.version, ...fields } },
          }),
        );
        return result.data?.updateTestPlan;
      }
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: CreateTestPlanDocument,
          variables: {
            input: this.productPlan
              ? { ...fields, productId: value.productId ?? undefined }
              : { ...fields, evaluationId: this.data.evaluationId },
          },
        }),
      );
      return result.data?.createTestPlan;
    });
  }
}
