// Protects the downloads of a report in a real browser: the Sage zip is byte for byte what the
// command line writes for the same export and parameters; the validation file leaves names out
// unless asked and, with a password, is AES-encrypted; the print view holds every table under a
// header with the parameters, wide tables on landscape pages and gray cells printed gray.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import {
	TextWriter,
	Uint8ArrayReader,
	ZipReader,
	type FileEntry
} from '@zip.js/zip.js/index-native.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { APR_TABLES } from '../../src/engine/report/compositions';
import { loadSample, openApp, runApr, SAMPLE_APR, type AppPage } from './app-flow';
import { launchChromium, sameOrigin, screenshotDir } from './browser';

const baseUrl = inject('baseUrl');
const root = resolve(import.meta.dirname, '../..');

let browser: Browser;
let app: AppPage;
let work: string;

// One browser page for the whole file: the report is run once and every test reads its files.
beforeAll(async () => {
	browser = await launchChromium();
	work = mkdtempSync(join(tmpdir(), 'apr-downloads-'));
	app = await openApp(browser, baseUrl);
	await app.page.setViewportSize({ width: 1400, height: 900 });
	await loadSample(app.page);
	await runApr(app.page);
});

afterAll(async () => {
	await app?.context.close();
	await browser?.close();
	if (work) rmSync(work, { recursive: true, force: true });
	// Nothing the downloads did left the origin, and the page logged no error.
	expect(app.log.requests.filter((url) => !sameOrigin(url, new URL(baseUrl).origin))).toEqual([]);
	expect(app.log.errors).toEqual([]);
});

/** Clicks a download button and returns the saved file's name and bytes. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

function cli(...args: string[]): void {
	execFileSync(resolve(root, 'node_modules/.bin/tsx'), ['src/cli/main.ts', ...args], {
		cwd: root,
		stdio: 'pipe'
	});
}

async function readEncrypted(bytes: Uint8Array, password: string): Promise<Record<string, string>> {
	const reader = new ZipReader(new Uint8ArrayReader(bytes), { password, useWebWorkers: false });
	const texts: Record<string, string> = {};
	for (const entry of (await reader.getEntries()) as FileEntry[]) {
		texts[entry.filename] = await entry.getData(new TextWriter());
	}
	await reader.close();
	return texts;
}

const header = (csv: string): string => csv.slice(0, csv.indexOf('\n'));

describe('downloads of a report', () => {
	it('gives the Sage zip the command line writes for the same export and parameters', async () => {
		const sage = await download(app.page, 'Download the Sage zip');
		const exportZip = join(work, 'sample.zip');
		const cliZip = join(work, 'apr.zip');
		// The page's "Try the sample export" (sampleOptions in load-state.svelte.ts).
		cli('generate', '--seed', '1', '--clients', '600', '--out', exportZip);
		const { projectId, start, end } = SAMPLE_APR;
		cli(
			'report',
			exportZip,
			'--report',
			'apr',
			'--start',
			start,
			'--end',
			end,
			'--project',
			projectId,
			'--out',
			cliZip
		);
		expect(sage.name).toBe(`APR-FY2026-${projectId}-${start}-${end}.zip`);
		expect(Object.keys(unzipSync(sage.bytes))).toEqual(APR_TABLES.map((id) => `${id}.csv`));
		expect(sage.bytes.equals(readFileSync(cliZip))).toBe(true);
	});

	it('leaves names, SSN and date of birth out of the validation file unless asked', async () => {
		const plain = await download(app.page, 'Download the validation file');
		expect(plain.name).toMatch(/-validation\.zip$/);
		const files = unzipSync(plain.bytes);
		expect(Object.keys(files)).toEqual(['clients.csv', 'cell-members.csv']);
		const clients = strFromU8(files['clients.csv']);
		expect(header(clients)).toContain('"PersonalID"');
		expect(header(clients)).not.toMatch(/FirstName|SSN|DOB/);
		expect(header(strFromU8(files['cell-members.csv']))).toContain('"Cell"');
	});

	it('encrypts the validation file with the password given, names included when asked', async () => {
		const page = app.page;
		await page.getByLabel('Include names, SSN and date of birth').check();
		expect(await page.getByText('Without a password, anyone who gets this file').count()).toBe(1);
		await page.getByLabel('Password (optional)').fill('s3cret pass');
		const locked = await download(page, 'Download the encrypted validation file');
		await page.getByLabel('Password (optional)').fill('');
		await page.getByLabel('Include names, SSN and date of birth').uncheck();
		expect(() => unzipSync(locked.bytes)).toThrow();
		await expect(readEncrypted(locked.bytes, 'wrong')).rejects.toThrow();
		const texts = await readEncrypted(locked.bytes, 's3cret pass');
		expect(Object.keys(texts)).toEqual(['clients.csv', 'cell-members.csv']);
		expect(header(texts['clients.csv'])).toMatch(/"FirstName".*"SSN".*"DOB"/);
	});

	it('prints every table, one per block, under the parameters, with the app hidden', async () => {
		const page = app.page;
		mkdirSync(screenshotDir, { recursive: true });
		await page
			.getByRole('region', { name: 'Downloads' })
			.screenshot({ path: resolve(screenshotDir, 'downloads-panel.png') });
		await page.emulateMedia({ media: 'print' });
		try {
			const report = page.locator('.print-report');
			expect(await report.isVisible()).toBe(true);
			expect(await page.locator('#app').isVisible()).toBe(false);
			const headerText = await report.locator('.print-header').innerText();
			expect(headerText).toContain(`${SAMPLE_APR.start} to ${SAMPLE_APR.end}`);
			expect(headerText).toContain(`(${SAMPLE_APR.projectId})`);
			expect(headerText).toMatch(/Generated\s+\w+ \d+, \d{4}/);
			const captions = await report.locator('table caption').allInnerTexts();
			expect(captions.map((c) => c.split(':')[0])).toEqual(APR_TABLES);
			const blocks = report.locator('.print-table');
			const style = (i: number, property: string) =>
				blocks.nth(i).evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
			// Q4a (17 columns) gets the landscape page; every block starts a page.
			expect(await style(0, 'page')).toBe('wide');
			expect(await style(1, 'page')).toBe('auto');
			expect(await style(1, 'break-before')).toBe('page');
			const gray = report.locator('td.gray').first();
			expect(await gray.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
				'rgb(189, 189, 189)'
			);
			await page.screenshot({ path: resolve(screenshotDir, 'print-view.png'), fullPage: true });
			const pdf = await page.pdf({ path: resolve(screenshotDir, 'apr-print.pdf') });
			// One page per table at least (long tables run over), plus the header's.
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
			expect(pages.length).toBeGreaterThan(APR_TABLES.length);
		} finally {
			await page.emulateMedia({ media: null });
		}
	});
});
