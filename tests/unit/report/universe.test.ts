// Pins the shared definitions every APR question reads: latest stay, age, household type,
// chronic homelessness with household inheritance, bed nights, move-in dates, late exits.
import { describe, expect, test } from 'vitest';
import { all } from '../../../src/engine/db/query';
import { fixtureReport, type FixtureRow } from './fixture';

interface ClientRow {
	PersonalID: string;
	EnrollmentID: string;
	Age: number | null;
	AgeClass: string;
	UnknownAge: string | null;
	HouseholdType: string;
	Chronic: string;
	IsLeaver: number;
	ExitDate: string | null;
	MoveInDate: string | null;
	StayDays: number;
	IsYouth: number;
	IsParentingYouth: number;
}

async function clients(fixture: Record<string, FixtureRow[]>, projects = ['P1']) {
	const { db } = await fixtureReport(fixture, projects);
	const rows = all<ClientRow>(db, 'SELECT * FROM u_client ORDER BY PersonalID');
	return Object.fromEntries(rows.map((r) => [r.PersonalID, r]));
}

const person = (id: string, DOB: string | null, extra: FixtureRow = {}): FixtureRow => ({
	PersonalID: id,
	DOB,
	DOBDataQuality: DOB ? 1 : 99,
	...extra
});

describe('latest stay', () => {
	test('of two stays starting the same day, the open one is the latest', async () => {
		const c = await clients({
			Client: [person('A', '1980-01-01')],
			Enrollment: [
				{ EnrollmentID: 'E1', PersonalID: 'A', HouseholdID: 'H1', EntryDate: '2025-11-01' },
				{ EnrollmentID: 'E2', PersonalID: 'A', HouseholdID: 'H2', EntryDate: '2025-11-01' }
			],
			Exit: [{ EnrollmentID: 'E1', PersonalID: 'A', ExitDate: '2025-12-01', Destination: 410 }]
		});
		expect(c.A.EnrollmentID).toBe('E2');
		expect(c.A.IsLeaver).toBe(0);
	});

	test('an exit after the report end leaves a stayer with no exit date', async () => {
		const c = await clients({
			Client: [person('A', '1980-01-01')],
			Enrollment: [{ EnrollmentID: 'E1', PersonalID: 'A', HouseholdID: 'H1', EntryDate: '2025-11-01' }],
			Exit: [{ EnrollmentID: 'E1', PersonalID: 'A', ExitDate: '2026-10-05', Destination: 410 }]
		});
		expect(c.A.IsLeaver).toBe(0);
		expect(c.A.ExitDate).toBeNull();
		expect(c.A.StayDays).toBe(334);
	});

	test('a stay that ended before the report start is not in the report', async () => {
		const c = await clients({
			Client: [person('A', '1980-01-01'), person('B', '1980-01-01')],
			Enrollment: [
				{ EnrollmentID: 'E1', PersonalID: 'A', HouseholdID: 'H1', EntryDate: '2025-01-01' },
				{ EnrollmentID: 'E2', PersonalID: 'B', HouseholdID: 'H2', EntryDate: '2025-01-01' }
			],
			Exit: [{ EnrollmentID: 'E1', PersonalID: 'A', ExitDate: '2025-09-30', Destination: 410 }]
		});
		expect(Object.keys(c)).toEqual(['B']);
	});
});

describe('age', () => {
	test('is taken at the report start for stays that began before it, else at project start', async () => {
		const c = await clients({
			Client: [person('A', '2007-11-15'), person('B', '2008-01-01'), person('C', null, { DOBDataQuality: 9 })],
			Enrollment: [
				{ EnrollmentID: 'E1', PersonalID: 'A', HouseholdID: 'H1', EntryDate: '2024-01-01' },
				{ EnrollmentID: 'E2', PersonalID: 'B', HouseholdID: 'H2', EntryDate: '2026-03-01' },
				{ EnrollmentID: 'E3', PersonalID: 'C', HouseholdID: 'H3', EntryDate: '2026-03-01' }
			]
		});
		expect([c.A.Age, c.A.AgeClass]).toEqual([17, 'child']);
		expect([c.B.Age, c.B.AgeClass]).toEqual([18, 'adult']);
		expect([c.C.Age, c.C.AgeClass, c.C.UnknownAge]).toEqual([null, 'unknown', 'dkpnta']);
	});
});

