import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './session';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core's WCAG 2.2 A/AA rules in the page, on `shadowPath` (host selector, then selectors
 * inside its shadow root) or on the whole document.
 */
export async function axeViolations(page: TestPage, shadowPath?: string[]): Promise<AxeViolation[]> {
  await page.evaluateScript(axeSource);
  return page.evaluate(async (path) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const context = path ? { fromShadowDom: path } : document;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, shadowPath);
}
