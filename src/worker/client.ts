// The page's typed handle on the engine worker: progress arrives through a comlink proxy, and
// cancelling terminates the worker and starts a fresh one (comlink has no abort).
import * as Comlink from 'comlink';
import type { SampleOptions } from '../engine/api';
import type { ExportInput, LoadProgress, LoadResult, ProjectSummary } from '../engine/hmis/types';
import type { WorkerApi } from './engine.worker';

export type OnProgress = (p: LoadProgress) => void;

export class EngineClient {
	#worker!: Worker;
	#remote!: Comlink.Remote<WorkerApi>;
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

	findingsCsv(): Promise<string> {
		return this.#call(() => this.#remote.findingsCsv());
	}

	forget(): Promise<void> {
		return this.#call(() => this.#remote.forget());
	}

	/** Stops whatever the worker is doing; its data is gone and the calls in flight reject. */
	cancel(): void {
		this.#stop(new DOMException('Cancelled', 'AbortError'));
		this.#start();
	}

	#start(): void {
		this.#worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.addEventListener('error', (event) => {
			// A crash (out of memory, a failed import) leaves the worker useless: replace it.
			const detail = event.message || 'the browser gave no reason';
			this.#stop(new Error(`The engine stopped unexpectedly (${detail}).`));
			this.#start();
		});
		this.#remote = Comlink.wrap<WorkerApi>(this.#worker);
	}

	#stop(reason: Error): void {
		this.#worker.terminate();
		for (const reject of this.#pending) reject(reason);
		this.#pending.clear();
	}

	#call<T>(run: () => Promise<T>): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			this.#pending.add(reject);
			run()
				.then(resolve, reject)
				.finally(() => this.#pending.delete(reject));
		});
	}
}

export function isAbort(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}