describe('household type', () => {
	const member = (e: string, p: string, h: string, rel: number): FixtureRow => ({
		EnrollmentID: e, PersonalID: p, HouseholdID: h, EntryDate: '2025-11-01', RelationshipToHoH: rel
	});

	test('follows adults, children and unknown ages in HUD order', async () => {
		const c = await clients({
			Client: [
				person('A1', '1980-01-01'), person('A2', null),
				person('B1', '1980-01-01'), person('B2', '2015-01-01'), person('B3', null),
				person('C1', '2012-01-01'), person('C2', null),
				person('D1', '2010-01-01'), person('D2', '2015-01-01'),
				person('E1', '1980-01-01')
			],
			Enrollment: [
				member('e1', 'A1', 'HA', 1), member('e2', 'A2', 'HA', 3),
				member('e3', 'B1', 'HB', 1), member('e4', 'B2', 'HB', 2), member('e5', 'B3', 'HB', 2),
				member('e6', 'C1', 'HC', 1), member('e7', 'C2', 'HC', 2),
				member('e8', 'D1', 'HD', 1), member('e9', 'D2', 'HD', 2),
				member('e10', 'E1', 'HE', 1)
			]
		});
		expect(c.A1.HouseholdType).toBe('unknown');
		expect(c.B3.HouseholdType).toBe('with_children_and_adults');
		expect(c.C1.HouseholdType).toBe('unknown');
		expect(c.D2.HouseholdType).toBe('only_children');
		expect(c.E1.HouseholdType).toBe('without_children');
	});

	test('a youth household with a child of the head makes its youth parenting youth', async () => {
		const c = await clients({
			Client: [person('Y', '2004-05-01'), person('K', '2024-01-01'), person('O', '1990-01-01')],
			Enrollment: [
				member('e1', 'Y', 'HY', 1), member('e2', 'K', 'HY', 2), member('e3', 'O', 'HO', 1)
			]
		});
		expect([c.Y.IsYouth, c.Y.IsParentingYouth]).toEqual([1, 1]);
		expect([c.K.IsYouth, c.O.IsYouth]).toEqual([0, 0]);
	});
});

describe('chronic homelessness at project start', () => {
	const stay = (p: string, fields: FixtureRow, project = 'P1'): FixtureRow => ({
		EnrollmentID: `e${p}`, PersonalID: p, HouseholdID: `h${p}`, EntryDate: '2025-11-01',
		ProjectID: project, DisablingCondition: 1, ...fields
	});
	const people = (...ids: string[]) => ids.map((id) => person(id, '1980-01-01'));

	test('walks every branch of the individual rule', async () => {
		const c = await clients(
			{
				Project: [{ ProjectID: 'P1', ProjectType: 3 }, { ProjectID: 'ES', ProjectType: 0 }],
				Client: people('N0', 'DK', 'MI', 'ES1', 'T4Y', 'T4N', 'T2', 'T99', 'INST', 'INSTY', 'LSNULL', 'TEMPNO'),
				Enrollment: [
					stay('N0', { DisablingCondition: 0 }),
					stay('DK', { DisablingCondition: 8 }),
					stay('MI', { DisablingCondition: 99 }),
					stay('ES1', { DateToStreetESSH: '2024-10-31' }, 'ES'),
					stay('T4Y', { TimesHomelessPastThreeYears: 4, MonthsHomelessPastThreeYears: 113 }, 'ES'),
					stay('T4N', { TimesHomelessPastThreeYears: 4, MonthsHomelessPastThreeYears: 105 }, 'ES'),
					stay('T2', { TimesHomelessPastThreeYears: 2 }, 'ES'),
					stay('T99', { TimesHomelessPastThreeYears: 99 }, 'ES'),
					stay('INST', { LivingSituation: 215, LOSUnderThreshold: 0 }),
					stay('INSTY', {
						LivingSituation: 215, LOSUnderThreshold: 1, PreviousStreetESSH: 1, DateToStreetESSH: '2023-01-01'
					}),
					stay('LSNULL', { LivingSituation: null }),
					stay('TEMPNO', { LivingSituation: 312, LOSUnderThreshold: 1, PreviousStreetESSH: 0 })
				]
			},
			['P1', 'ES']
		);
		const status = Object.fromEntries(Object.values(c).map((r) => [r.PersonalID, r.Chronic]));
		expect(status).toEqual({
			N0: 'N', DK: 'DK', MI: 'M', ES1: 'Y', T4Y: 'Y', T4N: 'N', T2: 'N', T99: 'M',
			INST: 'N', INSTY: 'Y', LSNULL: 'M', TEMPNO: 'N'
		});
	});

	test('passes to members present at the household start, not to later joiners', async () => {
		const c = await clients({
			Client: [person('H', '1980-01-01'), person('K1', '2015-01-01'), person('K2', '2016-01-01'), person('S', '1985-01-01')],
			Enrollment: [
				{ EnrollmentID: 'e1', PersonalID: 'H', HouseholdID: 'HH', EntryDate: '2025-11-01', RelationshipToHoH: 1, DateToStreetESSH: '2023-01-01' },
				{ EnrollmentID: 'e2', PersonalID: 'K1', HouseholdID: 'HH', EntryDate: '2025-11-01', RelationshipToHoH: 2, DisablingCondition: 0 },
				{ EnrollmentID: 'e3', PersonalID: 'K2', HouseholdID: 'HH', EntryDate: '2026-01-01', RelationshipToHoH: 2, DisablingCondition: 0 },
				{ EnrollmentID: 'e4', PersonalID: 'S', HouseholdID: 'HH', EntryDate: '2025-11-01', RelationshipToHoH: 3, DisablingCondition: 0 }
			],
			Disabilities: [
				{ EnrollmentID: 'e1', PersonalID: 'H', InformationDate: '2025-11-01', DisabilityType: 9, DisabilityResponse: 1, IndefiniteAndImpairs: 1, DataCollectionStage: 1 }
			]
		});
		expect([c.H.Chronic, c.K1.Chronic, c.S.Chronic, c.K2.Chronic]).toEqual(['Y', 'Y', 'Y', 'N']);
	});

	test('gives a child the head\'s unknown status when no adult present at start says no', async () => {
		const c = await clients({
			Client: [person('H', '1980-01-01'), person('K', '2015-01-01')],
			Enrollment: [
				{ EnrollmentID: 'e1', PersonalID: 'H', HouseholdID: 'HH', EntryDate: '2025-11-01', RelationshipToHoH: 1, DisablingCondition: 9 },
				{ EnrollmentID: 'e2', PersonalID: 'K', HouseholdID: 'HH', EntryDate: '2025-11-01', RelationshipToHoH: 2, DisablingCondition: 0 }
			]
		});
		expect([c.H.Chronic, c.K.Chronic]).toEqual(['DK', 'DK']);
	});
});

