// The engine's whole surface: what the worker exposes to the page and what the CLI calls.
// Plain TypeScript over sql.js, no DOM: the same code runs in the Web Worker and in Node.
// Expected problems come back as data (LoadResult.fatal, findings), never as exceptions,
// because comlink carries only an error's message across the worker boundary.
import type { SqlJsStatic } from 'sql.js';
import type { NamedBytes, TextFile, ZipEntry } from './export/zip';
import type { ValidationOptions } from './export/validation';
import type { ProjectActivity } from './hmis/projects';
import type { ExportInput, LoadProgress, LoadResult, ProjectSummary } from './hmis/types';
import type { CheckResult } from './report/checks';
import type { ReportParams } from './report/params';
import type { CellFormat, CellValue, Member, TableShape } from './report/table';

export type {
	NamedBytes,
	TextFile,
	ZipEntry,
	ValidationOptions,
	CheckResult,
	ReportParams,
	ProjectActivity
};

export interface SampleOptions {
	seed: number;
	clients: number;
}

/** A computed table without its members (they stay in the engine; ask with cellMembers). */
export interface TableSummary {
	shape: TableShape;
	values: Record<string, CellValue>;
	formats: Record<string, CellFormat>;
	/** Cells that have clients behind them, with how many. */
	memberCounts: Record<string, number>;
	rowCount: number;
	/** Things a reader should know, e.g. clients that fell into a gray cell. */
	notes: string[];
}

export interface ReportSummary {
	/** False when the report could not be run or was cancelled; `problems` says why in plain words. */
	ok: boolean;
	/**
	 * True when cancelReport stopped the run (then ok is false and `problems` says it was
	 * cancelled); absent otherwise.
	 */
	cancelled?: boolean;
	problems: string[];
	params: ReportParams;
	/** The report's tables in Sage's order (only those computed). */
	tables: TableSummary[];
	/** Tables of the report that no question module computes yet. */
	missing: string[];
	checks: CheckResult[];
	/** Milliseconds: "universe", each question's first table, "checks" and "total". */
	timings: Record<string, number>;
}

/** Where a report run is: the step now computed, counted from 1, of all its steps. */
export interface ReportProgress {
	step: number;
	steps: number;
	/** What the step computes, in words: "Universe: exits", "Q23c Exit Destination". */
	label: string;
}

/** A client behind a number, with the facts of the stay the cell counted. */
export interface MemberDetail extends Member {
	projectId: string | null;
	entryDate: string | null;
	exitDate: string | null;
	age: number | null;
	householdType: string | null;
	/** The fields that put the client in the cell, as text, in the order of MemberPage.fields. */
	facts: string[];
}

export interface MemberPage {
	/** How many clients the cell has in all. */
	total: number;
	offset: number;
	/** Headings of the facts each member carries: the fields the table's rule reads. */
	fields: string[];
	members: MemberDetail[];
}

export interface ClientCell {
	table: string;
	cell: string;
}

export interface EngineApi {
	/** Loads an export, replacing whatever was loaded before. */
	loadExport(input: ExportInput, onProgress?: (p: LoadProgress) => void): Promise<LoadResult>;
	/** Generates the seeded sample export in memory and loads it. */
	loadSample(options: SampleOptions, onProgress?: (p: LoadProgress) => void): Promise<LoadResult>;
	/** The loaded export's projects, for the report setup. */
	projects(): ProjectSummary[];
	/**
	 * Per project, the clients and enrollments with a stay active from `start` to `end`
	 * (YYYY-MM-DD) by the report universe's rule, whatever the CoC. Projects with none are left
	 * out; so is every project when the range is not one, or nothing is loaded.
	 */
	projectActivity(start: string, end: string): ProjectActivity[];
	/** The last load's findings as CSV text (header row included). */
	findingsCsv(): string;
	/**
	 * Runs a report over the loaded export; the result stays in the engine for the calls below.
	 * The run is a sequence of steps (the universe's, one per question, the checks): `onProgress`
	 * hears of each before it starts, and the engine lets its event loop run after each, so
	 * another call (cancelReport, projectActivity) is answered between steps. A cancelled run
	 * answers ok false, cancelled true and a problem saying so, and leaves no report (the calls
	 * below say to run one first); the export stays loaded. Starting a run, a load or forget
	 * cancels a run still going.
	 */
	runReport(
		params: ReportParams,
		onProgress?: (p: ReportProgress) => void
	): Promise<ReportSummary>;
	/** Stops the report being run after its current step; false when no report is running. */
	cancelReport(): boolean;
	/** A page of the clients behind a cell of the last report, ordered by PersonalID. */
	cellMembers(tableId: string, cell: string, offset: number, limit: number): MemberPage;
	/** Every cell of the last report a client is counted in. */
	findClient(personalId: string): ClientCell[];
	/** The last report's Sage upload zip; throws when a table is not computed yet. */
	sageZip(): NamedBytes;
	/**
	 * The last report's validation files (clients and cell membership, the latter written piece by
	 * piece): for the command line, which writes them as files; the page downloads validationZip.
	 */
	validationFiles(options: ValidationOptions): ZipEntry[];
	/** The validation files in one zip, AES-256 encrypted when `password` is not empty. */
	validationZip(options: ValidationOptions, password: string): Promise<NamedBytes>;
	/** Drops the loaded data and every result. */
	forget(): void;
}

export type CreateEngine = (sql: SqlJsStatic) => EngineApi;
