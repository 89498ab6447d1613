import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Priority, RequirementStatus } from '@assay/web/core';
import { EmptyStateComponent, ScrollRegionDirective } from '@assay/web/ui';
import { keysOf, PRIORITY, REQUIREMENT_STATUS } from '../evaluation-labels';
import { EvaluationStore } from './evaluation.store';

interface Cell {
  total: number;
  byStatus: Record<RequirementStatus, number>;
}

const STATUSES = keysOf(REQUIREMENT_STATUS);

function emptyCell(): Cell {
  return { total: 0, byStatus: { PROPOSED: 0, APPROVED: 0, REJECTED: 0 } };
}

/** Requirements per department and priority, each cell with how many are approved, proposed and rejected. */
@Component({
  selector: 'assay-requirement-counts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, MatButtonModule, MatIconModule, EmptyStateComponent, ScrollRegionDirective],
  template: `
    @if (store.evaluation(); as evaluation) {
      <section class="card" aria-labelledby="requirements-heading">
        <div class="section-head">
          <h2 id="requirements-heading">Requirements ({{ grand().total }})</h2>
          <a mat-stroked-button [routerLink]="['/evaluations', evaluation.id, 'requirements']"
            ><mat-icon>checklist</mat-icon> Open requirements</a
          >
        </div>
        @if (grand().total === 0) {
          <assay-empty-state
            icon="checklist"
            title="No requirements yet"
            message="Department heads record their department’s requirements, or import them from a spreadsheet."
          />
        } @else {
          <p class="muted summary">
            @for (status of statuses; track status) {
              <span
                ><i [class]="'dot ' + status.toLowerCase()" aria-hidden="true"></i> {{ grand().byStatus[status] }}
                {{ statusLabel[status].toLowerCase() }}</span
              >
            }
          </p>
          <div class="table-wrap" assayScrollRegion="Requirements by department and priority">
            <table class="plain counts" aria-label="Requirements by department and priority">
              <thead>
                <tr>
                  <th scope="col">Department</th>
                  @for (priority of priorities; track priority) {
                    <th scope="col" class="number">{{ priorityLabel[priority] }}</th>
                  }
                  <th scope="col" class="number">Total</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.departmentId) {
                  <tr>
                    <th scope="row">
                      <a
                        [routerLink]="['/evaluations', evaluation.id, 'requirements']"
                        [queryParams]="{ department: row.departmentId }"
                        >{{ row.name }}</a
                      >
                    </th>
                    @for (priority of priorities; track priority) {
                      <td class="number">
                        <ng-container
                          [ngTemplateOutlet]="cell"
                          [ngTemplateOutletContext]="{ $implicit: row.cells[priority] }"
                        />
                      </td>
                    }
                    <td class="number total">
                      <ng-container [ngTemplateOutlet]="cell" [ngTemplateOutletContext]="{ $implicit: row.total }" />
                    </td>
                  </tr>
                }
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All departments</th>
                  @for (priority of priorities; track priority) {
                    <td class="number total">
                      <ng-container
                        [ngTemplateOutlet]="cell"
                        [ngTemplateOutletContext]="{ $implicit: grand().byPriority[priority] }"
                      />
                    </td>
                  }
                  <td class="number total">
                    <ng-container [ngTemplateOutlet]="cell" [ngTemplateOutletContext]="{ $implicit: grand() }" />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        }
      </section>
    }

    <ng-template #cell let-cell>
      @if (cell.total === 0) {
        <span class="zero" aria-hidden="true">–</span><span class="visually-hidden">none</span>
      } @else {
        <span class="visually-hidden">{{ describe(cell) }}</span>
        <span class="count" aria-hidden="true">
          <span class="n">{{ cell.total }}</span>
          <span class="bar" aria-hidden="true">
            @for (status of statuses; track status) {
              @if (cell.byStatus[status] > 0) {
                <i
                  [class]="'seg ' + status.toLowerCase()"
                  [style.flex-grow]="cell.byStatus[status]"
                  [title]="cell.byStatus[status] + ' ' + statusLabel[status].toLowerCase()"
                ></i>
              }
            }
          </span>
        </span>
      }
    </ng-template>
  `,
  styleUrl: './sections.scss',
  styles: `
    .counts td,
    .counts th[scope='row'] {
      vertical-align: middle;
    }
    .counts th[scope='row'] {
      font-weight: 500;
      text-align: left;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .counts tfoot th,
    .counts tfoot td {
      border-top: 2px solid var(--mat-sys-outline-variant);
      border-bottom: none;
    }
    .counts th[scope='row'] a {
      text-decoration: none;
    }
    .counts th[scope='row'] a:hover {
      text-decoration: underline;
    }
    .count {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 3px;
      min-width: 40px;
    }
    .n {
      font-weight: 500;
    }
    .total .n {
      font-weight: 700;
    }
    .bar {
      display: flex;
      width: 40px;
      height: 4px;
      border-radius: 2px;
      overflow: hidden;
      background: var(--mat-sys-surface-variant);
    }
    .seg {
      display: block;
      flex-basis: 0;
    }
    .approved {
      background: var(--mat-sys-primary);
    }
    .proposed {
      background: var(--mat-sys-outline);
    }
    .rejected {
      background: var(--mat-sys-error);
    }
    .zero {
      color: var(--mat-sys-outline);
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin: 0 0 8px;
    }
    .summary span {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .dot {
      display: inline-block;
      width: 12px;
      height: 6px;
      border-radius: 3px;
    }
    @media (max-width: 600px) {
      .counts th,
      .counts td {
        padding: 6px 4px;
      }
      .count {
        min-width: 28px;
      }
      .bar {
        width: 28px;
      }
    }
  `,
})
export class RequirementCountsComponent {
  protected readonly store = inject(EvaluationStore);
  protected readonly priorities = keysOf(PRIORITY);
  protected readonly priorityLabel = PRIORITY;
  protected readonly statuses = STATUSES;
  protected readonly statusLabel = REQUIREMENT_STATUS;

