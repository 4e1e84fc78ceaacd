// Protects the app state's flow over a fake engine: the load (progress per file, success, a
// fatal load kept with its findings, a crash, a cancel that is not an error, forgetting), then
// the report run (parameters from the setup, progress, a cancel that keeps the export, problems
// as data, the review following the run).
import { describe, expect, it, vi } from 'vitest';
import type { ReportParams, ReportProgress, ReportSummary } from '../../../src/engine/api';
import type { LoadProgress, LoadResult } from '../../../src/engine/hmis/types';
import type { TableShape } from '../../../src/engine/report/table';
import { AppState, type AppEngine } from '../../../src/ui/app-state.svelte';
import { deferred } from './deferred';

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
	/** When set, a report run waits for it after its first step, as a long step would. */
	let hold: ReturnType<typeof deferred<void>> | null = null;
	let cancelAsked = false;
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
		projectActivity: vi.fn(async () => [{ projectId: '101', clients: 4, enrollments: 5 }]),
		findingsCsv: vi.fn(async () => 'severity\n'),
		forget: vi.fn(async () => {}),
		runReport: vi.fn(async (params: ReportParams, progress?: (p: ReportProgress) => void) => {
			progress?.({ step: 1, steps: 2, label: 'Universe: report dates' });
			if (hold) await hold.promise;
			if (cancelAsked) {
				cancelAsked = false;
				return { ...summary(params), ok: false, cancelled: true, problems: ['Cancelled.'] };
			}
			progress?.({ step: 2, steps: 2, label: "Sage's consistency checks" });
			return summary(params);
		}),
		cancelReport: vi.fn(async () => {
			cancelAsked = true;
			return true;
		}),
		cellMembers: vi.fn(async () => ({ total: 0, offset: 0, fields: [], members: [] })),
		findClient: vi.fn(async () => [{ table: 'Q7a', cell: 'B2' }]),
		sageZip: vi.fn(async () => ({ name: 'apr.zip', bytes: new Uint8Array() })),
		validationZip: vi.fn(async () => ({ name: 'validation.zip', bytes: new Uint8Array() })),
		cancel: vi.fn(() => load.reject(new DOMException('Cancelled', 'AbortError')))
	} satisfies AppEngine;
	return {
		engine,
		load,
		progress: (p: LoadProgress) => onProgress(p),
		/** Holds the report runs after their first step until the returned release is called. */
		holdRuns: () => {
			const gate = deferred<void>();
			hold = gate;
			return () => {
				hold = null;
				gate.resolve();
			};
		}
	};
}

function shape(id: string): TableShape {
	return {
		id,
		title: id,
		reports: ['APR'],
		versions: ['2026'],
		a1: '',
		rowLabelColumn: true,
		columns: ['Total'],
		rows: ['Total'],
		gray: []
	};
}

