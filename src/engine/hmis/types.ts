// What loading an export produces: per-file counts, findings, progress. Plain data only, so it
// crosses the worker boundary unchanged.
import type { SpecVersion } from './schema';

/** One file of an export as the loader reads it: a browser File, a Node Blob, or bytes. */
export interface InputFile {
	name: string;
	size: number;
	stream(): ReadableStream<Uint8Array>;
	/**
	 * Bytes start..end, as a Blob slices (a browser File and a Node Blob can): a zip is then read
	 * from its central directory, each needed entry once and the others not at all.
	 */
	slice?(start: number, end: number): InputPart;
}

/** A slice of an InputFile. */
export interface InputPart {
	stream(): ReadableStream<Uint8Array>;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** An export is a .zip (CSVs at its root or in one folder) or a set of loose .csv files. */
export type ExportInput = { kind: 'zip'; file: InputFile } | { kind: 'files'; files: InputFile[] };

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
	severity: Severity;
	/** File name as in the export ("Enrollment.csv"); empty for archive-level findings. */
	file: string;
	/** 1-based line of the CSV record, counting the header as row 1; null when not row-specific. */
	row: number | null;
	column: string | null;
	value: string | null;
	/** What is wrong, in plain words. */
	message: string;
	/** What to do about it. */
	action: string;
	/** Stable machine code of the kind of finding ("duplicate-key", "bad-date", ...). */
	code: string;
}

export type SetAsideReason = 'deleted' | 'unparseable' | 'duplicate key';

export interface FileSummary {
	/** File name as found in the export. */
	name: string;
	/** SQLite table the rows went to (the HUD file base name). */
	table: string;
	bytes: number;
	read: number;
	loaded: number;
	setAside: number;
	setAsideByReason: Partial<Record<SetAsideReason, number>>;
}

export interface ExportInfo {
	/** The spec the data is held in (always the newest the engine knows). */
	version: SpecVersion;
	/** The spec the export was written in. */
	sourceVersion: SpecVersion;
	csvVersion: string;
	exportId: string | null;
	sourceName: string | null;
	softwareName: string | null;
	softwareVersion: string | null;
	exportDate: string | null;
	exportStartDate: string | null;
	exportEndDate: string | null;
	/** Sentences describing conversions applied on load (e.g. FY2024 to FY2026). */
	conversions: string[];
}

export interface LoadResult {
	ok: boolean;
	/** When ok is false: why nothing could be loaded, naming the file. */
	fatal: string | null;
	info: ExportInfo | null;
	files: FileSummary[];
	findings: Finding[];
	/** Findings beyond the kept ones are counted, not kept (a broken export can have millions). */
	findingsTruncated: number;
	millis: number;
}

export interface LoadProgress {
	file: string;
	rows: number;
	bytes: number;
	totalBytes: number;
	percent: number;
}

export interface ProjectSummary {
	projectId: string;
	projectName: string;
	organizationId: string;
	organizationName: string;
	projectType: number | null;
	projectTypeLabel: string;
	rrhSubType: number | null;
	funders: { code: number; label: string }[];
	cocCodes: string[];
	enrollments: number;
	clients: number;
	operatingStartDate: string | null;
	operatingEndDate: string | null;
}
