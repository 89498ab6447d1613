import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  ScatterController,
  Tooltip,
  Legend,
);

/** Colours for series, in order: distinguishable for the common colour-vision deficiencies (Okabe–Ito). */
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** A series colour with an alpha, for fills. */
export function seriesColour(index: number, alpha = 1): string {
  const hex = SERIES_COLOURS[index % SERIES_COLOURS.length];
  if (alpha >= 1) return hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * A Chart.js chart (bar, radar, scatter) drawn from a configuration signal: updated in place when
 * the configuration changes, destroyed with the component. The canvas is an image with a label;
 * pages show the same numbers in a table beside it for screen readers and exact values.
 */
@Component({
  selector: 'assay-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="box" [style.height.px]="height()">
    <canvas #canvas role="img" [attr.aria-label]="label()"></canvas>
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
  `,
})
export class ChartComponent {
  readonly config = input.required<ChartConfiguration>();
  /** What the chart shows, in words (the canvas's accessible name). */
  readonly label = input.required<string>();
  readonly height = input(300);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;
  private chartType: string | null = null;

  constructor() {
    effect(() => {
      const config = this.config();
      const canvas = this.canvas().nativeElement;
      // A new kind of chart, or bars turning from columns to rows, is drawn afresh; anything else updates in place.
      const kind = `${config.type}:${String((config.options as { indexAxis?: string } | undefined)?.indexAxis ?? 'x')}`;
      if (this.chart && this.chartType === kind) {
        this.chart.data = config.data;
        this.chart.options = { responsive: true, maintainAspectRatio: false, ...config.options };
        this.chart.update();
        return;
      }
      this.chart?.destroy();
      this.chart = new Chart(canvas, {
        ...config,
        options: { responsive: true, maintainAspectRatio: false, ...config.options },
      });
      this.chartType = kind;
    });
    inject(DestroyRef).onDestroy(() => {
      this.chart?.destroy();
      this.chart = null;
      this.chartType = null;
    });
  }
}