/** A report over the fake export: fails, as the engine does, when no project is given. */
function summary(params: ReportParams): ReportSummary {
	const ok = params.projectIds.length > 0;
	return {
		ok,
		problems: ok ? [] : ['Choose at least one project.'],
		params,
		tables: ok
			? ['Q5a', 'Q7a'].map((id) => ({
					shape: shape(id),
					values: { B2: 1 },
					formats: { B2: 'count' as const },
					memberCounts: { B2: 1 },
					rowCount: 1,
					notes: []
				}))
			: [],
		missing: [],
		checks: [],
		timings: { total: 5 }
	};
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

	it("treats a cancel as the user's choice: back to empty, no problem shown", async () => {
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

describe('AppState report run', () => {
	async function loadedApp() {
		const fake = fakeEngine();
		const app = new AppState(fake.engine);
		const done = app.loadSample();
		fake.load.resolve(result());
		await done;
		return { app, engine: fake.engine, holdRuns: fake.holdRuns };
	}

	it("runs the setup's parameters and shows the first table of the report", async () => {
		const { app, engine } = await loadedApp();
		app.setup.start = '2025-10-01';
		app.setup.end = '2026-09-30';
		app.setup.toggleProject('101', true);
		const run = app.runReport();
		expect(app.report.running).toBe(true);
		expect(app.busy).toBe(true);
		await run;
		expect(engine.runReport).toHaveBeenCalledWith(
			{ report: 'apr', start: '2025-10-01', end: '2026-09-30', projectIds: ['101'] },
			expect.any(Function)
		);
		expect(app.report.status).toBe('done');
		expect(app.review.tableId).toBe('Q5a');
	});

	it('stays on the same table when the report runs again, and drops what pointed into the old one', async () => {
		const { app } = await loadedApp();
		app.setup.toggleProject('101', true);
		await app.runReport();
		app.review.show([{ table: 'Q7a', cell: 'B2' }]);
		expect(app.review.isHighlighted('Q7a', 'B2')).toBe(true);
		app.setup.cocCodes = ['XX-500'];
		await app.runReport();
		expect(app.report.params?.cocCodes).toEqual(['XX-500']);
		expect(app.review.tableId).toBe('Q7a');
		expect(app.review.isHighlighted('Q7a', 'B2')).toBe(false);
	});

	it("shows the engine's problems and no report when the run cannot be done", async () => {
		const { app } = await loadedApp();
		app.setup.toggleProject('101', true);
		await app.runReport();
		app.setup.toggleProject('101', false);
		await app.runReport();
		expect(app.report.status).toBe('failed');
		expect(app.report.problems).toEqual(['Choose at least one project.']);
		expect(app.report.summary).toBeNull();
		expect(app.review.tableId).toBe('');
	});

	it('shows the step the engine is at while the report runs', async () => {
		const { app, holdRuns } = await loadedApp();
		app.setup.toggleProject('101', true);
		const release = holdRuns();
		const run = app.runReport();
		await vi.waitFor(() => expect(app.report.progress?.step).toBe(1));
		expect(app.report.progress).toEqual({ step: 1, steps: 2, label: 'Universe: report dates' });
		release();
		await run;
		expect(app.report.status).toBe('done');
		expect(app.report.progress).toBeNull();
	});

	it('cancels a run and keeps the export and the setup, then runs again', async () => {
		const { app, engine, holdRuns } = await loadedApp();
		app.setup.start = '2025-10-01';
		app.setup.end = '2026-09-30';
		app.setup.toggleProject('101', true);
		await app.runReport();
		expect(app.report.summary).not.toBeNull();
		const release = holdRuns();
		const run = app.runReport();
		// The last report goes as the run starts: the engine no longer has it.
		expect(app.report.summary).toBeNull();
		await vi.waitFor(() => expect(app.report.progress?.step).toBe(1));
		const cancelled = app.cancelReport();
		expect(app.report.cancelling).toBe(true);
		expect(engine.cancelReport).toHaveBeenCalledOnce();
		release();
		await Promise.all([run, cancelled]);
		expect(app.report.status).toBe('cancelled');
		expect(app.report.running).toBe(false);
		expect(app.report.cancelling).toBe(false);
		expect(app.report.summary).toBeNull();
		expect(app.report.problems).toEqual([]);
		expect(app.review.tableId).toBe('');
		// The worker was not replaced: the export and the setup are as they were.
		expect(engine.cancel).not.toHaveBeenCalled();
		expect(app.load.status).toBe('loaded');
		expect(app.setup.params).toEqual({
			report: 'apr',
			start: '2025-10-01',
			end: '2026-09-30',
			projectIds: ['101']
		});
		await app.runReport();
		expect(app.report.status).toBe('done');
		expect(app.review.tableId).toBe('Q5a');
	});

	it('drops the answer of a run the app has moved on from', async () => {
		const { app, holdRuns } = await loadedApp();
		app.setup.toggleProject('101', true);
		const release = holdRuns();
		const run = app.report.run(app.setup.params);
		app.report.reset();
		release();
		await run;
		expect(app.report.status).toBe('idle');
		expect(app.report.summary).toBeNull();
		expect(app.report.progress).toBeNull();
	});

	it('drops the report and the setup with the data', async () => {
		const { app } = await loadedApp();
		app.setup.toggleProject('101', true);
		await app.runReport();
		await app.forget();
		expect(app.report.summary).toBeNull();
		expect(app.setup.projectIds).toEqual([]);
		expect(await app.findClient('1')).toEqual([{ table: 'Q7a', cell: 'B2' }]);
	});
});
