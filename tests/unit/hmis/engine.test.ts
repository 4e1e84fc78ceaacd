// The engine object: a load replaces the last one, projects are listed, findings export as CSV,
// forget drops everything.
import initSqlJs from 'sql.js';
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../../src/engine/engine';
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