describe('night-by-night shelter', () => {
	test('counts a stay by its bed nights in the report range and measures it in bed nights', async () => {
		const bed = (e: string, p: string, d: string): FixtureRow => ({
			EnrollmentID: e, PersonalID: p, DateProvided: d, RecordType: 200, TypeProvided: 200
		});
		const c = await clients(
			{
				Project: [{ ProjectID: 'NBN', ProjectType: 1 }],
				Client: [person('A', '1980-01-01'), person('B', '1980-01-01')],
				Enrollment: [
					{ EnrollmentID: 'e1', PersonalID: 'A', HouseholdID: 'h1', EntryDate: '2025-09-01', ProjectID: 'NBN' },
					{ EnrollmentID: 'e2', PersonalID: 'B', HouseholdID: 'h2', EntryDate: '2025-09-01', ProjectID: 'NBN' }
				],
				Services: [
					bed('e1', 'A', '2025-09-15'), bed('e1', 'A', '2025-10-02'), bed('e1', 'A', '2025-10-03'),
					bed('e1', 'A', '2025-10-03'), bed('e2', 'B', '2025-09-20')
				]
			},
			['NBN']
		);
		expect(Object.keys(c)).toEqual(['A']);
		expect(c.A.StayDays).toBe(3);
	});
});

describe('housing move-in date', () => {
	test('passes the head\'s date to members present on it; later joiners move in on entry', async () => {
		const c = await clients({
			Client: [person('H', '1980-01-01'), person('K', '2015-01-01'), person('L', '2016-01-01'), person('X', '1970-01-01')],
			Enrollment: [
				{ EnrollmentID: 'e1', PersonalID: 'H', HouseholdID: 'HH', EntryDate: '2025-11-01', RelationshipToHoH: 1, MoveInDate: '2025-12-01' },
				{ EnrollmentID: 'e2', PersonalID: 'K', HouseholdID: 'HH', EntryDate: '2025-11-01', RelationshipToHoH: 2 },
				{ EnrollmentID: 'e3', PersonalID: 'L', HouseholdID: 'HH', EntryDate: '2026-02-01', RelationshipToHoH: 2 },
				{ EnrollmentID: 'e4', PersonalID: 'X', HouseholdID: 'HX', EntryDate: '2025-11-01', RelationshipToHoH: 1, MoveInDate: '2025-10-01' }
			]
		});
		expect([c.H.MoveInDate, c.K.MoveInDate, c.L.MoveInDate, c.X.MoveInDate]).toEqual([
			'2025-12-01', '2025-12-01', '2026-02-01', null
		]);
	});
});
