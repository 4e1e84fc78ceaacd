// The engine object: a load replaces the last one, projects are listed (with the stays active
// in a date range, by the report universe's rule), findings export as CSV, forget drops everything.
import initSqlJs from 'sql.js';
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../../src/engine/engine';
import { all } from '../../../src/engine/db/query';
import { buildUniverse } from '../../../src/engine/report/universe';
import { fixtureFiles, type FixtureRow } from '../report/fixture';
import { asFiles, exportTexts } from './build';

const sql = await initSqlJs();

describe('engine', () => {
	test('projects() lists organization, type, funders, CoC codes and counts', async () => {
		const engine = createEngine(sql);
		const texts = exportTexts({
			Organization: [{ OrganizationName: 'Shelter Org' }],
			Project: [
				{ ProjectName: 'Night Shelter', ProjectType: 1 },
				{ ProjectName: 'Housing', ProjectType: 13, RRHSubType: 2 }
			],
			Funder: [{ Funder: 2 }, { Funder: 21 }, { ProjectID: 'P2', Funder: 2 }],
			ProjectCoC: [{ CoCCode: 'XX-500' }, { ProjectID: 'P2', CoCCode: 'XX-501' }],
			Client: [{}, {}],
			Enrollment: [{}, { PersonalID: 'C2' }, { PersonalID: 'C2' }]
		});
		const result = await engine.loadExport(asFiles(texts));
		expect(result.ok).toBe(true);
		const [housing, shelter] = engine.projects();
		expect(shelter).toMatchObject({
			projectId: 'P1',
			projectName: 'Night Shelter',
			organizationName: 'Shelter Org',
			projectType: 1,
			projectTypeLabel: 'Emergency Shelter - Night-by-Night',
			cocCodes: ['XX-500'],
			enrollments: 3,
			clients: 2
		});
		expect(shelter.funders.map((f) => f.code)).toEqual([2, 21]);
		expect(shelter.funders[0].label).toMatch(/^HUD: CoC/);
		expect(housing).toMatchObject({
			projectId: 'P2',
			rrhSubType: 2,
			cocCodes: ['XX-501'],
			enrollments: 0,
			clients: 0
		});
	});

	test('findingsCsv() has a header and one quoted row per finding', async () => {
		const engine = createEngine(sql);
		await engine.loadExport(
			asFiles(exportTexts({ Client: [{ VeteranStatus: 7, FirstName: '=1+1' }] }))
		);
		const lines = engine.findingsCsv().trimEnd().split('\r\n');
		expect(lines[0]).toBe('severity,file,row,column,value,message,action,code');
		expect(lines.length).toBe(engine.lastLoad!.findings.length + 1);
		expect(lines.find((l) => l.includes('not-in-list'))).toMatch(
			/^warning,Client\.csv,2,VeteranStatus,7,/
		);
	});

	test('a new load replaces the last one, a failed load leaves nothing, forget drops it all', async () => {
		const engine = createEngine(sql);
		await engine.loadExport(asFiles(exportTexts()));
		expect(engine.projects()).toHaveLength(1);
		const failed = await engine.loadExport(asFiles({ 'Client.csv': exportTexts()['Client.csv'] }));
		expect(failed.ok).toBe(false);
		expect(engine.projects()).toEqual([]);
		expect(engine.database).toBeNull();
		await engine.loadExport(asFiles(exportTexts()));
		engine.forget();
		expect(engine.database).toBeNull();
		expect(engine.projects()).toEqual([]);
		expect(engine.findingsCsv()).toBe('severity,file,row,column,value,message,action,code\r\n');
	});
});

