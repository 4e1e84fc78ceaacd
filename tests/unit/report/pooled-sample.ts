// A whole report over the generated sample, every project but Coordinated Entry pooled over the
// sample's fiscal year: for tests that check a property of every cell of a report.
import initSqlJs, { type Database } from 'sql.js';
import { createEngine } from '../../../src/engine/engine';
import type { ReportKind } from '../../../src/engine/report/params';
import { runReport, type ReportRun } from '../../../src/engine/report/run';
import { generateSampleZip } from '../../../src/engine/sample';

export interface PooledSample {
	db: Database;
	/** Runs the report over the loaded sample (each run replaces the last one's universe). */
	pooled(report: ReportKind): ReportRun;
}

export async function pooledSample(seed: number, clients = 1500): Promise<PooledSample> {
	const engine = createEngine(await initSqlJs());
	const { zip, manifest } = generateSampleZip({ seed, clients });
	const file = { name: 'sample.zip', size: zip.length, stream: () => new Blob([zip]).stream() };
	const loaded = await engine.loadExport({ kind: 'zip', file });
	if (!loaded.ok) throw new Error(`The sample did not load: ${loaded.fatal}`);
	const db = engine.database!;
	const projectIds = engine
		.projects()
		.filter((p) => p.projectType !== 14)
		.map((p) => p.projectId);
	return {
		db,
		pooled: (report) =>
			runReport(db, { report, start: manifest.reportStart, end: manifest.reportEnd, projectIds })
	};
}
