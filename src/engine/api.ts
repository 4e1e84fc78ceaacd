// The engine's whole surface: what the worker exposes to the page and what the CLI calls.
// Plain TypeScript over sql.js, no DOM: the same code runs in the Web Worker and in Node.
// Expected problems come back as data (LoadResult.fatal, findings), never as exceptions,
// because comlink carries only an error's message across the worker boundary.
import type { SqlJsStatic } from 'sql.js';
import type { ExportInput, LoadProgress, LoadResult, ProjectSummary } from './hmis/types';

export interface SampleOptions {
	seed: number;
	clients: number;
}

export interface EngineApi {
	/** Loads an export, replacing whatever was loaded before. */
	loadExport(input: ExportInput, onProgress?: (p: LoadProgress) => void): Promise<LoadResult>;
	/** Generates the seeded sample export in memory and loads it. */
	loadSample(options: SampleOptions, onProgress?: (p: LoadProgress) => void): Promise<LoadResult>;
	/** The loaded export's projects, for the report setup. */
	projects(): ProjectSummary[];
	/** The last load's findings as CSV text (header row included). */
	findingsCsv(): string;
	/** Drops the loaded data and every result. */
	forget(): void;
}

export type CreateEngine = (sql: SqlJsStatic) => EngineApi;
