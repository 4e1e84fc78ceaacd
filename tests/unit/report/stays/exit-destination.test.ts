// Q23c / Q25i / Q27f1 destinations with Appendix A, Q23d / Q25j / Q27f2 subsidy types, Q23e.
import { expect, test } from 'vitest';
import { exit, nonZero, person, stay, tables } from '../fixture';

const psh = {
	Client: [
		person('A', '1985-01-01', { VeteranStatus: 1 }),
		person('K', '2020-01-01'),
		person('B', '1985-01-01'),
		person('C', '1985-01-01', { White: 0, BlackAfAmerican: 1 }),
		person('D', '1985-01-01'),
		person('E', '1985-01-01', { White: 0, RaceNone: 9 }),
		person('F', '1985-01-01'),
		person('Y', '2005-01-01', { Asian: 1 }),
		person('V', '1975-01-01', { VeteranStatus: 1 }),
		person('U', null)
	],
	Enrollment: [
		stay('e1', 'A', 'H1', '2025-11-01'),
		stay('e2', 'K', 'H1', '2025-11-01', { RelationshipToHoH: 2 }),
		stay('e3', 'B', 'H2', '2025-11-01'),
		stay('e4', 'C', 'H3', '2025-11-01'),
		stay('e5', 'D', 'H4', '2025-11-01'),
		stay('e6', 'E', 'H5', '2025-11-01'),
		stay('e7', 'F', 'H6', '2025-11-01'),
		stay('e8', 'Y', 'H7', '2025-11-01'),
		stay('e9', 'V', 'H8', '2025-11-01'),
		stay('e10', 'U', 'H8', '2025-11-01', { RelationshipToHoH: 3 })
	],
	Exit: [
		exit('e1', 'A', '2026-03-01', { Destination: 435, DestinationSubsidyType: 419 }),
		exit('e3', 'B', '2026-03-01', { Destination: 215 }),
		exit('e4', 'C', '2026-03-01', { Destination: 116 }),
		exit('e5', 'D', '2026-03-01', { Destination: 24 }),
		exit('e6', 'E', '2026-03-01', { Destination: 99 }),
		// A subsidized rental without a subsidy type is reported as data not collected.
		exit('e7', 'F', '2026-03-01', { Destination: 435 }),
		exit('e8', 'Y', '2026-03-01', { Destination: 410 }),
		exit('e9', 'V', '2026-03-01', { Destination: 435, DestinationSubsidyType: 433 }),
		exit('e10', 'U', '2026-03-01', { Destination: 435, DestinationSubsidyType: 433 })
	]
};

test('Q23c: leavers by destination, positive and excluded per Appendix A for PSH', async () => {
	const t = await tables(psh, ['Q23c']);
	const counts = Object.entries(nonZero(t.Q23c)).filter(([ref]) => !ref.endsWith('43'));
	expect(Object.fromEntries(counts)).toEqual({
		B3: 1, C3: 1, B6: 1, C6: 1,
		B8: 1, C8: 1, B14: 1, C14: 1,
		B28: 1, C28: 1,
		B29: 3, D29: 1, F29: 2,
		B32: 4, C32: 1, D32: 1, F32: 2,
		B36: 1, C36: 1, B38: 2, C38: 2, B39: 3, C39: 3,
		B40: 9, C40: 6, D40: 1, F40: 2,
		B41: 4, C41: 1, D41: 1, F41: 2,
		// Foster care and deceased leave the percentage's denominator for PSH.
		B42: 2, C42: 2
	});
	const v = t.Q23c.values;
	expect(v.B43).toBeCloseTo(4 / 7, 10);
	expect([v.C43, v.D43, v.E43, v.F43]).toEqual([0.25, 1, 0, 1]);
	expect(t.Q23c.formats.B43).toBe('percent');
});

test('Q25i and Q27f1 apply the veteran and youth filters to Q23c', async () => {
	const t = await tables(psh, ['Q25i', 'Q27f1']);
	expect(nonZero(t.Q25i)).toEqual({
		B29: 2, D29: 1, F29: 1, B32: 2, D32: 1, F32: 1, B40: 2, D40: 1, F40: 1,
		B41: 2, D41: 1, F41: 1, B43: 1, D43: 1, F43: 1
	});
	expect(nonZero(t.Q27f1)).toEqual({
		B28: 1, C28: 1, B32: 1, C32: 1, B40: 1, C40: 1, B41: 1, C41: 1, B43: 1, C43: 1
	});
});

test('Q23d: subsidized rentals by subsidy type; Q25j has no children-only column', async () => {
	const t = await tables(psh, ['Q23d', 'Q25j', 'Q27f2']);
	expect(nonZero(t.Q23d)).toEqual({ B3: 1, D3: 1, B5: 2, F5: 2, B13: 3, D13: 1, F13: 2 });
	// Veterans: A (with children and adults, column D) and V (unknown household type, column E).
	expect(nonZero(t.Q25j)).toEqual({ B3: 1, D3: 1, B5: 1, E5: 1, B13: 2, D13: 1, E13: 1 });
	expect(nonZero(t.Q27f2)).toEqual({});
});

test('Q23e: destination groups by race and ethnicity', async () => {
	const t = await tables(psh, ['Q23e']);
	expect(nonZero(t.Q23e)).toEqual({
		B2: 1, E2: 1,
		B3: 1, I3: 1,
		B5: 4, I5: 3, K5: 1,
		B6: 3, I6: 2, L6: 1,
		B7: 9, E7: 1, I7: 6, K7: 1, L7: 1
	});
});

test('street outreach: shelter and foster care are positive, halfway houses excluded', async () => {
	const t = await tables(
		{
			Project: [{ ProjectType: 4 }],
			Client: [person('A', '1985-01-01'), person('B', '1985-01-01'), person('C', '1985-01-01')],
			Enrollment: [
				stay('e1', 'A', 'H1', '2025-11-01'),
				stay('e2', 'B', 'H2', '2025-11-01'),
				stay('e3', 'C', 'H3', '2025-11-01')
			],
			Exit: [
				exit('e1', 'A', '2026-03-01', { Destination: 101 }),
				exit('e2', 'B', '2026-03-01', { Destination: 215 }),
				exit('e3', 'C', '2026-03-01', { Destination: 329 })
			]
		},
		['Q23c']
	);
	expect(t.Q23c.values).toMatchObject({ B40: 3, B41: 2, B42: 1, B43: 1 });
});

test('homelessness prevention leavers are left out of Q23d', async () => {
	const t = await tables(
		{
			Project: [{ ProjectType: 12 }],
			Client: [person('A', '1985-01-01')],
			Enrollment: [stay('e1', 'A', 'H1', '2025-11-01')],
			Exit: [exit('e1', 'A', '2026-03-01', { Destination: 435, DestinationSubsidyType: 431 })]
		},
		['Q23c', 'Q23d']
	);
	expect(t.Q23c.values.B29).toBe(1);
	expect(nonZero(t.Q23d)).toEqual({});
});
