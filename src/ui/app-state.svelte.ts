// The app's state: one object per step of the flow, over one engine worker. Cancelling or
// forgetting drops every step's state together, because the worker's data is gone with it.
import type { InputFile } from '../engine/hmis/types';
import { LoadState, type EngineHandle } from './load/load-state.svelte';
import { pickInput } from './load/pick-input';

export type AppEngine = EngineHandle & { cancel(): void };

export class AppState {
	#engine: AppEngine;
	// TODO the report setup and review steps add their state objects here, reset with load.
	readonly load: LoadState;

	constructor(engine: AppEngine) {
		this.#engine = engine;
		this.load = new LoadState(engine);
	}

	get busy(): boolean {
		return this.load.status === 'loading';
	}

	findingsCsv(): Promise<string> {
		return this.#engine.findingsCsv();
	}

	loadFiles(files: InputFile[]): Promise<void> {
		const picked = pickInput(files);
		if (!picked.ok) {
			this.load.refuse(picked.message);
			return Promise.resolve();
		}
		const names = files.map((f) => f.name);
		const source = names.length <= 3 ? names.join(', ') : `${names.length} files`;
		return this.load.loadExport(picked.input, source);
	}

	loadSample(): Promise<void> {
		return this.load.loadSample();
	}

	cancel(): void {
		this.#engine.cancel();
		this.load.reset();
	}

	/** Drops the loaded export and every result, in the worker and on the page. */
	async forget(): Promise<void> {
		if (this.busy) this.#engine.cancel();
		else await this.#engine.forget();
		this.load.reset();
	}
}
