// Every table of the APR and of the CAPER with clients behind its cells names the fields that
// put them there, and those fields read a row for every client of every cell, over a pooled run
// of the generated sample (one run per report).
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine';
import { fieldText, readFields } from '../../../src/engine/report/cell-fields';
import type { ReportKind } from '../../../src/engine/report/params';
import { runReport, type ReportRun } from '../../../src/engine/report/run';
import { memberCounts, membersOf } from '../../../src/engine/report/members';
import { generateSampleZip } from '../../../src/engine/sample';
import type { Database } from 'sql.js';

let db: Database;
let pooled: (report: ReportKind) => ReportRun;

beforeAll(async () => {
	const engine = createEngine(await initSqlJs());
	const { zip, manifest } = generateSampleZip({ seed: 11, clients: 1500 });
	const file = { name: 'sample.zip', size: zip.length, stream: () => new Blob([zip]).stream() };
	expect((await engine.loadExport({ kind: 'zip', file })).ok).toBe(true);
	db = engine.database!;
	const projectIds = engine
		.projects()
		.filter((p) => p.projectType !== 14)
		.map((p) => p.projectId);
	pooled = (report) =>
		runReport(db, { report, start: manifest.reportStart, end: manifest.reportEnd, projectIds });
});

describe('cell fields', () => {
	it('labels coded values with their HUD names', () => {
		expect(fieldText(435, { label: 'Destination', list: '3.12.1' })).toBe(
			'Rental by client, with ongoing housing subsidy (435)'
		);
		expect(fieldText(null, { label: 'Destination', list: '3.12.1' })).toBe('');
		expect(fieldText(7, { label: 'Days in project' })).toBe('7');
		expect(fieldText(4321, { label: 'Destination', list: '3.12.1' })).toBe('4321');
	});
});

// Each report is run when its block starts, so its cells' members read its own universe.
describe.each(['apr', 'caper'] as const)('cell fields of the %s', (report) => {
	let run: ReportRun;
	beforeAll(() => {
		run = pooled(report);
	});

	it('every table with clients behind its cells names fields for them', () => {
		const without = run.tables
			.filter((t) => Object.keys(memberCounts(t)).length > 0)
			.map((t) => t.shape.id)
			.filter((id) => !run.fields[id]?.fields.length);
		expect(without).toEqual([]);
	});

	it("reads every field of every cell's clients", () => {
		const missing: string[] = [];
		for (const table of run.tables) {
			const set = run.fields[table.shape.id];
			if (!set) continue;
			for (const cell of Object.keys(memberCounts(table))) {
				const ids = membersOf(db, table, cell).map((m) => m.enrollmentId);
				const read = readFields(db, set, ids, run.params);
				for (const id of ids) {
					const facts = read.get(id);
					if (facts?.length !== set.fields.length) missing.push(`${table.shape.id} ${cell} ${id}`);
				}
			}
		}
		expect(missing.slice(0, 10)).toEqual([]);
	});
});
