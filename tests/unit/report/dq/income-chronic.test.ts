// Q6c income and housing data quality (start, annual assessment and exit records) and Q6d
// chronic homelessness data quality (3.917 answers by entering project type).
import { expect, test } from 'vitest';
import { exit, nonZero, person, stay, tables, who, type FixtureRow } from '../fixture';

const income = (
	enrollmentId: string,
	personalId: string,
	date: string,
	stage: number,
	any: number | null,
	extra: FixtureRow = {}
): FixtureRow => ({
	EnrollmentID: enrollmentId,
	PersonalID: personalId,
	InformationDate: date,
	DataCollectionStage: stage,
	IncomeFromAnySource: any,
	...extra
});

test('Q6c flags destinations and start, annual-assessment and exit income', async () => {
	const leavers = ['L1', 'L2', 'L3', 'L4'];
	const starters = ['S2', 'S3', 'S4'];
	const annual = ['A1', 'A2', 'A3', 'A4'];
	const t = await tables(
		{
			Client: [...leavers, 'S1', ...starters, ...annual]
				.map((id) => person(id))
				.concat(person('K', '2015-01-01')),
			Enrollment: [
				...leavers.map((id) => stay(id, id, `H${id}`, '2025-11-01')),
				...['S1', ...starters].map((id) => stay(id, id, `H${id}`, '2025-11-01')),
				...annual.map((id) => stay(id, id, `H${id}`, '2024-06-15')),
				// A child is not asked about income.
				stay('K', 'K', 'HA2', '2024-06-15', { RelationshipToHoH: 2 })
			],
			Exit: [
				exit('L1', 'L1', '2026-03-01', { Destination: 8 }),
				exit('L2', 'L2', '2026-03-01', { Destination: 30 }),
				exit('L3', 'L3', '2026-03-01', { Destination: 99 }),
				exit('L4', 'L4', '2026-03-01')
			],
			IncomeBenefits: [
				...leavers.map((id) => income(id, id, '2025-11-01', 1, 0)),
				// L1 has no exit record; L2 prefers not to answer; L3 says yes but names no source.
				income('L2', 'L2', '2026-03-01', 3, 9),
				income('L3', 'L3', '2026-03-01', 3, 1),
				income('L4', 'L4', '2026-03-01', 3, 0),
				// S1 has no start record; S2 doesn't know; S3 says no but has earnings; S4's record
				// is not dated on the project start.
				income('S2', 'S2', '2025-11-01', 1, 8),
				income('S3', 'S3', '2025-11-01', 1, 0, { Earned: 1, EarnedAmount: 100 }),
				income('S4', 'S4', '2025-11-02', 1, 0),
				...annual.map((id) => income(id, id, '2024-06-15', 1, 0)),
				// Anniversary 2026-06-15: A1 answered "data not collected", A2 is fine, A3 has no
				// assessment, A4's is outside the 30-day window.
				income('A1', 'A1', '2026-06-10', 5, 99),
				income('A2', 'A2', '2026-07-10', 5, 1, { SSI: 1, SSIAmount: 900 }),
				income('A4', 'A4', '2026-08-01', 5, 0)
			]
		},
		['Q6c']
	);
	const q = t.Q6c;
	expect(nonZero(q)).toEqual({
		B2: 1,
		C2: 2,
		E2: 3,
		F2: 3 / 4,
		B3: 1,
		C3: 2,
		D3: 1,
		E3: 4,
		F3: 4 / 12,
		C4: 3,
		E4: 3,
		F4: 3 / 4,
		B5: 1,
		C5: 1,
		D5: 1,
		E5: 3,
		F5: 3 / 4
	});
	expect(who(q, 'C3')).toEqual(['S1', 'S4']);
	expect(who(q, 'C4')).toEqual(['A1', 'A3', 'A4']);
	expect(who(q, 'D5')).toEqual(['L3']);
});

