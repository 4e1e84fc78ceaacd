// The report run: the engine computes it in the worker while the page shows progress; the
// summary (tables without members, checks, timings) is replaced whole on every run.
import type { ReportParams, ReportSummary } from '../../engine/api';
import { isAbort, type EngineClient } from '../../worker/client';

export type ReportHandle = Pick<EngineClient, 'runReport'>;

export type RunStatus = 'idle' | 'running' | 'done' | 'failed';

export class ReportState {
	status = $state<RunStatus>('idle');
	summary = $state.raw<ReportSummary | null>(null);
	/** Why the last run gave no report, in plain words. */
	problems = $state.raw<string[]>([]);
	/** The parameters being run (while running) or last run. */
	params = $state.raw<ReportParams | null>(null);
	/** performance.now() when the current run started, for the elapsed time shown. */
	startedAt = $state(0);

	#engine: ReportHandle;

	constructor(engine: ReportHandle) {
		this.#engine = engine;
	}

	get running(): boolean {
		return this.status === 'running';
	}

	async run(params: ReportParams): Promise<void> {
		if (this.running) return;
		this.status = 'running';
		this.problems = [];
		this.params = params;
		this.startedAt = performance.now();
		try {
			const summary = await this.#engine.runReport(params);
			if (summary.ok) {
				this.summary = summary;
				this.status = 'done';
				return;
			}
			// The engine dropped its last report when this run started: the old one is gone too.
			this.summary = null;
			this.problems = summary.problems;
			this.status = 'failed';
		} catch (error) {
			// A cancel is the user's choice; whoever cancelled has reset the state.
			if (isAbort(error)) return;
			this.summary = null;
			this.problems = [
				`The report stopped: ${error instanceof Error ? error.message : String(error)}`
			];
			this.status = 'failed';
		}
	}

	reset(): void {
		this.status = 'idle';
		this.summary = null;
		this.problems = [];
		this.params = null;
		this.startedAt = 0;
	}
}
