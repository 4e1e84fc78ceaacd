// Protects the first step in a real browser: loading the sample, the HUD test kit (as a zip and
// as loose CSVs) and a broken file in the built app, downloading the findings, forgetting the
// data, and that no request ever leaves the app's origin.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loaded, useApp } from './app-flow';
import { screenshot } from './browser';

const baseUrl = inject('baseUrl');
const testkit = resolve(import.meta.dirname, '../../../shared/testkit/exports');
const testkit2026 = resolve(testkit, 'testkit-2.0-fy2026.zip');
const testkit2024 = resolve(testkit, 'testkit-2.0-fy2024.zip');
const hasTestkit = existsSync(testkit2026) && existsSync(testkit2024);
if (!hasTestkit) console.warn(`Skipping the test-kit loads: ${testkit} is absent.`);

const app = useApp(baseUrl);

/** The app's page, opened for this test. */
async function openApp(): Promise<Page> {
	return (await app.open()).page;
}

async function focusedId(page: Page): Promise<string | undefined> {
	return page.evaluate(() => document.activeElement?.id);
}

async function alertText(page: Page): Promise<string> {
	const alert = page.getByRole('alert');
	await alert.waitFor();
	return alert.innerText();
}

/** Waits until the load has ended, in a summary or in an error message. */
async function loadEnded(page: Page): Promise<void> {
	await page.locator('#summary-heading, [role="alert"]').first().waitFor();
}

function number(text: string): number {
	return Number(text.replace(/,/g, ''));
}

interface FileRow {
	name: string;
	read: number;
	loaded: number;
	setAside: number;
}

async function fileRows(page: Page): Promise<FileRow[]> {
	const table = page.getByRole('table', { name: 'Files of the export and their rows' });
	const rows = await table.locator('tbody tr').all();
	return Promise.all(
		rows.map(async (row) => {
			const cells = await row.locator('th, td').allInnerTexts();
			return {
				name: cells[0],
				read: number(cells[2]),
				loaded: number(cells[3]),
				setAside: number(cells[4])
			};
		})
	);
}

type Counted = typeof globalThis & { progressUpdates: number };

/** Counts, from now on, the changes of the whole-load progress bar the page draws. */
async function countProgressUpdates(page: Page): Promise<void> {
	await page.evaluate(() => {
		const counted = globalThis as Counted;
		counted.progressUpdates = 0;
		new MutationObserver((records) => {
			for (const record of records) {
				const target = record.target as Element;
				if (target.getAttribute('aria-label') === 'Whole export loaded') counted.progressUpdates++;
			}
		}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['value'] });
	});
}

async function progressUpdates(page: Page): Promise<number> {
	return page.evaluate(() => (globalThis as Counted).progressUpdates);
}

async function projectRows(page: Page): Promise<number> {
	return page.getByRole('table', { name: 'Projects in the export' }).locator('tbody tr').count();
}

async function expectSummary(page: Page, version: string): Promise<FileRow[]> {
	expect(await page.locator('[data-field="csv-version"]').innerText()).toContain(version);
	const files = await fileRows(page);
	const names = files.map((f) => f.name.toLowerCase());
	for (const required of ['export.csv', 'project.csv', 'client.csv', 'enrollment.csv']) {
		expect(names).toContain(required);
	}
	for (const file of files) expect(file.read, file.name).toBe(file.loaded + file.setAside);
	const projects = files.find((f) => f.name.toLowerCase() === 'project.csv');
	expect(projects?.loaded).toBeGreaterThan(0);
	expect(await projectRows(page)).toBe(projects?.loaded);
	return files;
}

describe('loading an export in the browser', () => {
	it('loads the sample with one click and shows the summary, files and projects', async () => {
		const { page, log } = await app.open();
		await screenshot(page, '01-start');
		await page.getByRole('button', { name: 'Try the sample export' }).click();
		await loaded(page);
		const files = await expectSummary(page, '2026');
		const clients = files.find((f) => f.name === 'Client.csv');
		expect(clients?.loaded).toBeGreaterThan(0);
		expect(await focusedId(page)).toBe('summary-heading');
		// The worker fetches the wasm: seeing it proves the log records worker requests too.
		expect(log.requests.some((url) => url.endsWith('.wasm'))).toBe(true);
		await screenshot(page, '02-sample-loaded');
	});

	it('downloads the findings as a CSV with one row per finding listed', async () => {
		const page = await openApp();
		await page.getByRole('button', { name: 'Try the sample export' }).click();
		await loaded(page);
		const all = await page.getByLabel('Severity').locator('option').first().innerText();
		const listed = number(/\(([\d,]+)\)/.exec(all)?.[1] ?? 'NaN');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download findings (CSV)' }).click()
		]);
		expect(download.suggestedFilename()).toBe('findings.csv');
		const parsed = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8'), {
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.data[0].map((h) => h.toLowerCase())).toContain('severity');
		expect(parsed.data.length - 1).toBe(listed);
	});

	it('forgets the data and comes back to the drop zone', async () => {
		const page = await openApp();
		await page.getByRole('button', { name: 'Try the sample export' }).click();
		await loaded(page);
		await page.getByRole('button', { name: 'Forget this data' }).click();
		// Forgetting waits on the worker, then moves focus to the start: wait for the focus to land.
		await page.waitForFunction(() => document.activeElement?.id === 'load-heading');
		expect(await page.getByRole('table').count()).toBe(0);
	});

	it.skipIf(!hasTestkit)('loads the HUD test kit zip through the file input', async () => {
		const page = await openApp();
		await countProgressUpdates(page);
		await page.locator('#export-files').setInputFiles(testkit2026);
		await loaded(page);
		// The page drew the load's progress as it went: the work did not block it.
		expect(await progressUpdates(page)).toBeGreaterThan(1);
		await expectSummary(page, '2026');
		expect(await page.locator('main').innerText()).toContain(basename(testkit2026));
		await screenshot(page, '03-testkit-loaded');
	});

	it.skipIf(!hasTestkit)('loads an FY2024 export and says it was converted', async () => {
		const page = await openApp();
		await page.locator('#export-files').setInputFiles(testkit2024);
		await loaded(page);
		await expectSummary(page, '2024');
		expect(await page.locator('main').innerText()).toContain('From FY2024 to FY2026 on load');
	});

	it.skipIf(!hasTestkit)('loads an export given as loose CSV files', async () => {
		const entries = Object.entries(unzipSync(readFileSync(testkit2026)));
		const csvs = entries
			.filter(([name]) => name.toLowerCase().endsWith('.csv'))
			.map(([name, bytes]) => ({
				name: basename(name),
				mimeType: 'text/csv',
				buffer: Buffer.from(bytes)
			}));
		const page = await openApp();
		await page.locator('#export-files').setInputFiles(csvs);
		await loaded(page);
		const files = await expectSummary(page, '2026');
		expect(files.length).toBe(csvs.length);
	});

	it('names the file and says what to do when an archive cannot be read', async () => {
		const page = await openApp();
		await page.locator('#export-files').setInputFiles({
			name: 'broken-export.zip',
			mimeType: 'application/zip',
			buffer: Buffer.from('this is not a zip archive')
		});
		await loadEnded(page);
		expect(await alertText(page)).toContain('broken-export.zip');
		expect(await page.locator('#export-files').count()).toBe(1);
		await screenshot(page, '04-broken-zip');
	});

	it('refuses files that are neither .zip nor .csv before loading', async () => {
		const page = await openApp();
		await page.locator('#export-files').setInputFiles({
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('hello')
		});
		expect(await alertText(page)).toContain('notes.txt');
	});
});
