import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { Chart, ChartConfiguration } from 'chart.js';

/** Colours for series, in order: distinguishable for the common colour-vision deficiencies (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** A series colour with an alpha, for fills. */
export function seriesColour(index: number, alpha = 1): string {
  const hex = SERIES_COLOURS[index % SERIES_COLOURS.length];
  if (alpha >= 1) return hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

let chartJs: Promise<typeof Chart> | null = null;

/**
 * Chart.js, loaded the first time a chart is drawn (a chunk of its own, outside the initial
 * bundle) and given the parts the app's charts use: bars, lines and areas, radar, scatter.
 */
function loadChartJs(): Promise<typeof Chart> {
  chartJs ??= import('chart.js')
    .then((m) => {
      m.Chart.register(
        m.BarController,
        m.BarElement,
        m.CategoryScale,
        m.LinearScale,
        m.LineController,
        m.RadarController,
        m.RadialLinearScale,
        m.PointElement,
        m.LineElement,
        m.Filler,
        m.ScatterController,
        m.Tooltip,
        m.Legend,
      );
      return m.Chart;
    })
    .catch((error: unknown) => {
      chartJs = null; // a later chart tries again (the network may be back)
      throw error;
    });
  return chartJs;
}

/**
 * A Chart.js chart (bar, line, radar, scatter) drawn from a configuration signal: updated in place
 * when the configuration changes, destroyed with the component. The canvas is an image with a
 * label; pages show the same numbers in a table for screen readers and exact values. Should
 * Chart.js fail to load, the box says so and points to that table.
 */
@Component({
  selector: 'assay-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="box" [style.height.px]="height()">
    <canvas #canvas role="img" [attr.aria-label]="label()"></canvas>
    @if (failed()) {
      <p class="failed">The chart could not be loaded; its numbers are in the table.</p>
    }
  </div>`,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .box {
      position: relative;
      width: 100%;
    }
    .failed {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ChartComponent {
  readonly config = input.required<ChartConfiguration>();
  /** What the chart shows, in words (the canvas's accessible name). */
  readonly label = input.required<string>();
  readonly height = input(300);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  /** Chart.js once loaded. */
  private readonly chartClass = signal<typeof Chart | null>(null);
  protected readonly failed = signal(false);
  private chart: Chart | null = null;
  private chartType: string | null = null;

  constructor() {
    let destroyed = false;
    loadChartJs().then(
      (chartClass) => {
        if (!destroyed) this.chartClass.set(chartClass);
      },
      () => {
        if (!destroyed) this.failed.set(true);
      },
    );
    effect(() => {
      const config = this.config();
      const canvas = this.canvas().nativeElement;
      const ChartClass = this.chartClass();
      if (!ChartClass) return;
      const options = { responsive: true, maintainAspectRatio: false, ...config.options };
      // A new kind of chart, or bars turning from columns to rows, is drawn afresh; anything else updates in place.
      const kind = `${config.type}:${String((config.options as { indexAxis?: string } | undefined)?.indexAxis ?? 'x')}`;
      if (this.chart && this.chartType === kind) {
        this.chart.data = config.data;
        this.chart.options = options;
        this.chart.update();
        return;
      }
      this.chart?.destroy();
      this.chart = new ChartClass(canvas, { ...config, options });
      this.chartType = kind;
    });
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      this.chart?.destroy();
      this.chart = null;
      this.chartType = null;
    });
  }
}
