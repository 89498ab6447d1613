import { dirname, join } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';

/**
 * The report's typeface: Roboto as the pdfmake package ships it (Latin, Latin Extended, Greek and
 * Cyrillic, so "Łódź" and "Montréal" print as written). The API runs its compiled files from
 * dist/apps/api with the installed node_modules beside the workspace, as it does its other
 * packages, so the fonts are found where the package is installed: the same path in the tests and
 * in the built server, with nothing to copy and nothing to download.
 */
export const REPORT_FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

export const REPORT_FONTS: TFontDictionary = {
  Roboto: {
    normal: join(REPORT_FONT_DIR, 'Roboto-Regular.ttf'),
    bold: join(REPORT_FONT_DIR, 'Roboto-Medium.ttf'),
    italics: join(REPORT_FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: join(REPORT_FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
};

/** The only files a report may read: its fonts (a report never loads an image or a URL). */
export function isReportFont(path: string): boolean {
  return Object.values(REPORT_FONTS.Roboto).includes(path);
}
