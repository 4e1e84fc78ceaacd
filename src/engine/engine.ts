// The engine object behind EngineApi: owns the sql.js database of the loaded export, replaces it
// on every load and drops it on forget; report calls go to the ReportSession over that database.
import type { Database, SqlJsStatic } from 'sql.js';
import type {
	ClientCell,
	EngineApi,
	MemberPage,
	NamedBytes,
	ReportParams,
	ReportProgress,
	ReportSummary,
	SampleOptions,
	ZipEntry,
	ValidationOptions
} from './api';
import { findingsToCsv } from './hmis/findings-csv';
import { loadExport, type LoadOptions } from './hmis/load';
import { projectActivity, projectSummaries, type ProjectActivity } from './hmis/projects';
import type { ExportInput, LoadProgress, LoadResult, ProjectSummary } from './hmis/types';
import { ReportSession } from './report-session';
import { generateSampleZip, sampleOptionsError } from './sample';

/** The result of a load that could not start: nothing read, one fatal reason. */
export function failedLoad(fatal: string): LoadResult {
	return {
		ok: false,
		fatal,
		info: null,
		files: [],
		findings: [],
		findingsTruncated: 0,
		millis: 0
	};
}

export class Engine implements EngineApi {
	private db: Database | null = null;
	private result: LoadResult | null = null;
	readonly reports = new ReportSession(() => this.db);

	constructor(
		private sql: SqlJsStatic,
		private loadOptions: LoadOptions = {}
	) {}

	/** The loaded export's database, for the report code; null before a load or after forget. */
	get database(): Database | null {
		return this.db;
	}

	get lastLoad(): LoadResult | null {
		return this.result;
	}

	async loadExport(
		input: ExportInput,
		onProgress?: (p: LoadProgress) => void
	): Promise<LoadResult> {
		this.forget();
		const db = new this.sql.Database();
		const result = await loadExport(db, input, onProgress, { sql: this.sql, ...this.loadOptions });
		if (result.ok) this.db = db;
		else db.close();
		this.result = result;
		return result;
	}

	async loadSample(
		options: SampleOptions,
		onProgress?: (p: LoadProgress) => void
	): Promise<LoadResult> {
		const error = sampleOptionsError(options);
		if (error !== null) {
			this.forget();
			this.result = failedLoad(`The sample export cannot be made: ${error}.`);
			return this.result;
		}
		const { zip } = generateSampleZip(options);
		const blob = new Blob([zip]);
		const file = {
			name: 'sample-export.zip',
			size: zip.length,
			stream: () => blob.stream(),
			slice: (start: number, end: number) => blob.slice(start, end)
		};
		return this.loadExport({ kind: 'zip', file }, onProgress);
	}

	projects(): ProjectSummary[] {
		return this.db ? projectSummaries(this.db) : [];
	}

	projectActivity(start: string, end: string): ProjectActivity[] {
		return this.db ? projectActivity(this.db, start, end) : [];
	}

	findingsCsv(): string {
		return findingsToCsv(this.result?.findings ?? []);
	}

	runReport(
		params: ReportParams,
		onProgress?: (p: ReportProgress) => void
	): Promise<ReportSummary> {
		return this.reports.runReport(params, onProgress);
	}

	cancelReport(): boolean {
		return this.reports.cancelReport();
	}

	cellMembers(tableId: string, cell: string, offset: number, limit: number): MemberPage {
		return this.reports.cellMembers(tableId, cell, offset, limit);
	}

	findClient(personalId: string): ClientCell[] {
		return this.reports.findClient(personalId);
	}

	sageZip(): NamedBytes {
		return this.reports.sageZip();
	}

	validationFiles(options: ValidationOptions): ZipEntry[] {
		return this.reports.validationFiles(options);
	}

	validationZip(options: ValidationOptions, password: string): Promise<NamedBytes> {
		return this.reports.validationZip(options, password);
	}

	forget(): void {
		this.reports.forget();
		this.db?.close();
		this.db = null;
		this.result = null;
	}
}

export function createEngine(sql: SqlJsStatic): Engine {
	return new Engine(sql);
}
