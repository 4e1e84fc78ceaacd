// The browser side of the benchmark: the built app in headless Chromium, opened with ?bench so
// the page exposes its engine worker (src/worker/client.ts). The page fetches the export from
// our server, then times the load and the reports with performance.now(). Memory: the peak RSS
// of the renderer process that runs the page and its worker (the kernel's VmHWM), and the wasm
// heap of sql.js read from a heap snapshot of the worker over the DevTools protocol.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { peakRss, resetPeak } from './memory';
import { biggestProject, everyProject } from './projects';
import { serve } from './serve';
import { APR_PERIOD, type LoadFigures, type ReportFigures } from './types';
import type { EngineApi } from '../../src/engine/api';
import type { ProjectSummary } from '../../src/engine/hmis/types';

type Remote = {
	[K in keyof EngineApi]: (
		...a: Parameters<EngineApi[K]>
	) => Promise<Awaited<ReturnType<EngineApi[K]>>>;
};
declare const benchEngine: { ready: Promise<void>; engine: Remote };

export type BrowserResult = LoadFigures | { error: string };

/** Every process below `root` (Chromium's renderers are children of the browser process). */
function descendants(root: number): number[] {
	const parent = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	const out: number[] = [];
	for (let queue = [root]; queue.length;) {
		const pid = queue.pop()!;
		for (const [child, p] of parent) {
			if (p !== pid) continue;
			out.push(child);
			queue.push(child);
		}
	}
	return out;
}

/** The renderers below `root` that can hold our page (not Chromium's own UI pages). */
function renderers(root: number): number[] {
	return descendants(root).filter((pid) => {
		try {
			const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
			return cmd.includes('--type=renderer') && !cmd.includes('--top-chrome-webui');
		} catch {
			return false;
		}
	});
}

/** CPU milliseconds a process has used (utime + stime, in clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return 0;
	}
}

/**
 * Reads the size of sql.js's wasm memory inside the engine worker over the DevTools protocol:
 * sql.js keeps the memory in a closure, and Runtime.queryObjects never answers in a module
 * worker, so this takes a heap snapshot of the worker (a few MB of JS) and returns its largest
 * ArrayBuffer backing store, the wasm memory (at 10k clients it equals Node's figure exactly).
 */
