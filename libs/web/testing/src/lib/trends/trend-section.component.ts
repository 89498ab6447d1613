import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { problemOf } from '@assay/web/core';
import { downloadCsv } from '@assay/web/core/csv';
import { DialogService, ScrollRegionDirective } from '@assay/web/ui';
import { ChartComponent } from '@assay/web/ui/chart';
import type { ChartConfiguration } from 'chart.js';
import { formatCell, TrendColumnKind, trendFileName, TrendTable } from './trends-model';

/**
 * One trend: its heading, a chart, and the same numbers as a table (a toggle away: a chart is never
 * the only way to read a number), downloadable as CSV built in the browser from that table.
 */
@Component({
  selector: 'assay-trend-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, ChartComponent, ScrollRegionDirective],
  template: `
    <section class="trend" [attr.aria-labelledby]="key() + '-title'">
      <div class="trend-head">
        <h2 [id]="key() + '-title'">{{ table().caption }}</h2>
        <div class="trend-actions">
          <button mat-button type="button" [attr.aria-controls]="key() + '-view'" (click)="asTable.set(!asTable())">
            <mat-icon>{{ asTable() ? 'bar_chart' : 'table_rows' }}</mat-icon>
            {{ asTable() ? 'Show as chart' : 'Show as table' }}
          </button>
          <button
            mat-button
            type="button"
            [attr.aria-label]="'Download CSV of ' + table().caption.toLowerCase()"
            [disabled]="saving()"
            (click)="download()"
          >
            <mat-icon>download</mat-icon> Download CSV
          </button>
        </div>
      </div>
      <ng-content />
      <div [id]="key() + '-view'">
        @if (asTable()) {
          <div class="table-wrap" [assayScrollRegion]="table().caption + ', as a table'">
            <table [attr.aria-labelledby]="key() + '-title'">
              <thead>
                <tr>
                  @for (column of table().columns; track $index) {
                    <th scope="col" [class]="cellClass(column.kind)">
                      {{ column.header }}
                    </th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (row of table().rows; track $index) {
                  <tr>
                    @for (value of row; track $index; let first = $first) {
                      @if (first) {
                        <th scope="row">{{ formatCell(value, table().columns[$index].kind) }}</th>
                      } @else {
                        <td [class]="cellClass(table().columns[$index].kind)">
                          {{ formatCell(value, table().columns[$index].kind) }}
                        </td>
                      }
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <assay-chart
            [config]="chart()"
            [label]="chartLabel() + ' (Show as table gives the numbers)'"
            [height]="height()"
          />
        }
      </div>
    </section>
  `,
  styleUrl: './trend-section.component.scss',
})
export class TrendSectionComponent {
  private readonly dialogs = inject(DialogService);

  /** Unique on the page: the section's element ids start with it. */
  readonly key = input.required<string>();
  readonly table = input.required<TrendTable>();
  readonly chart = input.required<ChartConfiguration>();
  /** What the chart shows, in words. */
  readonly chartLabel = input.required<string>();
  readonly height = input(280);
  /** Whose trends, for the file's name: the evaluation's title or the product's name. */
  readonly scopeName = input('');

  protected readonly asTable = signal(false);
  protected readonly saving = signal(false);
  protected readonly formatCell = formatCell;
  /** Counts and percentages line up on the right; days stay on one line. */
  protected cellClass(kind: TrendColumnKind): string {
    return kind === 'count' || kind === 'percent' ? 'num' : kind === 'date' ? 'date' : '';
  }

  protected async download(): Promise<void> {
    const table = this.table();
    this.saving.set(true);
    try {
      await downloadCsv(
        trendFileName(this.scopeName(), table.file, new Date()),
        table.columns.map((column) => column.header),
        table.rows,
      );
    } catch (error) {
      this.dialogs.notify(`The CSV file could not be made: ${problemOf(error).message}`);
    } finally {
      this.saving.set(false);
    }
  }
}
