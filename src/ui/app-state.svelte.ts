// The app's state: one object per step of the flow, over one engine worker. Cancelling a load or
// forgetting drops every step's state together, because the worker's data is gone with it;
// cancelling a report run keeps the export and the setup.
import type { ClientCell } from '../engine/api';
import type { InputFile } from '../engine/hmis/types';
import type { EngineClient } from '../worker/client';
import type { DownloadEngine } from './download/download-engine';
import { LoadState, type EngineHandle } from './load/load-state.svelte';
import { pickInput } from './load/pick-input';
import type { MembersHandle } from './review/members-state.svelte';
import { ReportState, type ReportHandle } from './review/report-state.svelte';
import { ReviewState } from './review/review-state.svelte';
import { ActivityState, type ActivityHandle } from './setup/activity-state.svelte';
import { SetupState } from './setup/setup-state.svelte';

export type AppEngine = EngineHandle &
	ActivityHandle &
	ReportHandle &
	MembersHandle &
	DownloadEngine &
	Pick<EngineClient, 'findClient'> & { cancel(): void };

export class AppState {
	#engine: AppEngine;
	readonly load: LoadState;
	readonly setup = new SetupState();
	/** The clients of each project active in the setup's dates, for the project picker. */
	readonly activity: ActivityState;
	readonly report: ReportState;
	readonly review: ReviewState;

	constructor(engine: AppEngine) {
		this.#engine = engine;
		this.load = new LoadState(engine);
		this.activity = new ActivityState(engine);
		this.report = new ReportState(engine);
		this.review = new ReviewState(engine);
	}

	/** The engine calls that make the downloads of the current report. */
	get downloads(): DownloadEngine {
		return this.#engine;
	}

	get busy(): boolean {
		return this.load.status === 'loading' || this.report.running;
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
		this.#resetReport();
		return this.load.loadExport(picked.input, source);
	}

	loadSample(): Promise<void> {
		this.#resetReport();
		return this.load.loadSample();
	}

	/** Runs the report the setup describes over the loaded export (the data stays loaded). */
	async runReport(): Promise<void> {
		await this.report.run(this.setup.params);
		if (this.report.summary) this.review.follow(this.report.summary);
		else this.review.reset();
	}

	/** Every cell of the current report a client is counted in. */
	findClient(personalId: string): Promise<ClientCell[]> {
		return this.#engine.findClient(personalId);
	}

	/** Stops the running report after its current step; the export and the setup stay. */
	async cancelReport(): Promise<void> {
		await this.report.cancel();
		if (this.report.status === 'cancelled') this.review.reset();
	}

	/** Stops the load: the worker is replaced, so everything loaded goes with it. */
	cancel(): void {
		this.#engine.cancel();
		this.load.reset();
		this.#resetReport();
	}

	/** Drops the loaded export and every result, in the worker and on the page. */
	async forget(): Promise<void> {
		if (this.busy) this.#engine.cancel();
		else await this.#engine.forget();
		this.load.reset();
		this.#resetReport();
	}

	#resetReport(): void {
		this.setup.reset();
		this.activity.reset();
		this.report.reset();
		this.review.reset();
	}
}
