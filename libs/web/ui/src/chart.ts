/**
 * The chart component, apart from the library's main entry point: the app shell imports that one,
 * and a chart is only ever drawn on a lazily loaded page, so the chart's code (and Chart.js, which
 * it loads on first use) stays out of the initial bundle.
 */
export * from './lib/chart.component';
