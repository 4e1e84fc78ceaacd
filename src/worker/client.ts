// The page's typed handle on the engine worker: calls wait until the engine is ready, progress
// arrives through a comlink proxy. A report run stops between its steps (cancelReport); anything
// else is cancelled by terminating the worker and starting a fresh one (comlink has no abort).
import * as Comlink from 'comlink';
import type {
	ClientCell,
	EngineApi,
	MemberPage,
	NamedBytes,
	ProjectActivity,
	ReportParams,
	ReportProgress,
	ReportSummary,
	SampleOptions,
	ValidationOptions
} from '../engine/api';
import type { ExportInput, LoadProgress, LoadResult, ProjectSummary } from '../engine/hmis/types';
import type { EngineStatus } from './engine.worker';
import { startEngineWorker } from './start-worker';

export type OnProgress = (p: LoadProgress) => void;

export class EngineClient {
	#worker!: Worker;
	#remote!: Comlink.Remote<EngineApi>;
	#ready!: Promise<void>;
	/** Rejecters of the calls in flight: a terminated or crashed worker never answers them. */
	#pending = new Set<(reason: Error) => void>();

	constructor() {
		this.#start();
	}

	loadExport(input: ExportInput, onProgress: OnProgress): Promise<LoadResult> {
		return this.#call(() => this.#remote.loadExport(input, Comlink.proxy(onProgress)));
	}

	loadSample(options: SampleOptions, onProgress: OnProgress): Promise<LoadResult> {
		return this.#call(() => this.#remote.loadSample(options, Comlink.proxy(onProgress)));
	}

	projects(): Promise<ProjectSummary[]> {
		return this.#call(() => this.#remote.projects());
	}

	projectActivity(start: string, end: string): Promise<ProjectActivity[]> {
		return this.#call(() => this.#remote.projectActivity(start, end));
	}

	findingsCsv(): Promise<string> {
		return this.#call(() => this.#remote.findingsCsv());
	}

	forget(): Promise<void> {
		return this.#call(() => this.#remote.forget());
	}

	runReport(params: ReportParams, onProgress?: (p: ReportProgress) => void): Promise<ReportSummary> {
		return this.#call(() =>
			this.#remote.runReport(params, onProgress && Comlink.proxy(onProgress))
		);
	}

	/** Stops the report being run after its current step; the export stays loaded. */
	cancelReport(): Promise<boolean> {
		return this.#call(() => this.#remote.cancelReport());
	}

	cellMembers(tableId: string, cell: string, offset: number, limit: number): Promise<MemberPage> {
		return this.#call(() => this.#remote.cellMembers(tableId, cell, offset, limit));
	}

	findClient(personalId: string): Promise<ClientCell[]> {
		return this.#call(() => this.#remote.findClient(personalId));
	}

	sageZip(): Promise<NamedBytes> {
		return this.#call(() => this.#remote.sageZip());
	}

	validationZip(options: ValidationOptions, password: string): Promise<NamedBytes> {
		return this.#call(() => this.#remote.validationZip(options, password));
	}

	/** Stops whatever the worker is doing; its data is gone and the calls in flight reject. */
	cancel(): void {
		this.#stop(new DOMException('Cancelled', 'AbortError'));
		this.#start();
	}

	#start(): void {
		const worker = startEngineWorker();
		let ready = false;
		let failed: (reason: Error) => void = () => {};
		this.#ready = new Promise((resolve, reject) => {
			failed = reject;
			worker.addEventListener('message', ({ data }: MessageEvent<EngineStatus>) => {
				if (data?.engine === 'ready') {
					ready = true;
					resolve();
				}
				if (data?.engine === 'failed') {
					reject(new Error(`The database engine could not start: ${data.message}`));
				}
			});
		});
		// Calls report the failure; the promise itself must not count as unhandled.
		this.#ready.catch(() => {});
		worker.addEventListener('error', (event) => {
			const detail = event.message || 'the browser gave no reason';
			// A worker that never started would fail again: report it instead of restarting.
			if (!ready) return failed(new Error(`The database engine could not start (${detail}).`));
			// A crash (out of memory, most likely) leaves the worker useless: replace it.
			this.#stop(new Error(`The engine stopped unexpectedly (${detail}).`));
			this.#start();
		});
		this.#worker = worker;
		this.#remote = Comlink.wrap<EngineApi>(worker);
		// `npm run bench` (tests/bench) opens the page with ?bench and drives this very worker.
		if (new URLSearchParams(location.search).has('bench')) {
			Object.assign(globalThis, { benchEngine: { ready: this.#ready, engine: this.#remote } });
		}
	}

	#stop(reason: Error): void {
		this.#worker.terminate();
		for (const reject of this.#pending) reject(reason);
		this.#pending.clear();
	}

	#call<T>(run: () => Promise<T>): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			this.#pending.add(reject);
			this.#ready
				.then(run)
				.then(resolve, reject)
				.finally(() => this.#pending.delete(reject));
		});
	}
}

export function isAbort(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}
