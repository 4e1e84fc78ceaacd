// Protects the report steps in a real browser: setting up the APR or CAPER over the sample (with
// the setup's warnings), running it, the navigator of every table, the clients behind a number,
// finding a client, the data-quality help and Sage's checks, with keyboard navigation.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { APR_RULES } from '../../src/engine/report/checks';
import { APR_TABLES, CAPER_TABLES } from '../../src/engine/report/compositions';
import { generateSampleZip } from '../../src/engine/sample';
import { loaded, loadSample, useApp, type AppPage } from './app-flow';
import { screenshotDir } from './browser';

const app = useApp(inject('baseUrl'));

/** The app's page, opened for this test, wide enough for the review's two panes. */
async function openApp(): Promise<AppPage> {
	return app.open({ viewport: { width: 1400, height: 900 } });
}

/** The app with the sample export loaded. */
async function sampleLoaded(): Promise<Page> {
	const { page } = await openApp();
	await loadSample(page);
	return page;
}

/** A screenshot of one part of the page (the whole page is long once an export is loaded). */
async function shot(part: Locator, name: string): Promise<void> {
	mkdirSync(screenshotDir, { recursive: true });
	await part.screenshot({ path: resolve(screenshotDir, `${name}.png`) });
}

/** The first number in a text ("93, 93 clients" is 93: cells also say how many clients). */
function number(text: string): number {
	return Number(/-?[\d,]+(\.\d+)?/.exec(text)?.[0].replace(/,/g, '') ?? NaN);
}

/** Picks the projects whose search finds exactly one, by their names. */
async function pick(page: Page, ...names: string[]): Promise<void> {
	const search = page.getByLabel('Search projects');
	for (const name of names) {
		await search.fill(name);
		await page.getByRole('checkbox', { name, exact: true }).check();
	}
	await search.fill('');
}

/** Sets a fixed period inside the sample's (FY2026), so the test does not depend on today. */
async function period(page: Page, start: string, end: string): Promise<void> {
	await page.locator('#report-start').fill(start);
	await page.locator('#report-end').fill(end);
}

async function run(page: Page, report = 'APR'): Promise<void> {
	await page.getByRole('button', { name: `Run the ${report}` }).click();
	await page.locator('#review-heading, [role="alert"]').first().waitFor();
	expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
}

async function selectTable(page: Page, id: string): Promise<void> {
	await page.locator(`nav[aria-label="Report tables"] button[data-table="${id}"]`).click();
	await page.locator('#table-heading', { hasText: `${id}:` }).waitFor();
}

/** Opens the clients behind a cell of the table shown and returns the total the panel gives. */
async function openCell(page: Page, ref: string): Promise<number> {
	await page.locator(`td[data-ref="${ref}"] button`).click();
	return panelTotal(page);
}

async function panelTotal(page: Page): Promise<number> {
	const dialog = page.getByRole('dialog');
	await dialog.locator('[data-field="members-total"]').waitFor();
	return number(await dialog.locator('[data-field="members-total"]').innerText());
}

const rowCount = (page: Page) =>
	page.getByRole('dialog').getByRole('table').getAttribute('aria-rowcount');

type Ticks = typeof globalThis & { clockTicks: number };

/** Counts, from now on, the changes of the elapsed time the page shows while a report runs. */
async function countClockTicks(page: Page): Promise<void> {
	await page.evaluate(() => {
		const ticks = globalThis as Ticks;
		ticks.clockTicks = 0;
		new MutationObserver((records) => {
			for (const record of records) {
				if (record.target.parentElement?.closest('.running')) ticks.clockTicks++;
			}
		}).observe(document.body, { subtree: true, characterData: true, childList: true });
	});
}

/** Sorts the open panel by age and downloads it: the CSV has every client, youngest first. */
async function sortedDownloadHasEvery(page: Page, total: number): Promise<void> {
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('button', { name: /^Age/ }).click();
	expect(await dialog.getByRole('columnheader', { name: /^Age/ }).getAttribute('aria-sort')).toBe(
		'ascending'
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Download all as CSV' }).click()
	]);
	const parsed = Papa.parse<Record<string, string>>(readFileSync(await download.path(), 'utf8'), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	expect(parsed.data.length).toBe(total);
	// The cell's fields come with their HUD names: "Full DOB reported (1)".
	expect(parsed.data.some((r) => /\(\d+\)$/.test(r.DOBDataQuality ?? ''))).toBe(true);
	expect(new Set(parsed.data.map((r) => r.PersonalID)).size).toBe(total);
	const ages = parsed.data
		.map((r) => r.Age)
		.filter((a) => a !== '')
		.map(Number);
	expect(ages).toEqual([...ages].sort((a, b) => a - b));
}

