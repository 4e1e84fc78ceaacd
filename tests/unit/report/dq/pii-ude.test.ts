// Q6a personally identifiable information and Q6b universal data elements: one column per person
// and row (first match of B, C, D), totals of distinct persons, rates over Q5a column B.
import { expect, test } from 'vitest';
import { exit, nonZero, person, stay, tables, who } from '../fixture';

test('Q6a flags names, SSNs, birth dates and race; overall once a person', async () => {
	const people = [
		person('N1', '1980-01-01', { NameDataQuality: 8, FirstName: null }),
		person('N2', '1980-01-01', { LastName: null }),
		person('N3', '1980-01-01', { NameDataQuality: 2 }),
		person('M', '1980-01-01', { NameDataQuality: 2, SSN: '666123456' }),
		person('S1', '1980-01-01', { SSN: '000123456' }),
		person('S2', '1980-01-01', { SSN: '123004567' }),
		person('S3', '1980-01-01', { SSN: '123450000' }),
		person('S4', '1980-01-01', { SSN: '111111111' }),
		person('S5', '1980-01-01', { SSN: '345678901' }),
		person('S6', '1980-01-01', { SSN: 'xxxxx1234' }),
		person('S7', '1980-01-01', { SSN: null, SSNDataQuality: 99 }),
		person('S8', '1980-01-01', { SSNDataQuality: 9 }),
		person('S9', '1980-01-01', { SSN: '987654321' }),
		person('D1', null, { DOBDataQuality: 8 }),
		person('D2', null),
		person('D3', '1910-01-01'),
		// Born after the client record was created.
		person('D4', '2025-06-01'),
		// A head of household born on the project start day (the record was created later).
		person('D5', '2025-11-01', { DateCreated: '2025-12-01 00:00:00' }),
		person('D6', '1980-01-01', { DOBDataQuality: 2 }),
		person('R1', '1980-01-01', { RaceNone: 9 }),
		person('R2', '1980-01-01', { White: 0 }),
		person('R3', '1980-01-01', { RaceNone: 99 }),
		person('Z')
	];
	const t = await tables(
		{
			Client: people,
			Enrollment: people.map((p, i) => stay(`e${i}`, String(p.PersonalID), `H${i}`, '2025-11-01'))
		},
		['Q6a']
	);
	const q = t.Q6a;
	expect(nonZero(q)).toEqual({
		B2: 1,
		C2: 1,
		D2: 2,
		E2: 4,
		F2: 4 / 23,
		B3: 1,
		C3: 1,
		D3: 8,
		E3: 10,
		F3: 10 / 23,
		B4: 1,
		C4: 1,
		D4: 4,
		E4: 6,
		F4: 6 / 23,
		B5: 1,
		C5: 2,
		E5: 3,
		F5: 3 / 23,
		E6: 22,
		F6: 22 / 23
	});
	expect(who(q, 'B2')).toEqual(['N1']);
	expect(who(q, 'D3')).toEqual(['M', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S9']);
	expect(who(q, 'D4')).toEqual(['D3', 'D4', 'D5', 'D6']);
	expect(q.formats.F2).toBe('percent');
});

test('Q6b flags veterans, start dates, heads, CoC codes and disabling condition', async () => {
	const t = await tables(
		{
			Client: [
				person('V1', '1980-01-01', { VeteranStatus: 9 }),
				person('V2', '1980-01-01', { VeteranStatus: 99 }),
				person('V3', '2015-01-01', { VeteranStatus: 1 }),
				person('P1'),
				person('P2'),
				person('X1'),
				person('X2'),
				person('Y1'),
				person('Y2'),
				person('C1'),
				person('C2'),
				person('G1'),
				person('G2'),
				person('G3'),
				person('G4')
			],
			Enrollment: [
				stay('v1', 'V1', 'HV', '2025-11-01'),
				stay('v2', 'V2', 'HV2', '2025-11-01'),
				stay('v3', 'V3', 'HV', '2025-11-01', { RelationshipToHoH: 2 }),
				// P1's latest stay starts inside an earlier stay in the same project.
				stay('p1a', 'P1', 'HP1', '2025-01-01'),
				stay('p1b', 'P1', 'HP2', '2025-12-01'),
				// P2 exits before the stay starts.
				stay('p2', 'P2', 'HP3', '2026-02-01'),
				// Two heads in one household; a household with no head; no relationship at all.
				stay('x1', 'X1', 'HX', '2025-11-01'),
				stay('x2', 'X2', 'HX', '2025-11-01'),
				stay('y1', 'Y1', 'HY', '2025-11-01', { RelationshipToHoH: 3 }),
				stay('y2', 'Y2', 'HZ', '2025-11-01', { RelationshipToHoH: null }),
				stay('c1', 'C1', 'HC1', '2025-11-01', { EnrollmentCoC: null }),
				stay('c2', 'C2', 'HC2', '2025-11-01', { EnrollmentCoC: 'XX-5000' }),
				stay('g1', 'G1', 'HG1', '2025-11-01', { DisablingCondition: 8 }),
				stay('g2', 'G2', 'HG2', '2025-11-01', { DisablingCondition: 99 }),
				// "No" disabling condition although the latest disability records say otherwise.
				stay('g3', 'G3', 'HG3', '2025-11-01'),
				// An earlier "yes", but the latest records say no: not an issue.
				stay('g4', 'G4', 'HG4', '2025-11-01')
			],
			Exit: [exit('p1a', 'P1', '2026-03-01'), exit('p2', 'P2', '2026-01-15')],
			Disabilities: [
				{
					EnrollmentID: 'g3',
					PersonalID: 'G3',
					InformationDate: '2025-11-01',
					DataCollectionStage: 1,
					DisabilityType: 9,
					DisabilityResponse: 0
				},
				{
					EnrollmentID: 'g3',
					PersonalID: 'G3',
					InformationDate: '2026-02-01',
					DataCollectionStage: 2,
					DisabilityType: 9,
					DisabilityResponse: 1,
					IndefiniteAndImpairs: 1
				},
				{
					EnrollmentID: 'g4',
					PersonalID: 'G4',
					InformationDate: '2025-11-01',
					DataCollectionStage: 1,
					DisabilityType: 6,
					DisabilityResponse: 1
				},
				{
					EnrollmentID: 'g4',
					PersonalID: 'G4',
					InformationDate: '2026-02-01',
					DataCollectionStage: 2,
					DisabilityType: 6,
					DisabilityResponse: 0
				}
			]
		},
		['Q6b']
	);
	const q = t.Q6b;
	// 15 persons; 14 adults + 1 child; heads: everyone but V3, X2's co-head counts, Y1 and Y2 do not.
	expect(nonZero(q)).toEqual({
		B2: 1,
		C2: 1,
		D2: 1,
		E2: 3,
		F2: 3 / 15,
		D3: 2,
		E3: 2,
		F3: 2 / 15,
		C4: 1,
		D4: 3,
		E4: 4,
		F4: 4 / 15,
		C5: 1,
		D5: 1,
		E5: 2,
		F5: 2 / 12,
		B6: 1,
		C6: 1,
		D6: 1,
		E6: 3,
		F6: 3 / 15
	});
	expect(who(q, 'D3')).toEqual(['P1', 'P2']);
	expect(who(q, 'C4')).toEqual(['Y2']);
	expect(who(q, 'D4')).toEqual(['X1', 'X2', 'Y1']);
	expect(who(q, 'D6')).toEqual(['G3']);
});
