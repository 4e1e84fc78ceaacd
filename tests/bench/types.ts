// What the benchmark's measurements produce, shared by the Node and browser runs and the table.
import { REPORT_END, REPORT_START } from '../../src/engine/sample/timeline';
import { dateText } from '../../src/engine/sample/dates';

/** The sample is built around FY2026: every report runs over it. */
export const APR_PERIOD = { start: dateText(REPORT_START), end: dateText(REPORT_END) };

export interface ReportFigures {
	projects: number;
	ms: number;
	/** CPU time of the process (user + system) over the same span: steadier on a busy machine. */
	cpuMs: number;
	/** Bytes; null where the platform does not say. */
	peakRss: number | null;
	wasmHeap: number | null;
	/** Ids of Sage consistency checks that failed (expected: none). */
	failedChecks: string[];
	/** Milliseconds per step of the run (universe, each question), when asked for. */
	timings?: Record<string, number>;
}

export interface LoadFigures {
	files: number;
	csvBytes: number;
	rows: number;
	loadMs: number;
	loadCpuMs: number;
	peakRss: number | null;
	wasmHeap: number | null;
	biggest: ReportFigures & { id: string; enrollments: number };
	pooled: ReportFigures | null;
}

export type NodeResult = LoadFigures;

export interface FloorResult {
	csvBytes: number;
	rows: number;
	ms: number;
	cpuMs: number;
	peakRss: number | null;
}