describe('setting up, running and reviewing a report', () => {
	it('runs the APR for one project and reviews it table by table', async () => {
		const page = await sampleLoaded();
		await period(page, '2025-10-01', '2026-09-30');
		await pick(page, 'Northside Rapid Re-Housing');
		expect(await page.locator('[data-warning]').count()).toBe(0);
		await shot(page.locator('section[aria-labelledby="setup-heading"]'), '05-setup');
		await run(page);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-heading');

		// Every table of the APR is in the navigator, in Sage's order.
		const listed = await page
			.locator('nav[aria-label="Report tables"] button')
			.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-table')));
		expect(listed).toEqual(APR_TABLES);

		// Q7a's total persons served: the panel lists as many clients as the number says.
		await selectTable(page, 'Q7a');
		const total = number(await page.locator('td[data-ref="B6"]').innerText());
		expect(total).toBeGreaterThan(0);
		await shot(page.locator('.review .layout'), '06-review');
		expect(await openCell(page, 'B6')).toBe(total);
		expect(await rowCount(page)).toBe(String(total + 1));
		const firstId = await page.getByRole('dialog').getByRole('cell').first().innerText();
		// After the stay's columns, the fields that put the clients in Q7a: their DOB and its quality.
		const headers = await page.getByRole('dialog').getByRole('columnheader').allInnerTexts();
		expect(headers.map((h) => h.trim())).toEqual(
			expect.arrayContaining(['PersonalID', 'Age', 'DOB', 'DOBDataQuality'])
		);
		await shot(page.getByRole('dialog'), '07-members');
		await sortedDownloadHasEvery(page, total);
		await page.keyboard.press('Escape');
		await page.getByRole('dialog').waitFor({ state: 'hidden' });

		// Find that client: Q7a B6 is among their cells, and the link shows it.
		await page.getByLabel('PersonalID').fill(firstId);
		await page.getByRole('button', { name: 'Find the client' }).click();
		const link = page.locator('[data-cell="Q7a!B6"]');
		await link.waitFor();
		await selectTable(page, 'Q5a');
		await link.click();
		await page.locator('#table-heading', { hasText: 'Q7a:' }).waitFor();
		const cell = page.locator('td[data-ref="B6"]');
		expect(await cell.getAttribute('class')).toContain('highlighted');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-ref')))
			.toBe('B6');

		// Sage's checks: every rule is listed with its status.
		const checks = page.locator('[data-check]');
		expect(await checks.count()).toBe(APR_RULES.length);
		await shot(page.locator('section[aria-labelledby="checks-heading"]'), '08-checks');
	});

	it('moves between tables and cells with the keyboard and opens a cell with Enter', async () => {
		const page = await sampleLoaded();
		await period(page, '2025-10-01', '2026-09-30');
		await pick(page, 'Harbor Light Emergency Shelter');
		await run(page);
		await selectTable(page, 'Q5a');
		await page.keyboard.press('ArrowDown');
		await page.locator('#table-heading', { hasText: 'Q6a:' }).waitFor();
		await page.keyboard.press('End');
		await page.locator('#table-heading', { hasText: 'Q27m:' }).waitFor();
		await page.keyboard.press('[');
		await page.locator('#table-heading', { hasText: 'Q27l:' }).waitFor();

		await selectTable(page, 'Q5a');
		await page.locator('td[data-ref="B2"]').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ref'))).toBe('C3');
		const adults = number(await page.locator('td[data-ref="C3"]').innerText());
		await page.keyboard.press('Enter');
		expect(await panelTotal(page)).toBe(adults);
	});

	it('explains the data-quality rows and links each error count to its clients', async () => {
		const page = await sampleLoaded();
		await period(page, '2025-10-01', '2026-09-30');
		await pick(page, 'Harbor Light Emergency Shelter', 'Northside Rapid Re-Housing');
		await run(page);
		await selectTable(page, 'Q6a');
		const help = page.locator('section[aria-labelledby="dq-heading"]');
		expect(await help.locator('article h4').allInnerTexts()).toEqual([
			'Name (3.01)',
			'Social Security Number (3.02)',
			'Date of Birth (3.03)',
			'Race/Ethnicity (3.04)',
			'Overall Score'
		]);
		await shot(page.locator('.review .pane'), '09-dq-help');
		const links = help.getByRole('button', { name: /: [\d,]+ clients?$/ });
		expect(await links.count()).toBeGreaterThan(0);
		const text = await links.first().innerText();
		await links.first().click();
		expect(await panelTotal(page)).toBe(number(text.slice(text.lastIndexOf(':') + 1)));
	});

	it('warns about several projects and a project with no CoC funder', async () => {
		const page = await sampleLoaded();
		await pick(page, 'Harbor Light Emergency Shelter');
		expect(
			await page.locator('[data-warning]').evaluateAll((w) => w.map((e) => e.dataset.warning))
		).toEqual(['funders']);
		await pick(page, 'Northside Rapid Re-Housing');
		expect(
			await page.locator('[data-warning]').evaluateAll((w) => w.map((e) => e.dataset.warning))
		).toEqual(['several-projects', 'funders']);
	});

	it('says what is missing before running, and runs again with other dates on the same data', async () => {
		const { page, log } = await openApp();
		await loadSample(page);
		await page.getByRole('button', { name: 'Run the APR' }).click();
		expect(await page.getByRole('alert').innerText()).toContain('Pick at least one project.');
		await period(page, '2025-10-01', '2026-09-30');
		await pick(page, 'Northside Rapid Re-Housing');
		await run(page);
		await selectTable(page, 'Q4a');
		expect(await page.locator('td[data-ref="N2"]').innerText()).toBe('2025-10-01');
		await page.locator('#find-client').fill('x');
		await period(page, '2025-01-01', '2025-12-31');
		expect(await page.getByText('The setup changed since the report below was run').count()).toBe(
			1
		);
		const requests = log.requests.length;
		await run(page);
		await page.locator('td[data-ref="N2"]', { hasText: '2025-01-01' }).waitFor();
		// The same table stays shown, and the run fetched nothing: the export stayed loaded.
		expect(await page.locator('#table-heading').innerText()).toContain('Q4a:');
		expect(log.requests.length).toBe(requests);
	});

	it('runs the ESG CAPER for an ESG-funded shelter, with its own tables and zip', async () => {
		const page = await sampleLoaded();
		await period(page, '2025-10-01', '2026-09-30');
		await page.getByLabel('ESG Consolidated Annual Performance and Evaluation Report (CAPER), FY2026').check();
		await pick(page, 'Harbor Light Emergency Shelter');
		// An ESG-funded project raises no funder warning for the CAPER (it did for the APR).
		expect(await page.locator('[data-warning]').count()).toBe(0);
		await run(page, 'CAPER');
		expect(await page.locator('#review-heading').innerText()).toContain('The CAPER');
		const listed = await page
			.locator('nav[aria-label="Report tables"] button')
			.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-table')));
		expect(listed).toEqual(CAPER_TABLES);
		// A CAPER-only table: its first number opens its clients with the days they stayed.
		await selectTable(page, 'Q22a2');
		const first = page.locator('td[data-ref] button').first();
		const shown = number(await first.innerText());
		await first.click();
		expect(await panelTotal(page)).toBe(shown);
		const headers = await page.getByRole('dialog').getByRole('columnheader').allInnerTexts();
		expect(headers.map((h) => h.trim())).toContain('Days in project');
		await page.keyboard.press('Escape');
		const [zip] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download the Sage zip' }).click()
		]);
		expect(zip.suggestedFilename()).toMatch(/^CAPER-FY2026-101-2025-10-01-2026-09-30\.zip$/);
		const files = Object.keys(unzipSync(readFileSync(await zip.path())));
		expect(files).toEqual(CAPER_TABLES.map((id) => `${id}.csv`));
	});

	it('lists tens of thousands of clients behind one number, sorted and downloadable', async () => {
		const { zip } = generateSampleZip({ seed: 7, clients: 40_000 });
		const { page } = await openApp();
		await page.locator('#export-files').setInputFiles({
			name: 'sample-40000.zip',
			mimeType: 'application/zip',
			buffer: Buffer.from(zip)
		});
		await loaded(page);
		await period(page, '2025-10-01', '2026-09-30');
		await page.getByRole('button', { name: /^Pick the \d+ shown$/ }).click();
		await page.getByRole('checkbox', { name: 'County Coordinated Entry Access Point' }).uncheck();
		await countClockTicks(page);
		await run(page);
		// The page kept drawing the run's clock while the worker computed: it never froze.
		expect(await page.evaluate(() => (globalThis as Ticks).clockTicks)).toBeGreaterThan(1);
		console.info(await page.locator('.review .facts').innerText());
		await selectTable(page, 'Q7a');
		const total = number(await page.locator('td[data-ref="B6"]').innerText());
		expect(total).toBeGreaterThan(10_000);
		const opened = Date.now();
		expect(await openCell(page, 'B6')).toBe(total);
		console.info(`${total} clients listed ${Date.now() - opened} ms after the click`);
		expect(await rowCount(page)).toBe(String(total + 1));
		// A virtual list: only the rows in view are in the page.
		const dialog = page.getByRole('dialog');
		expect(await dialog.getByRole('row').count()).toBeLessThan(100);
		await dialog.locator('.body').evaluate((list) => list.scrollTo(0, list.scrollHeight));
		await dialog.locator(`[aria-rowindex="${total + 1}"]`).waitFor();
		await sortedDownloadHasEvery(page, total);
	});
});
