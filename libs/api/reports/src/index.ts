export { renderRecommendationPdf } from './lib/recommendation-pdf';
export { renderRecommendationXlsx } from './lib/recommendation-xlsx';
export { reportFileName, ROUNDING_NOTE } from './lib/report-format';
