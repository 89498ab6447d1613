import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@assay/web/core/app';
import { LoadingComponent, PageHeaderComponent } from '@assay/web/ui';
import { MyWorkComponent } from './my-work.component';

@Component({
  selector: 'assay-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatIconModule, RouterLink, PageHeaderComponent, LoadingComponent, MyWorkComponent],
  template: `
    <assay-page-header
      [title]="'Welcome, ' + (session.user()?.displayName ?? '')"
      subtitle="One place for the evidence behind choosing, testing and accepting software."
    />
    @if (session.user()?.isDemo) {
      <p class="demo-note" role="note">
        You are signed in with a demo account. Everything in this organisation is example data.
      </p>
    }
    <!-- What waits for the person: its own chunk, loaded once the page shows. -->
    @defer (on immediate) {
      <assay-my-work />
    } @placeholder {
      <assay-loading label="Loading what waits for you…" />
    }
    <h2 class="areas-title">All areas</h2>
    <div class="areas">
      @for (area of areas; track area.path) {
        <a class="area" [routerLink]="area.path">
          <mat-card appearance="outlined">
            <mat-card-header>
              <mat-icon mat-card-avatar aria-hidden="true">{{ area.icon }}</mat-icon>
              <mat-card-title>{{ area.label }}</mat-card-title>
            </mat-card-header>
            <mat-card-content
              ><p>{{ area.text }}</p></mat-card-content
            >
          </mat-card>
        </a>
      }
    </div>
  `,
  styles: `
    .areas-title {
      font: var(--mat-sys-title-large);
      margin: 32px 0 12px;
    }
    .areas {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 16px;
    }
    .area {
      text-decoration: none;
      color: inherit;
    }
    .area mat-card {
      height: 100%;
    }
    .area:hover mat-card,
    .area:focus-visible mat-card {
      border-color: var(--mat-sys-primary);
    }
    mat-icon[mat-card-avatar] {
      display: flex;
      align-items: center;
      justify-content: center;
      color: var(--mat-sys-primary);
    }
    .demo-note {
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class HomePage {
  protected readonly session = inject(SessionStore);
  protected readonly areas = [
    {
      path: '/vendors',
      label: 'Vendors',
      icon: 'storefront',
      text: 'What the market offers: vendors, products, versions, research notes and reference checks.',
    },
    {
      path: '/evaluations',
      label: 'Evaluations',
      icon: 'fact_check',
      text: 'Requirements from each department, the rubric, blind scoring and a ranking you can defend.',
    },
    {
      path: '/testing',
      label: 'Testing',
      icon: 'science',
      text: 'Acceptance tests on vendor sandboxes, patches and upgrades, and the defects they find.',
    },
    {
      path: '/decisions',
      label: 'Decisions',
      icon: 'gavel',
      text: 'The recommendation with its evidence, and the directors’ approval.',
    },
  ];
}