const answered: FixtureRow = {
	LivingSituation: 116,
	LengthOfStay: 4,
	LOSUnderThreshold: 0,
	PreviousStreetESSH: 1,
	DateToStreetESSH: '2025-01-01',
	TimesHomelessPastThreeYears: 1,
	MonthsHomelessPastThreeYears: 101
};

test('Q6d counts missing 3.917 answers by the project type entered', async () => {
	const ids = ['E1', 'E2', 'T1', 'T2', 'R1', 'R2', 'R3', 'O1', 'O2', 'X1'];
	const t = await tables(
		{
			Project: [
				{ ProjectType: 0 },
				{ ProjectType: 2 },
				{ ProjectType: 13, RRHSubType: 2 },
				{ ProjectType: 6 },
				{ ProjectType: 7 }
			],
			Client: ids.map((id) => person(id)).concat(person('K', '2015-01-01')),
			Enrollment: [
				stay('E1', 'E1', 'H1', '2025-11-01', {
					...answered,
					DateToStreetESSH: null,
					TimesHomelessPastThreeYears: 4,
					MonthsHomelessPastThreeYears: 99
				}),
				stay('E2', 'E2', 'H2', '2025-11-01', answered),
				// From an institution: length of stay missing; not asked about homelessness history.
				stay('T1', 'T1', 'H3', '2025-11-01', {
					ProjectID: 'P2',
					LivingSituation: 215,
					LengthOfStay: null,
					PreviousStreetESSH: null,
					DateToStreetESSH: null
				}),
				// A short institutional stay after the streets: history expected and missing.
				stay('T2', 'T2', 'H4', '2025-11-01', {
					ProjectID: 'P2',
					LivingSituation: 215,
					LengthOfStay: 2,
					PreviousStreetESSH: 1,
					TimesHomelessPastThreeYears: 8
				}),
				stay('R1', 'R1', 'H5', '2025-11-01', {
					...answered,
					ProjectID: 'P3',
					LivingSituation: 410,
					LengthOfStay: 8
				}),
				stay('R2', 'R2', 'H6', '2025-11-01', {
					...answered,
					ProjectID: 'P3',
					LivingSituation: 101,
					DateToStreetESSH: null
				}),
				stay('R3', 'R3', 'H7', '2025-11-01', {
					ProjectID: 'P3',
					LivingSituation: 410,
					LengthOfStay: 10,
					PreviousStreetESSH: 1
				}),
				stay('K', 'K', 'H7', '2025-11-01', {
					ProjectID: 'P3',
					RelationshipToHoH: 2,
					LivingSituation: null
				}),
				// Entered before 3.917 was restructured: left out.
				stay('O1', 'O1', 'H8', '2016-09-30', { ProjectID: 'P4', LivingSituation: null }),
				stay('O2', 'O2', 'H9', '2025-11-01', { ...answered, ProjectID: 'P4' }),
				// "Other" projects are in no row.
				stay('X1', 'X1', 'H10', '2025-11-01', { ProjectID: 'P5', LivingSituation: null })
			]
		},
		['Q6d'],
		['P1', 'P2', 'P3', 'P4', 'P5']
	);
	const q = t.Q6d;
	expect(nonZero(q)).toEqual({
		B2: 2,
		E2: 1,
		G2: 1,
		H2: 1 / 2,
		B3: 2,
		C3: 1,
		E3: 1,
		F3: 1,
		G3: 1,
		H3: 1,
		B4: 3,
		D4: 1,
		E4: 2,
		F4: 1,
		G4: 1,
		H4: 1,
		B6: 1,
		B7: 8,
		H7: 6 / 8
	});
	expect(who(q, 'E4')).toEqual(['R2', 'R3']);
	// A rate's members are the persons it counts: those missing any answer.
	expect(who(q, 'H4')).toEqual(['R1', 'R2', 'R3']);
	expect(q.counts.H7).toBe(6);
});