async function workerSession(cdp: CDPSession, origin: string) {
	const { targetInfos } = await cdp.send('Target.getTargets');
	// The build may start the worker from a blob: URL of the page's origin.
	const target = targetInfos.find(
		(t) => t.type === 'worker' && t.url.replace(/^blob:/, '').startsWith(origin)
	);
	if (!target) return null;
	const { sessionId } = await cdp.send('Target.attachToTarget', {
		targetId: target.targetId,
		flatten: false
	});
	let next = 0;
	let chunks: string[] = [];
	const waiting = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
	cdp.on('Target.receivedMessageFromTarget', (e) => {
		if (e.sessionId !== sessionId) return;
		const m = JSON.parse(e.message);
		if (m.method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(m.params.chunk);
		waiting.get(m.id)?.(m);
		waiting.delete(m.id);
	});
	const send = <T>(method: string, params: object = {}) =>
		new Promise<T>((done, fail) => {
			const id = ++next;
			waiting.set(id, (m) =>
				m.error ? fail(new Error(JSON.stringify(m.error))) : done(m.result as T)
			);
			void cdp.send('Target.sendMessageToTarget', {
				sessionId,
				message: JSON.stringify({ id, method, params })
			});
		});
	return async (): Promise<number | null> => {
		chunks = [];
		try {
			await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
		} catch {
			return null;
		}
		const { snapshot, nodes, strings } = JSON.parse(chunks.join('')) as {
			snapshot: { meta: { node_fields: string[] } };
			nodes: number[];
			strings: string[];
		};
		chunks = [];
		const width = snapshot.meta.node_fields.length;
		const nameAt = snapshot.meta.node_fields.indexOf('name');
		const sizeAt = snapshot.meta.node_fields.indexOf('self_size');
		let largest = 0;
		for (let i = 0; i < nodes.length; i += width) {
			if (strings[nodes[i + nameAt]] === 'system / JSArrayBufferData')
				largest = Math.max(largest, nodes[i + sizeAt]);
		}
		return largest || null;
	};
}

/** Runs `work` in the page, failing at once if the page or its worker dies meanwhile. */
async function guarded<T>(page: Page, work: () => Promise<T>): Promise<T> {
	let fail: (e: Error) => void = () => {};
	const died = new Promise<never>((_, reject) => (fail = reject));
	const onCrash = () => fail(new Error('the page crashed (out of memory?)'));
	page.on('crash', onCrash);
	for (const w of page.workers())
		w.on('close', () => fail(new Error('the engine worker stopped (out of memory?)')));
	try {
		return await Promise.race([work(), died]);
	} finally {
		page.off('crash', onCrash);
	}
}

async function measureOne(
	browser: Browser,
	baseUrl: string,
	zip: string,
	pooled: boolean
): Promise<LoadFigures> {
	const context = await browser.newContext();
	context.setDefaultTimeout(0);
	const page = await context.newPage();
	// The page's own errors explain a run that never ends or fails.
	page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
	page.on('console', (m) => m.type() === 'error' && console.error(`page console: ${m.text()}`));
	try {
		await page.goto(`${baseUrl}?bench`);
		await page.waitForFunction(() => typeof benchEngine === 'object');
		await page.evaluate(() => benchEngine.ready);
		const cdp = await browser.newBrowserCDPSession();
		const wasmHeap = (await workerSession(cdp, new URL(baseUrl).origin)) ?? (async () => null);
		// Playwright starts Chromium as a child of this process.
		const pids = renderers(process.pid);
		const peak = () => Math.max(0, ...pids.map((p) => peakRss(p) ?? 0)) || null;
		const cpu = () => pids.reduce((n, p) => n + processCpuMs(p), 0);
		// Fetched before the clock starts: the user's file is on disk, not on a server.
		await page.evaluate(
			async ({ url, name }) => {
				const blob = await (await fetch(url)).blob();
				Object.assign(globalThis, {
					benchFile: new File([blob], name, { type: 'application/zip' })
				});
			},
			{ url: `${baseUrl}bench-data/${basename(zip)}`, name: basename(zip) }
		);

		pids.forEach((p) => resetPeak(p));
		let cpu0 = cpu();
		const load = await guarded(page, () =>
			page.evaluate(async () => {
				const file = (globalThis as unknown as { benchFile: File }).benchFile;
				const t = performance.now();
				const r = await benchEngine.engine.loadExport({ kind: 'zip', file });
				const ms = performance.now() - t;
				delete (globalThis as { benchFile?: File }).benchFile;
				return {
					ms,
					fatal: r.fatal,
					files: r.files.length,
					csvBytes: r.files.reduce((n, f) => n + f.bytes, 0),
					rows: r.files.reduce((n, f) => n + f.read, 0)
				};
			})
		);
		if (load.fatal) throw new Error(`the export did not load: ${load.fatal}`);
		const loadCpuMs = cpu() - cpu0;
		const loadPeak = peak();
		const loadWasm = await wasmHeap();

		const report = async (projectIds: string[]): Promise<ReportFigures> => {
			pids.forEach((p) => resetPeak(p));
			cpu0 = cpu();
			const r = await guarded(page, () =>
				page.evaluate(
					async (params) => {
						const t = performance.now();
						const s = await benchEngine.engine.runReport(params);
						return {
							ms: performance.now() - t,
							problems: s.problems,
							failedChecks: s.checks.filter((c) => c.status === 'fail').map((c) => c.id)
						};
					},
					{ report: 'apr' as const, ...APR_PERIOD, projectIds }
				)
			);
			if (r.problems.length) throw new Error(`the report did not run: ${r.problems.join(' ')}`);
			return {
				projects: projectIds.length,
				ms: r.ms,
				cpuMs: cpu() - cpu0,
				peakRss: peak(),
				wasmHeap: await wasmHeap(),
				failedChecks: r.failedChecks
			};
		};
		const projects: ProjectSummary[] = await page.evaluate(() => benchEngine.engine.projects());
		const biggest = biggestProject(projects);
		const result: LoadFigures = {
			files: load.files,
			csvBytes: load.csvBytes,
			rows: load.rows,
			loadMs: load.ms,
			loadCpuMs,
			peakRss: loadPeak,
			wasmHeap: loadWasm,
			biggest: {
				id: biggest.id,
				enrollments: biggest.enrollments,
				...(await report([biggest.id]))
			},
			pooled: pooled ? await report(everyProject(projects)) : null
		};
		await cdp.detach();
		return result;
	} finally {
		await context.close();
	}
}

/**
 * Measures each export in a fresh browser context (and so a fresh renderer and worker);
 * returns the browser's version.
 */
export async function measureInBrowser(
	dist: string,
	dataDir: string,
	runs: { zip: string; pooled: boolean }[],
	onResult: (zip: string, result: BrowserResult) => void
): Promise<string> {
	const server = await serve(dist, dataDir);
	const browser = await launchChromium();
	try {
		for (const { zip, pooled } of runs) {
			try {
				onResult(zip, await measureOne(browser, server.url, zip, pooled));
			} catch (e) {
				onResult(zip, { error: (e as Error).message });
			}
		}
		return `Chromium ${browser.version()}`;
	} finally {
		await browser.close();
		await server.close();
	}
}
