// Protects the privacy promise in a real browser: the Content-Security-Policy refuses any
// connection outside the app's origin; loading, running the APR and downloading every file makes
// no request outside it; "Forget this data" drops the data in the page and in the worker.
import { describe, expect, inject, it } from 'vitest';
import { askEngine, loadSample, runApr, useApp, type AppPage } from './app-flow';
import { sameOrigin } from './browser';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const session = useApp(baseUrl);

/** Clicks a button that saves a file and returns the file's suggested name. */
async function download(a: AppPage, button: string): Promise<string> {
	const [file] = await Promise.all([
		a.page.waitForEvent('download'),
		a.page.getByRole('button', { name: button }).click()
	]);
	await file.path();
	return file.suggestedFilename();
}

describe('privacy', () => {
	it('has a policy that refuses connections to anywhere but the origin', async () => {
		// The refused fetches below log Content-Security-Policy errors on purpose.
		const app = await session.open({ allowErrors: true });
		const policy = await app.page
			.locator('meta[http-equiv="Content-Security-Policy"]')
			.getAttribute('content');
		expect(policy).toContain("connect-src 'self'");
		expect(policy).toContain("default-src 'self'");
		expect(policy).not.toMatch(/https?:|\*/);
		// The policy is in force: the browser refuses a fetch elsewhere before any request.
		const refused = await app.page.evaluate(async () => {
			const violation = new Promise<string>((resolve) =>
				document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective))
			);
			const fetched = await fetch('https://example.org/').then(
				() => 'fetched',
				() => 'refused'
			);
			return [fetched, await violation];
		});
		expect(refused).toEqual(['refused', 'connect-src']);
		// The engine's worker is under the same policy (it starts from a blob: URL, which inherits
		// it): its fetch is refused too, so no request appears below.
		const worker = app.page.workers()[0] ?? (await app.page.waitForEvent('worker'));
		const fromWorker = await worker.evaluate(() =>
			fetch('https://example.org/').then(
				() => 'fetched',
				() => 'refused'
			)
		);
		expect(fromWorker).toBe('refused');
		expect(app.log.requests.filter((url) => !sameOrigin(url, origin))).toEqual([]);
	});

	it('loads, runs the APR and downloads every file without a request outside the origin', async () => {
		const app = await session.open();
		await loadSample(app.page);
		await runApr(app.page);
		expect(await download(app, 'Download the Sage zip')).toMatch(/^APR-FY2026-201-.*\.zip$/);
		expect(await download(app, 'Download the validation file')).toMatch(/-validation\.zip$/);
		await app.page.getByLabel('Include names, SSN and date of birth').check();
		await app.page.getByLabel('Password (optional)').fill('s3cret pass');
		expect(await download(app, 'Download the encrypted validation file')).toMatch(/\.zip$/);
		expect(app.log.requests.filter((url) => !sameOrigin(url, origin))).toEqual([]);
		expect(app.log.errors).toEqual([]);
	});

	it('keeps nothing in the browser: no storage, and a reload starts empty', async () => {
		const app = await session.open();
		await loadSample(app.page);
		await runApr(app.page);
		const stored = await app.page.evaluate(async () => ({
			local: localStorage.length,
			session: sessionStorage.length,
			cookies: document.cookie,
			databases: (await indexedDB.databases()).length,
			caches: (await caches.keys()).length,
			serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length
		}));
		expect(stored).toEqual({
			local: 0,
			session: 0,
			cookies: '',
			databases: 0,
			caches: 0,
			serviceWorkers: 0
		});
		await app.page.reload();
		await app.page.locator('#load-heading').waitFor();
		expect(await app.page.getByRole('table').count()).toBe(0);
	});

	it('forgets everything: the page returns to the start and the worker holds nothing', async () => {
		const app = await session.open();
		await loadSample(app.page);
		await runApr(app.page);
		const before = await askEngine(app.page, 'projects');
		expect(before.type === 'RAW' && (before.value as unknown[]).length).toBeGreaterThan(0);
		await app.page.getByRole('button', { name: 'Forget this data' }).click();
		// Forgetting waits on the worker, then moves focus to the start: wait for the focus to land.
		await app.page.waitForFunction(() => document.activeElement?.id === 'load-heading');
		expect(await app.page.getByRole('table').count()).toBe(0);
		expect(await app.page.locator('.print-report').count()).toBe(0);
		expect(await app.page.getByRole('button', { name: 'Download the Sage zip' }).count()).toBe(0);
		// The worker dropped the export and the report: no projects, no report to download.
		expect(await askEngine(app.page, 'projects')).toMatchObject({ type: 'RAW', value: [] });
		expect(await askEngine(app.page, 'sageZip')).toMatchObject({
			type: 'HANDLER',
			value: { value: { message: 'Run a report first.' } }
		});
		expect(app.log.errors).toEqual([]);
	});
});
