// Steps shared by the end-to-end scenarios that go past loading: open the app with its requests
// and errors recorded, load the sample export, and set up and run the APR.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { watch, type PageLog } from './browser';

export interface AppPage {
	context: BrowserContext;
	page: Page;
	log: PageLog;
}

/** Opens the app in a new context; `offline` cuts the context off the network first. */
export async function openApp(browser: Browser, url: string, offline = false): Promise<AppPage> {
	const context = await browser.newContext({ acceptDownloads: true, offline });
	// NOTE: no Playwright timeouts: a test here has no time limit, it ends on the page's answer.
	context.setDefaultTimeout(0);
	const page = await context.newPage();
	const log = watch(page);
	await page.goto(url);
	return { context, page, log };
}

/** Loads the sample export and fails at once, with the page's message, if it did not load. */
export async function loadSample(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Try the sample export' }).click();
	await page.locator('#summary-heading, [role="alert"]').first().waitFor();
	expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
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
