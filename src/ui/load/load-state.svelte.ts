// State of the "load an export" step: what is loading and how far it got, then the result, the
// projects and any failure. Results are replaced whole, never mutated, so they live in $state.raw.
import type { SampleOptions } from '../../engine/api';
import type {
	ExportInput,
	LoadProgress,
	LoadResult,
	ProjectSummary
} from '../../engine/hmis/types';
import { isAbort, type EngineClient } from '../../worker/client';

export type EngineHandle = Pick<
	EngineClient,
	'loadExport' | 'loadSample' | 'projects' | 'findingsCsv' | 'forget'
>;

export type LoadStatus = 'empty' | 'loading' | 'loaded' | 'failed';

/** One CSV file as the load reaches it: files load one after another. */
export interface FileProgress {
	file: string;
	rows: number;
	done: boolean;
}

export interface Problem {
	title: string;
	message: string;
	action: string;
}

export const sampleOptions: SampleOptions = { seed: 1, clients: 600 };

export class LoadState {
	status = $state<LoadStatus>('empty');
	/** What is being (or was) loaded, in words: file names or "the sample export". */
	source = $state('');
	/** The latest progress event: how far the whole load is (bytes and percent of the input). */
	progress = $state.raw<LoadProgress | null>(null);
	/** The CSV files reached so far, in load order. */
	files = $state.raw<FileProgress[]>([]);
	result = $state.raw<LoadResult | null>(null);
	projects = $state.raw<ProjectSummary[]>([]);
	problem = $state.raw<Problem | null>(null);

	#engine: EngineHandle;

	constructor(engine: EngineHandle) {
		this.#engine = engine;
	}

	loadExport(input: ExportInput, source: string): Promise<void> {
		return this.#run(source, (onProgress) => this.#engine.loadExport(input, onProgress));
	}

	loadSample(): Promise<void> {
		return this.#run('the sample export', (onProgress) =>
			this.#engine.loadSample(sampleOptions, onProgress)
		);
	}

	/** Shows a problem found before anything reached the engine (a wrong kind of file). */
	refuse(message: string): void {
		this.problem = {
			title: 'These files cannot be loaded',
			message,
			action: 'Choose the HMIS CSV export as one .zip file, or select all of its .csv files.'
		};
	}

	reset(): void {
		this.status = 'empty';
		this.source = '';
		this.progress = null;
		this.files = [];
		this.result = null;
		this.projects = [];
		this.problem = null;
	}

	async #run(
		source: string,
		load: (onProgress: (p: LoadProgress) => void) => Promise<LoadResult>
	): Promise<void> {
		this.reset();
		this.status = 'loading';
		this.source = source;
		try {
			const result = await load((p) => this.#progressed(p));
			this.result = result;
			if (result.ok) {
				this.projects = await this.#engine.projects();
				this.status = 'loaded';
			} else {
				this.status = 'failed';
				this.problem = {
					title: `Loading ${source} stopped`,
					message: result.fatal ?? 'The export could not be read.',
					action:
						'Check that this is the complete HMIS CSV export (FY2026 or FY2024) as your HMIS ' +
						'wrote it, then load it again.'
				};
			}
		} catch (error) {
			// A cancel is the user's choice, not a failure: the caller has already reset the step.
			if (isAbort(error)) return;
			this.status = 'failed';
			this.problem = {
				title: `Loading ${source} failed`,
				message: error instanceof Error ? error.message : String(error),
				action:
					'Try again. If it happens again, the export may be too big for this browser tab: ' +
					'close other tabs, or check it with the command line.'
			};
		}
	}

	#progressed(p: LoadProgress): void {
		this.progress = p;
		// Events not about a .csv file name a later stage (indexes, checks): every file is done.
		const isFile = p.file.toLowerCase().endsWith('.csv');
		const known = this.files.some((f) => f.file === p.file);
		const files = this.files.map((f) =>
			f.file === p.file ? { ...f, rows: p.rows } : known ? f : { ...f, done: true }
		);
		this.files = isFile && !known ? [...files, { file: p.file, rows: p.rows, done: false }] : files;
	}
}
