// Runs axe-core in a page of the app and lists its serious and critical violations, one line
// each with the elements involved, so a failing test says what to fix and where.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const axeSource = readFileSync(axePath, 'utf8');
const RULE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Impacts that fail the suite; minor and moderate ones are reported by axe but not here. */
const FAILING = new Set(['serious', 'critical']);

/**
 * The serious and critical violations on the page as it is now. NOTE: axe is evaluated through
 * the DevTools protocol, which the page's Content-Security-Policy does not block; a script tag
 * would be refused by it.
 */
export async function axeViolations(page: Page): Promise<string[]> {
	const installed = await page.evaluate(() => 'axe' in globalThis);
	if (!installed) await page.evaluate(axeSource);
	const results = await page.evaluate(async (tags) => {
		const axe = (globalThis as unknown as { axe: typeof import('axe-core') }).axe;
		return axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations']
		});
	}, RULE_TAGS);
	return (results as AxeResults).violations
		.filter((v) => FAILING.has(v.impact ?? ''))
		.map((v) => {
			const where = v.nodes.map((n) => n.target.join(' ')).join(' | ');
			return `${v.id} (${v.impact}): ${v.help} — ${where}`;
		});
}