  protected readonly rows = computed(() => {
    const counts = this.store.evaluation()?.requirementCounts ?? [];
    const names = this.store.departmentNames();
    const byDepartment = new Map<
      string,
      { departmentId: string; name: string; cells: Record<Priority, Cell>; total: Cell }
    >();
    for (const count of counts) {
      let row = byDepartment.get(count.departmentId);
      if (!row) {
        row = {
          departmentId: count.departmentId,
          name: names.get(count.departmentId) ?? 'Unknown department',
          cells: { MUST: emptyCell(), SHOULD: emptyCell(), COULD: emptyCell(), WONT: emptyCell() },
          total: emptyCell(),
        };
        byDepartment.set(count.departmentId, row);
      }
      for (const cell of [row.cells[count.priority], row.total]) {
        cell.total += count.count;
        cell.byStatus[count.status] += count.count;
      }
    }
    return [...byDepartment.values()].sort((a, b) => a.name.localeCompare(b.name));
  });

  protected readonly grand = computed(() => {
    const grand = {
      ...emptyCell(),
      byPriority: { MUST: emptyCell(), SHOULD: emptyCell(), COULD: emptyCell(), WONT: emptyCell() } as Record<
        Priority,
        Cell
      >,
    };
    for (const count of this.store.evaluation()?.requirementCounts ?? []) {
      for (const cell of [grand.byPriority[count.priority], grand]) {
        cell.total += count.count;
        cell.byStatus[count.status] += count.count;
      }
    }
    return grand;
  });

  protected describe(cell: Cell): string {
    const parts = STATUSES.filter((status) => cell.byStatus[status] > 0).map(
      (status) => `${cell.byStatus[status]} ${REQUIREMENT_STATUS[status].toLowerCase()}`,
    );
    return `${cell.total}: ${parts.join(', ')}`;
  }
}