describe('projectActivity', () => {
	const stay = (id: string, person: string, project: string, entry: string): FixtureRow => ({
		EnrollmentID: id,
		PersonalID: person,
		HouseholdID: `h-${id}`,
		ProjectID: project,
		EntryDate: entry
	});
	const exit = (id: string, person: string, date: string): FixtureRow => ({
		EnrollmentID: id,
		PersonalID: person,
		ExitDate: date,
		Destination: 410
	});
	const bed = (id: string, person: string, date: string): FixtureRow => ({
		EnrollmentID: id,
		PersonalID: person,
		DateProvided: date,
		RecordType: 200,
		TypeProvided: 200
	});
	// NBN is a night-by-night shelter, PSH is not; the report range is FY2026.
	const files = fixtureFiles({
		Project: [
			{ ProjectID: 'NBN', ProjectType: 1 },
			{ ProjectID: 'PSH', ProjectType: 3 },
			{ ProjectID: 'EMPTY', ProjectType: 3 }
		],
		Client: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'K'].map((id) => ({
			PersonalID: id,
			DOB: '1980-01-01'
		})),
		Enrollment: [
			stay('a', 'A', 'PSH', '2025-05-01'), // exits before the start
			stay('b', 'B', 'PSH', '2025-05-01'), // exits after the end: a stayer
			stay('c', 'C', 'PSH', '2026-10-05'), // enters after the end
			stay('d1', 'D', 'PSH', '2025-12-01'), // two stays of one client
			stay('d2', 'D', 'PSH', '2026-02-01'),
			stay('k', 'K', 'PSH', '2025-01-01'), // two exits: the later, in the range, wins
			stay('z', 'Z', 'PSH', '2025-12-01'), // no such client
			stay('e', 'E', 'NBN', '2025-06-01'), // a bed night in the range
			stay('f', 'F', 'NBN', '2025-06-01'), // open, its one bed night before the start
			stay('g', 'G', 'NBN', '2025-06-01'), // exits in the range, no bed night
			stay('h', 'H', 'NBN', '2025-06-01'), // exits after the end, no bed night in the range
			stay('i', 'I', 'NBN', '2025-06-01') // exits after the end, a bed night in the range
		],
		Exit: [
			exit('a', 'A', '2025-09-15'),
			exit('b', 'B', '2026-11-01'),
			exit('k', 'K', '2025-06-01'),
			exit('k', 'K', '2025-11-01'),
			exit('g', 'G', '2025-12-01'),
			exit('h', 'H', '2026-11-01'),
			exit('i', 'I', '2026-11-01')
		],
		Services: [
			bed('e', 'E', '2025-11-03'),
			bed('f', 'F', '2025-07-01'),
			bed('h', 'H', '2026-10-02'),
			bed('i', 'I', '2026-03-01')
		]
	});

	test('counts, per project, the clients and stays active in the range', async () => {
		const engine = createEngine(sql);
		expect(engine.projectActivity('2025-10-01', '2026-09-30')).toEqual([]);
		expect((await engine.loadExport({ kind: 'files', files })).ok).toBe(true);
		expect(engine.projectActivity('2025-10-01', '2026-09-30')).toEqual([
			{ projectId: 'NBN', clients: 3, enrollments: 3 },
			{ projectId: 'PSH', clients: 3, enrollments: 4 }
		]);
		expect(engine.projectActivity('2025-06-15', '2025-07-15')).toEqual([
			{ projectId: 'NBN', clients: 1, enrollments: 1 },
			{ projectId: 'PSH', clients: 3, enrollments: 3 }
		]);
		expect(engine.projectActivity('2026-10-01', '2025-10-01')).toEqual([]);
		expect(engine.projectActivity('2025-10-01', 'soon')).toEqual([]);
	});

	test("agrees with the report universe's active stays for every project and range", async () => {
		const engine = createEngine(sql);
		await engine.loadExport({ kind: 'files', files });
		const db = engine.database!;
		const ranges = [
			['2025-10-01', '2026-09-30'],
			['2025-06-15', '2025-07-15'],
			['2025-11-01', '2025-11-30'],
			['2026-10-01', '2026-12-31'],
			['2024-01-01', '2024-12-31']
		];
		for (const [start, end] of ranges) {
			const universe = ['NBN', 'PSH', 'EMPTY'].flatMap((project) => {
				buildUniverse(db, { report: 'apr', start, end, projectIds: [project] });
				const [counts] = all<{ clients: number; enrollments: number }>(
					db,
					'SELECT count(DISTINCT PersonalID) AS clients, count(*) AS enrollments FROM u_enrollment'
				);
				return counts.enrollments ? [{ projectId: project, ...counts }] : [];
			});
			expect(engine.projectActivity(start, end), `${start} to ${end}`).toEqual(universe);
		}
	});
});

describe('loadSample', () => {
	test('generates the seeded sample and loads it like an export', async () => {
		const engine = createEngine(sql);
		const result = await engine.loadSample({ seed: 7, clients: 300 });
		expect(result.ok).toBe(true);
		expect(result.info?.sourceVersion).toBe('2026');
		expect(result.files.find((f) => f.table === 'Client')!.loaded).toBeGreaterThanOrEqual(300);
		expect(engine.projects().length).toBeGreaterThan(5);
	});

	test('bad options come back as a failed load with the reason', async () => {
		const result = await createEngine(sql).loadSample({ seed: -1, clients: 300 });
		expect(result).toMatchObject({
			ok: false,
			fatal: expect.stringMatching(/^The sample export cannot be made: seed/)
		});
	});
});
