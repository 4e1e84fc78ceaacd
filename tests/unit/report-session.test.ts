// The engine's report calls over a loaded export: the summary the page gets (no members), paging
// the clients behind a cell, finding a client's cells, the downloads, problems as data, and the
// run's steps: progress in order, a cancel between steps that keeps the export usable.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import type { ReportProgress } from '../../src/engine/api';
import { CANCELLED, ReportSession } from '../../src/engine/report-session';
import { APR_TABLES } from '../../src/engine/report/compositions';
import type { Question } from '../../src/engine/report/question';
import { QUESTIONS } from '../../src/engine/report/questions';
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
	it('says what is wrong instead of throwing', async () => {
		expect(await new ReportSession(() => null).runReport(params)).toMatchObject({
			ok: false,
			problems: ['Load an export before running a report.']
		});
		const session = new ReportSession(() => db);
		expect((await session.runReport({ ...params, start: '2026-10-01' })).problems).toEqual([
			'The report starts (2026-10-01) after it ends (2026-09-30).'
		]);
		expect((await session.runReport({ ...params, projectIds: ['P1', 'X9'] })).problems).toEqual([
			'Project X9 is not in this export. Projects in it: P1 (Project, type 3).'
		]);
		expect(() => session.sageZip()).toThrow('Run a report first.');
		db.run("UPDATE Project SET ProjectType = 14 WHERE ProjectID = 'P1'");
		try {
			expect((await session.runReport(params)).problems).toEqual([
				'Project P1 is a Coordinated Entry project: it reports in the CE APR, not here.'
			]);
		} finally {
			db.run("UPDATE Project SET ProjectType = 3 WHERE ProjectID = 'P1'");
		}
	});

	it('returns a plain summary: every table with values and member counts, the checks, no members', async () => {
		const summary = await new ReportSession(() => db).runReport(params);
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

	it('pages the clients behind a cell in PersonalID order, with the stay that was counted', async () => {
		const session = new ReportSession(() => db);
		await session.runReport(params);
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
			householdType: 'with_children_and_adults',
			facts: expect.any(Array)
		});
		// One fact per field the table names, in the same order.
		expect(first.members[1].facts).toHaveLength(first.fields.length);
		const rest = session.cellMembers('Q5a', 'C2', 2, 2);
		expect(rest).toMatchObject({ total: 3, offset: 2 });
		expect(rest.members.map((m) => [m.personalId, m.exitDate])).toEqual([['C', '2026-03-31']]);
		expect(session.cellMembers('Q5a', 'Z99', 0, 10)).toMatchObject({
			total: 0,
			offset: 0,
			members: []
		});
	});

	it('finds every cell a client is counted in', async () => {
		const session = new ReportSession(() => db);
		await session.runReport(params);
		const cells = session.findClient('C');
		expect(cells).toContainEqual({ table: 'Q5a', cell: 'C2' });
		expect(cells).toContainEqual({ table: 'Q5a', cell: 'C6' });
		expect(cells).not.toContainEqual({ table: 'Q5a', cell: 'C9' });
		expect(session.findClient('nobody')).toEqual([]);
	});

	it('tells the progress of every step in order, the universe first and the checks last', async () => {
		const heard: ReportProgress[] = [];
		const summary = await new ReportSession(() => db).runReport(params, (p) => heard.push(p));
		expect(summary.ok).toBe(true);
		const steps = heard[0].steps;
		expect(heard.map((p) => p.step)).toEqual(Array.from({ length: steps }, (_, i) => i + 1));
		expect(heard.every((p) => p.steps === steps)).toBe(true);
		expect(heard[0].label).toBe('Universe: report dates');
		expect(heard.map((p) => p.label)).toContain('Q23c Exit Destination');
		expect(heard.map((p) => p.label)).toContain('Q9a, Q9b Number of Persons Contacted');
		expect(heard.at(-1)?.label).toBe("Sage's consistency checks");
		// One step per question of the APR (the CAPER's own are not run), more for the universe.
		const questions = heard.filter((p) => /^Q\d/.test(p.label));
		const asked = QUESTIONS.filter((q) => q.tables.some((id) => APR_TABLES.includes(id)));
		expect(questions.length).toBe(asked.length);
		expect(asked.length).toBeLessThan(QUESTIONS.length);
		expect(steps - questions.length - 1).toBeGreaterThan(5);
	});

	it('stops between steps when cancelled, leaves no report and keeps the export usable', async () => {
		const computed: string[] = [];
		const spy = (id: string): Question => {
			const q = QUESTIONS.find((x) => x.tables[0] === id)!;
			return { ...q, compute: (ctx) => (computed.push(id), q.compute(ctx)) };
		};
		let cancels = 1;
		const canceller: Question = {
			tables: ['Q7a'],
			compute: (ctx) => {
				if (cancels-- > 0) expect(session.cancelReport()).toBe(true);
				return spy('Q7a').compute(ctx);
			}
		};
		const session = new ReportSession(() => db, [spy('Q5a'), canceller, spy('Q11')]);
		expect(session.cancelReport()).toBe(false);
		const heard: string[] = [];
		const cancelled = await session.runReport(params, (p) => heard.push(p.label));
		expect(cancelled).toMatchObject({ ok: false, cancelled: true, problems: [CANCELLED] });
		expect(cancelled.tables).toEqual([]);
		// The cancelling step ran to its end; the one after it never started.
		expect(computed).toEqual(['Q5a', 'Q7a']);
		expect(heard.at(-1)).toBe('Q7a Number of Persons Served');
		expect(() => session.findClient('A')).toThrow('Run a report first.');
		expect(session.cancelReport()).toBe(false);
		// The export is still loaded: the same session runs the report to its end.
		const again = await session.runReport(params);
		expect(again.ok).toBe(true);
		expect(again.cancelled).toBeUndefined();
		expect(again.tables.map((t) => t.shape.id)).toEqual(['Q5a', 'Q7a', 'Q11']);
		expect(again.tables[0].values.C2).toBe(3);
		expect(session.findClient('A')).toContainEqual({ table: 'Q5a', cell: 'C2' });
	});

	it('cancels a run still going when another starts or the data is forgotten', async () => {
		const session = new ReportSession(() => db);
		const first = session.runReport(params);
		const second = await session.runReport({ ...params, start: '2025-11-01' });
		expect((await first).cancelled).toBe(true);
		expect(second.ok).toBe(true);
		expect(session.cellMembers('Q5a', 'C2', 0, 10).total).toBe(3);
		const third = session.runReport(params);
		session.forget();
		expect(await third).toMatchObject({ ok: false, cancelled: true });
		expect(() => session.sageZip()).toThrow('Run a report first.');
	});

	it('gives the downloads of the last run and forgets it', async () => {
		const session = new ReportSession(() => db);
		await session.runReport(params);
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
