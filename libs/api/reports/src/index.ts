export * from './lib/recommendation-pdf';
export * from './lib/recommendation-xlsx';
export { reportFileName, ROUNDING_NOTE } from './lib/report-format';
