// The report run: the engine computes it in the worker, step by step, while the page shows which
// step it is at and can cancel it (the export stays loaded); the summary (tables without
// members, checks, timings) is replaced whole on every run.
import type { ReportParams, ReportProgress, ReportSummary } from '../../engine/api';
import { isAbort, type EngineClient } from '../../worker/client';

export type ReportHandle = Pick<EngineClient, 'runReport' | 'cancelReport'>;

export type RunStatus = 'idle' | 'running' | 'done' | 'failed' | 'cancelled';

export class ReportState {
	status = $state<RunStatus>('idle');
	summary = $state.raw<ReportSummary | null>(null);
	/** Why the last run gave no report, in plain words. */
	problems = $state.raw<string[]>([]);
	/** The parameters being run (while running) or last run. */
	params = $state.raw<ReportParams | null>(null);
	/** performance.now() when the current run started, for the elapsed time shown. */
	startedAt = $state(0);
	/** The step the engine is computing; null before its first word and after the run. */
	progress = $state.raw<ReportProgress | null>(null);
	/** A cancel was asked for and the run has not stopped yet. */
	cancelling = $state(false);

	#engine: ReportHandle;
	/** The run in progress (or the last one), for whoever waits for it to end. */
	#run: Promise<void> = Promise.resolve();
	/** Bumped by every run and reset: what an older run answers later is dropped. */
	#ticket = 0;

	constructor(engine: ReportHandle) {
		this.#engine = engine;
	}

	get running(): boolean {
		return this.status === 'running';
	}

	run(params: ReportParams): Promise<void> {
		if (!this.running) this.#run = this.#execute(params);
		return this.#run;
	}

	/** Asks the engine to stop the run after its current step; resolves once the run has ended. */
	async cancel(): Promise<void> {
		if (!this.running) return;
		if (!this.cancelling) {
			this.cancelling = true;
			await this.#engine.cancelReport();
		}
		await this.#run;
	}

	async #execute(params: ReportParams): Promise<void> {
		const ticket = ++this.#ticket;
		this.status = 'running';
		this.problems = [];
		this.params = params;
		this.progress = null;
		this.cancelling = false;
		// The engine drops its last report as the run starts: the page's goes with it, so nothing
		// asks the engine for the clients or files of a report it no longer has.
		this.summary = null;
		this.startedAt = performance.now();
		try {
			const summary = await this.#engine.runReport(params, (p) => {
				if (ticket === this.#ticket) this.progress = p;
			});
			if (ticket !== this.#ticket) return;
			if (summary.ok) {
				this.summary = summary;
				this.status = 'done';
			} else if (summary.cancelled) {
				this.status = 'cancelled';
			} else {
				this.problems = summary.problems;
				this.status = 'failed';
			}
		} catch (error) {
			// A cancel of the whole worker is the user's choice; whoever cancelled has reset the state.
			if (ticket !== this.#ticket || isAbort(error)) return;
			this.problems = [
				`The report stopped: ${error instanceof Error ? error.message : String(error)}`
			];
			this.status = 'failed';
		} finally {
			if (ticket === this.#ticket) {
				this.progress = null;
				this.cancelling = false;
			}
		}
	}

	reset(): void {
		this.#ticket++;
		this.status = 'idle';
		this.summary = null;
		this.problems = [];
		this.params = null;
		this.startedAt = 0;
		this.progress = null;
		this.cancelling = false;
	}
}
