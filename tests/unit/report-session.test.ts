// The engine's report calls over a loaded export: the summary the page gets (no members), paging
// the clients behind a cell, finding a client's cells, the downloads, and problems as data.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { ReportSession } from '../../src/engine/report-session';
import { APR_TABLES } from '../../src/engine/report/compositions';
import { FY2026, loadFixture } from './report/fixture';

let db: Database;

beforeAll(async () => {
	db = await loadFixture({
		Client: [
			{ PersonalID: 'C', DOB: '1990-01-01' },
			{ PersonalID: 'A', DOB: '1980-05-01' },
			{ PersonalID: 'B', DOB: '2015-03-01' }
		],
		Enrollment: [
			{ EnrollmentID: 'eA', PersonalID: 'A', HouseholdID: 'H1', EntryDate: '2025-11-01' },
			{
				EnrollmentID: 'eB',
				PersonalID: 'B',
				HouseholdID: 'H1',
				EntryDate: '2025-11-01',
				RelationshipToHoH: 2
			},
			{ EnrollmentID: 'eC', PersonalID: 'C', HouseholdID: 'H2', EntryDate: '2026-01-15' }
		],
		Exit: [{ EnrollmentID: 'eC', PersonalID: 'C', ExitDate: '2026-03-31', Destination: 410 }]
	});
});

const params = { ...FY2026, projectIds: ['P1'] };

describe('ReportSession', () => {
	it('says what is wrong instead of throwing', () => {
		expect(new ReportSession(() => null).runReport(params)).toMatchObject({
			ok: false,
			problems: ['Load an export before running a report.']
		});
		const session = new ReportSession(() => db);
		expect(session.runReport({ ...params, start: '2026-10-01' }).problems).toEqual([
			'The report starts (2026-10-01) after it ends (2026-09-30).'
		]);
		expect(session.runReport({ ...params, projectIds: ['P1', 'X9'] }).problems).toEqual([
			'Project X9 is not in this export. Projects in it: P1 (Project, type 3).'
		]);
		expect(() => session.sageZip()).toThrow('Run a report first.');
		db.run("UPDATE Project SET ProjectType = 14 WHERE ProjectID = 'P1'");
		try {
			expect(session.runReport(params).problems).toEqual([
				'Project P1 is a Coordinated Entry project: it reports in the CE APR, not here.'
			]);
		} finally {
			db.run("UPDATE Project SET ProjectType = 3 WHERE ProjectID = 'P1'");
		}
	});

	it('returns a plain summary: every table with values and member counts, the checks, no members', () => {
		const summary = new ReportSession(() => db).runReport(params);
		expect(summary.ok).toBe(true);
		expect(summary.tables.map((t) => t.shape.id)).toEqual(APR_TABLES);
		const q5a = summary.tables.find((t) => t.shape.id === 'Q5a')!;
		expect(q5a.values.C2).toBe(3);
		expect(q5a.memberCounts.C2).toBe(3);
		expect(q5a).not.toHaveProperty('members');
		expect(q5a.notes).toEqual([]);
		expect(summary.checks.length).toBeGreaterThan(20);
		expect(summary.checks.filter((c) => c.status === 'fail')).toEqual([]);
		expect(summary.timings.total).toBeGreaterThan(0);
		// It crosses the worker boundary by structured clone.
		expect(structuredClone(summary)).toEqual(summary);
	});

	it('pages the clients behind a cell in PersonalID order, with the stay that was counted', () => {
		const session = new ReportSession(() => db);
		session.runReport(params);
		const first = session.cellMembers('Q5a', 'C2', 0, 2);
		expect(first.total).toBe(3);
		expect(first.members.map((m) => m.personalId)).toEqual(['A', 'B']);
		expect(first.members[1]).toEqual({
			personalId: 'B',
			enrollmentId: 'eB',
			householdId: 'H1',
			projectId: 'P1',
			entryDate: '2025-11-01',
			exitDate: null,
			age: 10,
			householdType: 'with_children_and_adults'
		});
		const rest = session.cellMembers('Q5a', 'C2', 2, 2);
		expect(rest).toMatchObject({ total: 3, offset: 2 });
		expect(rest.members.map((m) => [m.personalId, m.exitDate])).toEqual([['C', '2026-03-31']]);
		expect(session.cellMembers('Q5a', 'Z99', 0, 10)).toEqual({ total: 0, offset: 0, members: [] });
	});

	it('finds every cell a client is counted in', () => {
		const session = new ReportSession(() => db);
		session.runReport(params);
		const cells = session.findClient('C');
		expect(cells).toContainEqual({ table: 'Q5a', cell: 'C2' });
		expect(cells).toContainEqual({ table: 'Q5a', cell: 'C6' });
		expect(cells).not.toContainEqual({ table: 'Q5a', cell: 'C9' });
		expect(session.findClient('nobody')).toEqual([]);
	});

	it('gives the downloads of the last run and forgets it', () => {
		const session = new ReportSession(() => db);
		session.runReport(params);
		expect(session.sageZip().name).toBe('APR-FY2026-P1-2025-10-01-2026-09-30.zip');
		expect(session.sageFiles()).toHaveLength(67);
		expect(session.validationFiles({ includeIdentifiers: false }).map((f) => f.name)).toEqual([
			'clients.csv',
			'cell-members.csv'
		]);
		session.forget();
		expect(() => session.findClient('A')).toThrow('Run a report first.');
	});
});
