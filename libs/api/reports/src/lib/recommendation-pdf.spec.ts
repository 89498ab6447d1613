import { pdfText } from './pdf-text.testing';
import { renderRecommendationPdf } from './recommendation-pdf';
import { decisionReport, draftReport, largeReport } from './report.fixtures';

describe('renderRecommendationPdf', () => {
  let decision: string;
  let draft: string;

  beforeAll(async () => {
    decision = (await pdfText(await renderRecommendationPdf(decisionReport()))).text;
    draft = (await pdfText(await renderRecommendationPdf(draftReport()))).text;
  }, 60_000);

  it('writes an A4 PDF document', async () => {
    const sut = await renderRecommendationPdf(decisionReport());

    expect(sut.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sut.subarray(-8).toString('latin1')).toContain('%%EOF');
    expect(sut.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
  });

  it.each([
    ['the evaluation', 'Integrated library system 2027'],
    ['the decision', 'Decision'],
    ['the recommended candidate', 'Recommended: Koha Cloud'],
    ['the first total, to 1 decimal', '78.3'],
    ['the second total, to 1 decimal', '71.0'],
    ['the knocked-out total, to 1 decimal', '40.3'],
    ['a knockout', 'REQ-7 Unicode cataloguing'],
    ['completeness in %', '91.7%'],
    ['a verdict with waivers', 'Koha Cloud: Accepted with waivers'],
    ['an acceptance', 'Bibliothèque de Montréal-Nord: Accepted'],
    ['a refusal', 'LegacyLib 9: Not accepted'],
    ['a waiver', 'REQ-12 Offline circulation'],
    ['who agreed to it', 'Zofia Wiśniewska'],
    ['a sign-off', 'Hélène Côté'],
    ['the first approver', 'Marek Dyrektor'],
    ['the second approver', 'Élodie Directrice'],
    ['an approver’s comment', 'Approved for the board.'],
    ['the required approvals', '2 (2 given)'],
    ['the decision time', '2026-11-27 15:42 UTC'],
    ['a reference library with Latin Extended letters', 'Łódź'],
    ['a candidate with accents', 'Bibliothèque de Montréal-Nord'],
    ['a risk and its mitigation', 'Escrow of the source and the data'],
    ['the conditions', '99.5% availability clause'],
    ['agreement α to 3 decimals', '0.712'],
    ['Kendall’s W', '0.833'],
    ['its p-value', '0.012'],
    ['a low-agreement criterion', 'O2 Support in French'],
    ['a tie point', '+33.2 pp'],
    ['the stability', '±30.0%'],
    ['the winner without consensus', 'Without them the winner is still first.'],
    ['a contradicted claim', 'A test failed'],
    ['a declared conflict of interest', 'Worked for the vendor until 2021'],
    ['an overridden conflict and why', 'Shares sold in 2024'],
    ['the declarations of no conflict', '1 evaluator declared no conflict (1 declaration).'],
    ['a TCO in the evaluation’s currency', '€412,345.68'],
    ['the rounding', 'Rounding: totals to 1 decimal'],
    ['the rubric’s global weights', '28.0%'],
    ['page numbers', 'Page 1 of'],
  ])('prints %s', (_what, expected) => {
    expect(decision).toContain(expected);
  });

  it('marks a draft as not a decision, on the cover and as a watermark, and a decision not', () => {
    expect(draft).toContain('DRAFT — under review, not a decision');
    expect(draft).toContain('Not decided (under review)');
    expect(draft).toContain('Approvals so far');
    expect(draft).toContain('2 (1 given)');
    expect(decision).not.toContain('DRAFT');
  });

  it('puts the draft watermark on every page', async () => {
    const { pages } = await pdfText(await renderRecommendationPdf(draftReport()));

    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('DRAFT');
  }, 30_000);

  it('names "none of them" and the reason when no candidate is recommended', async () => {
    const report = decisionReport();
    report.snapshot.candidateName = null;
    report.snapshot.text = { ...report.snapshot.text, candidateId: null, noneReason: 'No candidate meets REQ-7.' };

    const { text } = await pdfText(await renderRecommendationPdf(report));

    expect(text).toContain('Recommended: None of them');
    expect(text).toContain('Reason: No candidate meets REQ-7.');
  }, 30_000);

  it('says in one line that a section is empty', async () => {
    const report = decisionReport();
    const evidence = report.snapshot.evidence;
    report.snapshot.text = { ...report.snapshot.text, risks: [] };
    report.snapshot.evidence = {
      ...evidence,
      ranking: null,
      rubric: [],
      acceptance: [],
      defects: [],
      contradictedClaims: [],
      referenceChecks: [],
      trainingNeeds: [],
      costs: [],
      conflicts: undefined,
    };

    const { text } = await pdfText(await renderRecommendationPdf(report));

    for (const line of [
      'No risks recorded.',
      'No round is revealed: there is no ranking.',
      'No acceptance verdicts recorded.',
      'No open defects.',
      'No claim was contradicted.',
      'No reference checks recorded.',
      'No training needs recorded.',
      'No costs recorded.',
      'No evaluator declared a conflict of interest.',
      'No frozen rubric',
    ])
      expect(text).toContain(line);
  }, 30_000);

  it('keeps every word of long text: a cell longer than a page continues, a long token wraps', async () => {
    const report = decisionReport();
    const words = Array.from({ length: 6000 }, (_, i) => `w${i}`);
    const token = `https://example.org/${'ab'.repeat(300)}`;
    report.snapshot.text.risks[0].mitigation = words.join(' ');
    report.approvals[0].comment = token;

    const { text, pages } = await pdfText(await renderRecommendationPdf(report));

    expect(pages.length).toBeGreaterThan(10);
    expect(text).toContain('w0 w1 w2');
    expect(text).toContain('w5998 w5999');
    expect(text.replace(/\s+/g, '')).toContain(token);
  }, 60_000);

  it('renders reports side by side, each with its own marks', async () => {
    const [first, second] = await Promise.all([
      renderRecommendationPdf(draftReport()),
      renderRecommendationPdf(decisionReport()),
    ]);

    expect((await pdfText(first)).text).toContain('DRAFT');
    expect((await pdfText(second)).text).not.toContain('DRAFT');
  }, 60_000);

  it('renders a report of 50 candidates and 500 criteria as a valid PDF', async () => {
    const sut = await renderRecommendationPdf(largeReport(50, 500));

    const { text, pages } = await pdfText(sut);
    expect(pages.length).toBeGreaterThan(10);
    expect(text).toContain('Candidate 50 Łódź edition');
    expect(text).toContain('C490 Criterion');
    expect(text).toContain(`Page ${pages.length} of ${pages.length}`);
  }, 120_000);
});
