import { fixed, percent, points, reportFileName, rubricTree } from './report-format';
import { isReportFont, REPORT_FONT_DIR, REPORT_FONTS } from './report-fonts';
import { decisionReport, draftReport } from './report.fixtures';

describe('reportFileName', () => {
  it.each([
    ['Integrated library system 2027', 'decision', 'Integrated library system 2027 - decision - 2026-11-27.pdf'],
    ['Łódź: SIGB / Montréal-Nord', 'decision', 'Lodz SIGB Montreal-Nord - decision - 2026-11-27.pdf'],
    ['=HYPERLINK("x")', 'decision', 'HYPERLINK x - decision - 2026-11-27.pdf'],
    ['../../etc/passwd', 'decision', 'etc passwd - decision - 2026-11-27.pdf'],
    ['図書館', 'decision', 'Evaluation - decision - 2026-11-27.pdf'],
    ['Straße Ærø', 'draft', 'Strasse AEro - draft v2 - 2026-11-20.pdf'],
  ])('names %p as %p', (title, kind, expected) => {
    const report = kind === 'draft' ? draftReport() : decisionReport();
    report.snapshot.evidence.evaluation.title = title;

    const sut = reportFileName(report, 'pdf');

    expect(sut).toBe(expected);
    expect(sut).toMatch(/^[A-Za-z0-9 .-]+$/);
  });

  it('keeps a long title to a bounded length', () => {
    const report = decisionReport();
    report.snapshot.evidence.evaluation.title = 'x'.repeat(500);

    expect(reportFileName(report, 'xlsx').length).toBeLessThanOrEqual(140);
  });
});

describe('rounding', () => {
  it.each([
    [fixed(78.34567, 1), '78.3'],
    [fixed(71.04999, 1), '71.0'],
    [fixed(-0.04, 1), '0.0'],
    [fixed(null, 1), '—'],
    [fixed(12345.678, 1), '12345.7'],
    [percent(0.9166666), '91.7%'],
    [percent(1), '100.0%'],
    [points(0.33234), '+33.2 pp'],
    [points(-0.0004), '0.0 pp'],
  ])('prints %p as %p', (sut, expected) => {
    expect(sut).toBe(expected);
  });
});

describe('rubricTree', () => {
  it('puts each criterion under its parent, whatever the order given, and survives a cycle', () => {
    const sut = rubricTree([
      { id: 'b1', name: 'B1', parentId: 'b', localWeight: 1, globalWeight: 0.5 },
      { id: 'a', name: 'A', parentId: null, localWeight: 0.5, globalWeight: 0.5 },
      { id: 'b', name: 'B', parentId: null, localWeight: 0.5, globalWeight: 0.5 },
      { id: 'a1', name: 'A1', parentId: 'a', localWeight: 1, globalWeight: 0.5 },
      { id: 'x', name: 'X', parentId: 'y', localWeight: 1, globalWeight: 0 },
      { id: 'y', name: 'Y', parentId: 'x', localWeight: 1, globalWeight: 0 },
    ]);

    expect(sut.map((e) => `${e.depth}:${e.criterion.name}`)).toEqual(['0:A', '1:A1', '0:B', '1:B1', '0:X', '0:Y']);
  });
});

describe('isReportFont', () => {
  it.each([
    [REPORT_FONTS['Roboto'].normal as string, true],
    [REPORT_FONTS['Roboto'].bold as string, true],
    ['/etc/passwd', false],
    [`${REPORT_FONT_DIR}/../../package.json`, false],
  ])('lets a report read %p: %p', (path, expected) => {
    expect(isReportFont(path)).toBe(expected);
  });
});
