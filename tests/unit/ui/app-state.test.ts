// Protects the app state's load flow over a fake engine: progress per file, success, a fatal
// load kept with its findings, a crash, a cancel that is not an error, and forgetting.
import { describe, expect, it, vi } from 'vitest';
import type { LoadProgress, LoadResult } from '../../../src/engine/hmis/types';
import { AppState, type AppEngine } from '../../../src/ui/app-state.svelte';

function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (reason: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

function result(fatal: string | null = null): LoadResult {
	return {
		ok: fatal === null,
		fatal,
		info: null,
		files: [],
		findings: [],
		findingsTruncated: 0,
		millis: 1
	};
}

function fakeEngine() {
	const load = deferred<LoadResult>();
	let onProgress: (p: LoadProgress) => void = () => {};
	const engine = {
		loadExport: vi.fn((_input, progress: (p: LoadProgress) => void) => {
			onProgress = progress;
			return load.promise;
		}),
		loadSample: vi.fn((_options, progress: (p: LoadProgress) => void) => {
			onProgress = progress;
			return load.promise;
		}),
		projects: vi.fn(async () => []),
		findingsCsv: vi.fn(async () => 'severity\n'),
		forget: vi.fn(async () => {}),
		cancel: vi.fn(() => load.reject(new DOMException('Cancelled', 'AbortError')))
	} satisfies AppEngine;
	return { engine, load, progress: (p: LoadProgress) => onProgress(p) };
}

const progress = (file: string, rows: number): LoadProgress => ({
	file,
	rows,
	bytes: rows * 10,
	totalBytes: 1000,
	percent: rows / 10
});

describe('AppState', () => {
	it('follows the files as they load, then keeps the result and the projects', async () => {
		const { engine, load, progress: report } = fakeEngine();
		const app = new AppState(engine);
		const done = app.loadSample();
		expect(app.load.status).toBe('loading');
		expect(app.busy).toBe(true);
		report(progress('Client.csv', 10));
		report(progress('Client.csv', 40));
		report(progress('Enrollment.csv', 5));
		expect(app.load.files).toEqual([
			{ file: 'Client.csv', rows: 40, done: true },
			{ file: 'Enrollment.csv', rows: 5, done: false }
		]);
		report(progress('indexes', 0));
		expect(app.load.files.map((f) => f.done)).toEqual([true, true]);
		expect(app.load.progress?.file).toBe('indexes');
		load.resolve(result());
		await done;
		expect(app.load.status).toBe('loaded');
		expect(app.load.source).toBe('the sample export');
		expect(engine.loadSample).toHaveBeenCalledWith({ seed: 1, clients: 600 }, expect.any(Function));
		expect(engine.projects).toHaveBeenCalledOnce();
	});

	it('keeps a fatal load with its findings and shows the reason', async () => {
		const { engine, load } = fakeEngine();
		const app = new AppState(engine);
		const done = app.loadFiles([new File(['x'], 'export.zip')]);
		load.resolve(result('export.zip: this is not a zip archive.'));
		await done;
		expect(app.load.status).toBe('failed');
		expect(app.load.result?.ok).toBe(false);
		expect(app.load.problem?.message).toBe('export.zip: this is not a zip archive.');
		expect(engine.projects).not.toHaveBeenCalled();
	});

	it('reports a crashed engine as a failure, with its message', async () => {
		const { engine, load } = fakeEngine();
		const app = new AppState(engine);
		const done = app.loadSample();
		load.reject(new Error('The engine stopped unexpectedly (out of memory).'));
		await done;
		expect(app.load.status).toBe('failed');
		expect(app.load.problem?.message).toContain('out of memory');
	});

	it('treats a cancel as the user\'s choice: back to empty, no problem shown', async () => {
		const { engine } = fakeEngine();
		const app = new AppState(engine);
		const done = app.loadSample();
		app.cancel();
		await done;
		expect(engine.cancel).toHaveBeenCalledOnce();
		expect(app.load.status).toBe('empty');
		expect(app.load.problem).toBeNull();
	});

	it('refuses the wrong kind of file without asking the engine', async () => {
		const { engine } = fakeEngine();
		const app = new AppState(engine);
		await app.loadFiles([new File(['x'], 'notes.txt')]);
		expect(engine.loadExport).not.toHaveBeenCalled();
		expect(app.load.problem?.message).toContain('notes.txt');
	});

	it('forgets the loaded data in the engine and on the page', async () => {
		const { engine, load } = fakeEngine();
		const app = new AppState(engine);
		const done = app.loadSample();
		load.resolve(result());
		await done;
		await app.forget();
		expect(engine.forget).toHaveBeenCalledOnce();
		expect(app.load.status).toBe('empty');
		expect(app.load.result).toBeNull();
	});
});
