// Every table of the APR and of the CAPER with clients behind its cells names the fields that
// put them there, and those fields read a row for every client of every cell, over a pooled run
// of the generated sample (one run per report).
import type { Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldText, readFields } from '../../../src/engine/report/cell-fields';
import { memberCounts, membersOf } from '../../../src/engine/report/members';
import type { ReportKind } from '../../../src/engine/report/params';
import type { ReportRun } from '../../../src/engine/report/run';
import { pooledSample } from './pooled-sample';

let db: Database;
let pooled: (report: ReportKind) => ReportRun;

beforeAll(async () => {
	({ db, pooled } = await pooledSample(11));
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
