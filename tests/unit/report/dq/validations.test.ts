// Q4a project identifiers and Q5a report validations: the DQ universe (column B) drops street
// outreach stays not engaged by the report end; row 17 long stayers; Q4a counts per project.
import { expect, test } from 'vitest';
import { exit, nonZero, person, stay, tables, who } from '../fixture';

test('Q5a column B leaves out outreach clients not engaged by the report end', async () => {
	const t = await tables(
		{
			Project: [{ ProjectType: 4 }],
			Client: [person('A'), person('B'), person('C'), person('D', '2010-01-01')],
			Enrollment: [
				stay('e1', 'A', 'H1', '2025-10-15', { DateOfEngagement: '2026-09-30' }),
				stay('e2', 'B', 'H2', '2025-10-15'),
				stay('e3', 'C', 'H3', '2025-10-15', { DateOfEngagement: '2026-10-01' }),
				stay('e4', 'D', 'H4', '2025-10-15', { DateOfEngagement: '2025-10-15' })
			],
			Exit: [exit('e4', 'D', '2026-02-01')]
		},
		['Q5a']
	);
	expect(nonZero(t.Q5a)).toEqual({
		B2: 2,
		C2: 4,
		B3: 1,
		C3: 3,
		B4: 1,
		C4: 1,
		B6: 1,
		C6: 1,
		B8: 1,
		C8: 1,
		B9: 1,
		C9: 3,
		B10: 1,
		C10: 3,
		// D is a 15-year-old head of household alone: a youth, and a child head of household.
		B13: 1,
		C13: 1,
		B15: 1,
		C15: 3,
		B16: 1,
		C16: 1
	});
	expect(who(t.Q5a, 'B2')).toEqual(['A', 'D']);
});

test('Q5a row 17: long-staying heads and adults, and adults of long-staying heads', async () => {
	const t = await tables(
		{
			Client: [
				person('A'),
				person('B'),
				person('K', '2015-05-05'),
				person('C'),
				person('D'),
				person('E')
			],
			Enrollment: [
				// The head has been in since 2024: the adult who joined in 2026 counts too, the child not.
				stay('e1', 'A', 'H1', '2024-06-01'),
				stay('e2', 'B', 'H1', '2026-03-01', { RelationshipToHoH: 3 }),
				stay('e3', 'K', 'H1', '2024-06-01', { RelationshipToHoH: 2 }),
				// A recent head with an adult member who has stayed over a year himself.
				stay('e4', 'C', 'H2', '2025-12-01'),
				stay('e5', 'D', 'H2', '2024-01-01', { RelationshipToHoH: 3 }),
				// A long stay that ended: a leaver is not counted.
				stay('e6', 'E', 'H3', '2024-01-01')
			],
			Exit: [exit('e6', 'E', '2026-05-01')]
		},
		['Q5a']
	);
	expect(who(t.Q5a, 'C17')).toEqual(['A', 'B', 'D']);
	expect(t.Q5a.values.B17).toBe(3);
});

test('Q4a: one row per project with its descriptors, clients and households', async () => {
	const t = await tables(
		{
			Project: [
				{ ProjectType: 6, ResidentialAffiliation: 1, ProjectName: 'Alpha services' },
				{ ProjectType: 3, ProjectName: 'Beta housing', OperatingEndDate: '2026-05-31' }
			],
			Affiliation: [
				{ ProjectID: 'P1', ResProjectID: 'R2' },
				{ ProjectID: 'P1', ResProjectID: 'R1' }
			],
			ProjectCoC: [
				{ ProjectID: 'P1', CoCCode: 'XX-501', Geocode: '200000' },
				{ ProjectID: 'P1', CoCCode: 'XX-500', Geocode: '100000' },
				{ ProjectID: 'P2', CoCCode: 'XX-500', Geocode: '100000' }
			],
			CEParticipation: [
				// P1: the record in effect on the report end.
				{
					ProjectID: 'P1',
					AccessPoint: 0,
					CEParticipationStatusStartDate: '2020-01-01',
					CEParticipationStatusEndDate: '2026-06-30'
				},
				{ ProjectID: 'P1', AccessPoint: 1, CEParticipationStatusStartDate: '2026-07-01' },
				// P2 closed during the report: the record in effect on its operating end date.
				{
					ProjectID: 'P2',
					AccessPoint: 1,
					CEParticipationStatusStartDate: '2020-01-01',
					CEParticipationStatusEndDate: '2026-05-31'
				},
				{ ProjectID: 'P2', AccessPoint: 0, CEParticipationStatusStartDate: '2026-06-01' }
			],
			Client: [person('A'), person('B'), person('C', '2012-01-01')],
			Enrollment: [
				// A's latest stay is in P2, so A is counted there only.
				stay('e1', 'A', 'H1', '2025-10-10'),
				stay('e2', 'A', 'H2', '2025-11-10', { ProjectID: 'P2' }),
				stay('e3', 'B', 'H3', '2025-10-10'),
				stay('e4', 'C', 'H3', '2025-10-10', { RelationshipToHoH: 2 })
			],
			Exit: [exit('e1', 'A', '2025-11-01')]
		},
		['Q4a'],
		['P1', 'P2']
	);
	const q = t.Q4a;
	expect(q.rowCount).toBe(2);
	const row = (r: number) => 'ABCDEFGHIJKLMNOPQ'.split('').map((c) => q.values[`${c}${r}`] ?? null);
	expect(row(2)).toEqual([
		'Org',
		'O1',
		'Alpha services',
		'P1',
		6,
		null,
		1,
		1,
		'R1, R2',
		'XX-500, XX-501',
		'100000, 200000',
		0,
		q.values.M2,
		'2025-10-01',
		'2026-09-30',
		2,
		1
	]);
	expect(row(3)).toEqual([
		'Org',
		'O1',
		'Beta housing',
		'P2',
		3,
		null,
		1,
		0,
		null,
		'XX-500',
		'100000',
		0,
		q.values.M2,
		'2025-10-01',
		'2026-09-30',
		1,
		1
	]);
	expect(String(q.values.M2)).toMatch(/^APR Preflight \d/);
});
