import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { FormDialogResult, SessionStore } from '@assay/web/core';
import { DialogService, EmptyStateComponent, LoadStateComponent, PageHeaderComponent } from '@assay/web/ui';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { InstallationDialog, InstallationDialogData } from './installation.dialog';
import { installationKindLabel, runOutcome } from './installation-labels';
import { InstallationFieldsFragment, RemoveInstallationDocument } from './installations.generated';
import { InstallationRow, InstallationsStore } from './installations.store';

/**
 * /testing/products/:productId/installations: what has been installed on a product in use, newest
 * first — each version, its kind, the day, who applied it and the run that accepted it — so that
 * "what changed when this started failing" has an answer. Its people record, change and remove entries.
 */
@Component({
  selector: 'assay-installations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    EmptyStateComponent,
    LoadStateComponent,
    PageHeaderComponent,
  ],
  providers: [InstallationsStore],
  template: `
    <a class="back" routerLink="/testing"><mat-icon aria-hidden="true">arrow_back</mat-icon> Testing</a>
    <assay-load-state
      [problem]="store.error()"
      [loading]="store.loading() && !store.data()"
      loadingLabel="Loading the installation record…"
      notFoundTitle="This product was not found"
      notFoundMessage="Its installation record is kept for administrators and the people named on one of its test plans."
      backLink="/testing"
      backLabel="Testing"
      (retry)="store.load(productId())"
    />
    @if (store.product(); as product) {
      <assay-page-header
        [title]="'Installations of ' + product.name"
        [subtitle]="product.vendor.name + ' · what was installed, when, by whom, and the run that accepted it'"
      >
        <a mat-stroked-button [routerLink]="['/testing/products', product.id, 'notices']"
          ><mat-icon>campaign</mat-icon> Send a notice</a
        >
        <button mat-flat-button type="button" (click)="open(null)">
          <mat-icon>add</mat-icon> Record an installation
        </button>
      </assay-page-header>

      @if (store.plans().length) {
        <p class="meta">
          Plans:
          @for (plan of store.plans(); track plan.id; let last = $last) {
            <a [routerLink]="['/testing/plans', plan.id]">{{ plan.name }}</a>{{ last ? '' : ', ' }}
          }
        </p>
      }

      @if (store.installations().length === 0) {
        <assay-empty-state
          icon="history"
          title="No installations recorded"
          message="Each patch, hot fix, service pack or upgrade put on this product appears here, newest first, with its version, the day it went in, who applied it and the test run that accepted it — so when something starts failing you can see what changed just before."
        >
          <button mat-stroked-button type="button" (click)="open(null)">
            <mat-icon>add</mat-icon> Record the first installation
          </button>
        </assay-empty-state>
      } @else {
        <ol class="timeline" aria-label="Installations, newest first">
          @for (item of store.installations(); track item.id) {
            <li class="card">
              <div class="plan-head">
                <h2>
                  <time [attr.datetime]="item.installedOn">{{ item.installedOn | date: 'd MMM y' : 'UTC' }}</time>
                  · {{ kindLabel(item) }} · {{ product.name }} {{ item.productVersionName }}
                </h2>
                <div class="actions">
                  <button mat-button type="button" (click)="open(item)" [attr.aria-label]="'Edit ' + describe(item)">
                    <mat-icon>edit</mat-icon> Edit
                  </button>
                  <button
                    mat-button
                    type="button"
                    (click)="remove(item)"
                    [attr.aria-label]="'Remove ' + describe(item)"
                  >
                    <mat-icon>delete</mat-icon> Remove
                  </button>
                </div>
              </div>
              <dl class="facts">
                <div>
                  <dt>Applied by</dt>
                  <dd>{{ item.appliedBy?.displayName ?? 'Not known' }}</dd>
                </div>
                <div>
                  <dt>Accepted by</dt>
                  <dd>
                    @if (item.acceptingRun; as run) {
                      <a [routerLink]="['/testing/runs', run.id]"
                        >{{ item.acceptingPlanName }} · {{ run.productVersionName
                        }}{{ run.buildLabel ? ' (build ' + run.buildLabel + ')' : '' }}</a
                      >
                      <span class="outcome" [class.failing]="run.progress.failed > 0">{{ outcome(run.progress) }}</span>
                    } @else {
                      No run recorded
                    }
                  </dd>
                </div>
              </dl>
              @if (item.notes) {
                <p class="notes">{{ item.notes }}</p>
              }
            </li>
          }
        </ol>
      }
    }
  `,
  styleUrls: ['../plans/testing-pages.scss', './installations.page.scss'],
})
export class InstallationsPage implements OnInit {
  readonly productId = input.required<string>();
  protected readonly store = inject(InstallationsStore);
  private readonly dialogs = inject(DialogService);
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionStore);
  protected readonly kindLabel = (item: InstallationRow) => installationKindLabel(item.kind);
  protected readonly outcome = runOutcome;
  private readonly me = computed(() => {
    const user = this.session.user();
    return { id: user?.id ?? '', displayName: user?.displayName ?? 'Me' };
  });

  ngOnInit(): void {
    void this.store.load(this.productId());
  }

  protected describe(item: InstallationRow): string {
    return `the ${this.kindLabel(item).toLowerCase()} of ${item.productVersionName} on ${item.installedOn}`;
  }

  protected async open(installation: InstallationRow | null): Promise<void> {
    const product = this.store.product();
    if (!product) return;
    const result = await this.dialogs.openForm<FormDialogResult<InstallationFieldsFragment>, InstallationDialogData>(
      InstallationDialog,
      {
        productId: product.id,
        productName: product.name,
        versions: product.versions,
        runs: this.store.runs(),
        people: this.store.people(),
        me: this.me(),
        installation,
      },
      '640px',
    );
    if (result && 'saved' in result) {
      this.dialogs.notify(installation ? 'Saved the installation.' : 'Recorded the installation.');
    }
    if (result) await this.store.load();
  }

  protected async remove(item: InstallationRow): Promise<void> {
    const outcome = await this.dialogs.confirm({
      title: 'Remove this installation?',
      message: `${this.describe(item)} leaves the record. The audit trail keeps a note of it.`.replace(/^t/, 'T'),
      confirm: 'Remove',
      danger: true,
      run: () =>
        firstValueFrom(
          this.apollo.mutate({
            mutation: RemoveInstallationDocument,
            variables: { input: { id: item.id, version: item.version } },
          }),
        ),
    });
    if (outcome === 'done') this.dialogs.notify('Removed the installation.');
    if (outcome) await this.store.load();
  }
}
