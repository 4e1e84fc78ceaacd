// What the sample generator takes and what it reports having written.
import type { ProblemEffect, ProblemKind } from './problems';

export interface SampleOptions {
	seed: number;
	/** Number of distinct people (Client rows, not counting the deliberate problem rows). */
	clients: number;
	/** Deflate level 0-9; by default 6 up to 50,000 clients and 1 above, for speed. */
	level?: number;
}

/** Receives the zip in order; `final` is true on the last chunk. */
export type SampleSink = (chunk: Uint8Array, final: boolean) => void;

export interface SampleFile {
	name: string;
	/** Data rows written, header excluded, problem rows included. */
	rows: number;
	/** Uncompressed size in bytes. */
	bytes: number;
	/** Rows written with DateDeleted set (a loader sets them aside as deleted). */
	deleted: number;
	/** Rows repeating an earlier row's key (a loader sets them aside as duplicates). */
	duplicates: number;
}

export interface SampleProblem {
	kind: ProblemKind;
	file: string;
	column: string | null;
	effect: ProblemEffect;
	description: string;
	rows: number;
}

export interface SampleManifest {
	seed: number;
	clients: number;
	households: number;
	enrollments: number;
	csvVersion: string;
	exportId: string;
	/** The federal fiscal year the sample is built around (FY2026). */
	reportStart: string;
	reportEnd: string;
	level: number;
	/** Every file of the zip, in zip order. */
	files: SampleFile[];
	/** The deliberate problems written, with their row counts. */
	problems: SampleProblem[];
	zipBytes: number;
}
