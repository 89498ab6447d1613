import type { AxeResults, ImpactValue } from 'axe-core';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's rules for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One rule that failed, with the elements that failed it. */
export interface AxeViolation {
  rule: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

let source: string | null = null;
/** axe-core's own build, read once; evaluated in the page (the app's CSP refuses inline script elements, not DevTools evaluation). */
function axeSource(): string {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/**
 * Runs axe-core over the whole page as it is now, with the WCAG 2.2 AA rules, and returns what it
 * found. Finite animations (a dialog fading in) are let finish first: a half-transparent frame is
 * not what a reader sees, and would fail the contrast rule by chance.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
    await Promise.race([
      Promise.all(finite.map((a) => a.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]);
  });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const results = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<AxeResults> };
      }
    ).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
  }, WCAG_22_AA);
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map(String).join(' '),
      html: n.html,
      summary: n.failureSummary ?? '',
    })),
  }));
}

/** The violations as a list a person can act on: rule, impact, what to fix, and where. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    at ${n.target}\n       ${n.html.slice(0, 200)}\n       ${n.summary.replace(/\n\s*/g, ' ')}`)
        .join('\n');
      return `- ${v.rule} (${v.impact ?? 'unknown impact'}, ${v.nodes.length} ${v.nodes.length === 1 ? 'element' : 'elements'}): ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}
