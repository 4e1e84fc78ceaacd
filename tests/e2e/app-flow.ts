// Steps shared by the end-to-end scenarios: a test file's browser and the app its tests open
// (with what each page requested and logged checked after the test), loading the sample export,
// and setting up and running the APR.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, sameOrigin, watch, type PageLog } from './browser';

export interface AppPage {
	context: BrowserContext;
	page: Page;
	log: PageLog;
}

export interface AppOptions {
	/** Cut the context off the network before the page opens. */
	offline?: boolean;
	viewport?: { width: number; height: number };
}

/** Opens the app in a new context. */
export async function openApp(
	browser: Browser,
	url: string,
	{ offline = false, viewport }: AppOptions = {}
): Promise<AppPage> {
	const context = await browser.newContext({ acceptDownloads: true, offline, viewport });
	// NOTE: no Playwright timeouts: a test here has no time limit, it ends on the page's answer.
	context.setDefaultTimeout(0);
	const page = await context.newPage();
	const log = watch(page);
	await page.goto(url);
	return { context, page, log };
}

/**
 * A test file's Chromium and the app its tests open: the browser starts once for the file, each
 * test's app is closed after the test, and its page must have requested nothing outside the
 * app's origin and logged no error (a Content-Security-Policy violation logs one), unless the
 * test opened it with `allowErrors`.
 */
export function useApp(baseUrl: string) {
	const origin = new URL(baseUrl).origin;
	let browser: Browser | undefined;
	let current: { app: AppPage; allowErrors: boolean } | undefined;

	beforeAll(async () => {
		browser = await launchChromium();
	});

	afterAll(async () => {
		await browser?.close();
	});

	afterEach(async () => {
		if (!current) return;
		const { app, allowErrors } = current;
		current = undefined;
		await app.context.close();
		expect(app.log.requests.filter((url) => !sameOrigin(url, origin))).toEqual([]);
		if (!allowErrors) expect(app.log.errors).toEqual([]);
	});

	return {
		async open(options: AppOptions & { allowErrors?: boolean } = {}): Promise<AppPage> {
			if (!browser) throw new Error('The browser is not started: open the app inside a test.');
			const app = await openApp(browser, baseUrl, options);
			current = { app, allowErrors: options.allowErrors ?? false };
			return app;
		}
	};
}

/** Waits for a load to end and fails at once, with the page's message, if it did not load. */
export async function loaded(page: Page): Promise<void> {
	await page.locator('#summary-heading, [role="alert"]').first().waitFor();
	expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
}

/** Loads the sample export and fails at once, with the page's message, if it did not load. */
export async function loadSample(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Try the sample export' }).click();
	await loaded(page);
}

/** The sample's FY2026 APR: one CoC-funded PSH project over a fixed year inside the sample. */
export const SAMPLE_APR = {
	projectId: '201',
	start: '2025-10-01',
	end: '2026-09-30'
};

/** Sets up and runs the APR over the loaded export; fails at once if it did not run. */
export async function runApr(page: Page, apr = SAMPLE_APR): Promise<void> {
	await page.locator('#report-start').fill(apr.start);
	await page.locator('#report-end').fill(apr.end);
	await page.locator(`#pick-${apr.projectId}`).check();
	await page.getByRole('button', { name: 'Run the APR' }).click();
	await page.locator('#review-heading, [role="alert"]').first().waitFor();
	expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
}

/** What comlink sends back for a call: a plain value, or a thrown error's fields. */
export type EngineReply =
	| { type: 'RAW'; value: unknown }
	| { type: 'HANDLER'; name: 'throw'; value: { isError: boolean; value: { message: string } } };

/**
 * Calls a method of the engine inside the page's worker through comlink's own protocol, so a
 * test sees what the worker itself holds rather than what the page shows. The reply is caught
 * before it reaches the page, whose handle does not know the call.
 */
export async function askEngine(page: Page, method: string): Promise<EngineReply> {
	const workers = page.workers();
	expect(workers.length).toBe(1);
	return workers[0].evaluate(async (name) => {
		type Post = (message: { id?: string }, transfer?: Transferable[]) => void;
		const scope = globalThis as unknown as { postMessage: Post } & EventTarget;
		const id = `e2e-${name}`;
		const post = scope.postMessage.bind(scope);
		const reply = new Promise<EngineReply>((resolve) => {
			scope.postMessage = (message, transfer) => {
				if (message?.id !== id) return post(message, transfer);
				scope.postMessage = post;
				resolve(message as EngineReply);
			};
		});
		const data = { id, type: 'APPLY', path: [name], argumentList: [] };
		scope.dispatchEvent(new MessageEvent('message', { data }));
		return reply;
	}, method);
}
