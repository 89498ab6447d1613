import { CellValue, Workbook, Worksheet } from 'exceljs';
import { renderRecommendationXlsx } from './recommendation-xlsx';
import { decisionReport, largeReport } from './report.fixtures';

async function read(bytes: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows below the header, as plain values (column A first). */
function rows(sheet: Worksheet | undefined): CellValue[][] {
  if (!sheet) throw new Error('missing sheet');
  const out: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number > 1) out.push((row.values as CellValue[]).slice(1));
  });
  return out;
}

describe('renderRecommendationXlsx', () => {
  let sut: Workbook;

  beforeAll(async () => {
    sut = await read(await renderRecommendationXlsx(decisionReport()));
  }, 30_000);

  it('has one sheet per section, each with a bold, frozen header row', () => {
    expect(sut.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Ranking',
      'Stability',
      'Agreement',
      'Acceptance',
      'Defects',
      'Claims',
      'References',
      'Training',
      'Conflicts',
      'Costs',
      'Rubric',
      'Reviews',
    ]);
    for (const sheet of sut.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
  });

  it('writes the ranking at full precision, with display formats', () => {
    const sheet = sut.getWorksheet('Ranking');

    expect(rows(sheet)).toEqual([
      [1, 'Koha Cloud', 78.34567, 1, 'No'],
      [2, 'Bibliothèque de Montréal-Nord', 71.04999, 0.9166666, 'No'],
      [undefined, 'LegacyLib 9', 40.2517, 0.75, 'Yes', 'REQ-7 Unicode cataloguing'],
    ]);
    expect(sheet?.getCell('C2').numFmt).toBe('0.0');
    expect(sheet?.getCell('D2').numFmt).toBe('0.0%');
  });

  it.each<[string, string, CellValue]>([
    ['Summary', 'B2', 'Integrated library system 2027'],
    ['Summary', 'B3', 'Decision'],
    ['Summary', 'B5', 'Koha Cloud'],
    ['Stability', 'B2', 0.28],
    ['Stability', 'C2', 0.61234],
    ['Stability', 'D2', 0.33234],
    ['Agreement', 'B2', 0.712345],
    ['Agreement', 'B3', 0.83333],
    ['Agreement', 'B4', 0.0123456],
    ['Agreement', 'A6', 'O2 Support in French'],
    ['Agreement', 'B6', 0.41234],
    ['Acceptance', 'B2', 'Accepted with waivers'],
    ['Acceptance', 'C2', 96.153846],
    ['Acceptance', 'B3', 'Accepted'],
    ['Acceptance', 'B4', 'Not accepted'],
    ['Defects', 'C2', 1],
    ['Defects', 'F2', 6],
    ['Defects', 'B3', 2],
    ['Claims', 'D2', 'A test failed'],
    ['References', 'B2', 'Łódź'],
    ['References', 'D3', 5],
    ['Training', 'F2', 42],
    ['Conflicts', 'A3', 'Hélène Côté'],
    ['Conflicts', 'C2', 'No'],
    ['Conflicts', 'D3', 'Worked for the vendor until 2021'],
    ['Conflicts', 'F3', null],
    ['Conflicts', 'G4', 'Shares sold in 2024'],
    ['Costs', 'B2', 412345.678],
    ['Costs', 'C2', 1.9000123],
    ['Costs', 'C4', null],
    ['Rubric', 'D3', 0.5],
    ['Rubric', 'E6', 0.28],
    ['Reviews', 'A3', 'Élodie Directrice'],
    ['Reviews', 'B3', 'Approved'],
  ])('%s!%s is %p', (sheet, address, expected) => {
    expect(sut.getWorksheet(sheet)?.getCell(address).value).toEqual(expected);
  });

  it('lists the approvers, waivers and sign-offs', () => {
    const summary = rows(sut.getWorksheet('Summary')).map((r) => r.slice(0, 2));
    expect(summary).toContainEqual(['Approval 1', 'Marek Dyrektor']);
    expect(summary).toContainEqual(['Approval 2', 'Élodie Directrice']);
    expect(summary).toContainEqual(['Required approvals', 2]);
    const acceptance = rows(sut.getWorksheet('Acceptance'));
    expect(acceptance).toContainEqual(
      expect.arrayContaining(['Koha Cloud', 'REQ-12 Offline circulation', 'Zofia Wiśniewska']),
    );
    expect(acceptance).toContainEqual(expect.arrayContaining(['Koha Cloud', 'Test lead', 'Hélène Côté']));
  });

  it('writes dates as dates', () => {
    expect(sut.getWorksheet('Reviews')?.getCell('C2').value).toEqual(new Date('2026-11-26T11:00:00.000Z'));
    expect(sut.getWorksheet('References')?.getCell('C2').value).toEqual(new Date('2026-10-02T00:00:00.000Z'));
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['+1+1', "'+1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Plain title', 'Plain title'],
  ])('writes the title %p as text, never as a formula', async (title, written) => {
    const report = decisionReport();
    report.snapshot.evidence.evaluation.title = title;
    report.snapshot.evidence.referenceChecks[0].summary = title;

    const workbook = await read(await renderRecommendationXlsx(report));

    const cell = workbook.getWorksheet('Summary')?.getCell('B2');
    expect(cell?.type).toBe(3 /* ValueType.String */);
    expect(cell?.value).toBe(written);
    expect(cell?.formula).toBeUndefined();
    expect(workbook.getWorksheet('References')?.getCell('E2').value).toBe(written);
  });

  it('writes "none of them" with its reason, and empty sections as header rows only', async () => {
    const report = decisionReport();
    report.snapshot.candidateName = null;
    report.snapshot.text = { ...report.snapshot.text, candidateId: null, noneReason: 'No candidate meets REQ-7.' };
    report.snapshot.evidence = { ...report.snapshot.evidence, ranking: null, defects: [], costs: [] };

    const workbook = await read(await renderRecommendationXlsx(report));

    const summary = rows(workbook.getWorksheet('Summary')).map((r) => r.slice(0, 2));
    expect(summary).toContainEqual(['Recommended', 'None of them']);
    expect(summary).toContainEqual(['Reason for none', 'No candidate meets REQ-7.']);
    for (const name of ['Ranking', 'Stability', 'Agreement', 'Defects', 'Costs'])
      expect(workbook.getWorksheet(name)?.rowCount).toBe(1);
  });

  it('cuts a text longer than a cell may hold, and says so', async () => {
    const report = decisionReport();
    report.snapshot.text.rationale = 'word '.repeat(10_000);

    const workbook = await read(await renderRecommendationXlsx(report));

    const rationale = rows(workbook.getWorksheet('Summary')).find((r) => r[0] === 'Rationale')?.[1] as string;
    expect(rationale.length).toBe(32_767);
    expect(rationale).toMatch(/the PDF report has the whole text\)$/);
  });

  it('writes a report of 50 candidates and 500 criteria', async () => {
    const workbook = await read(await renderRecommendationXlsx(largeReport(50, 500)));

    expect(workbook.getWorksheet('Ranking')?.rowCount).toBe(51);
    expect(workbook.getWorksheet('Rubric')?.rowCount).toBe(501);
  }, 60_000);
});
