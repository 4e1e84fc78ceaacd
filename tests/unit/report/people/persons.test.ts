// Q7a, Q8a, Q11 and its twins Q25d/Q26d/Q27a, Q24e: age classes, unknown ages, move-in rows.
import { expect, test } from 'vitest';
import { cellFields, exit, nonZero, person, stay, tables } from './helpers';

// Report period 2025-10-01 to 2026-09-30; ages at the later of entry and report start.
const fixture = {
	Client: [
		person('A', '1980-06-01', { VeteranStatus: 1, Sex: 0 }),
		person('K', '2023-01-01', { Sex: 1 }),
		// A DOB after the age date gives a negative age: a child under 5, as the reference code.
		person('N', '2026-01-01', { Sex: 9 }),
		person('S', '2001-03-01', { Sex: 99 }),
		person('Q', null, { DOBDataQuality: 8, Sex: 8 }),
		person('R', null, { DOBDataQuality: 2, Sex: null })
	],
	Enrollment: [
		// H1: adult head (45) with a child, moved in 2025-12-01; the child joins after move-in.
		stay('e1', 'A', 'H1', '2025-11-01', {
			MoveInDate: '2025-12-01',
			DisablingCondition: 1,
			DateToStreetESSH: '2020-01-01'
		}),
		stay('e2', 'K', 'H1', '2026-01-10', { RelationshipToHoH: 2 }),
		stay('e3', 'N', 'H1', '2025-11-01', { RelationshipToHoH: 2 }),
		// H2: a 24-year-old alone, never moved in; H3: two people of unknown age, head moved in.
		stay('e4', 'S', 'H2', '2025-10-15'),
		stay('e5', 'Q', 'H3', '2025-10-15', { MoveInDate: '2025-10-20' }),
		stay('e6', 'R', 'H3', '2025-10-15', { RelationshipToHoH: 3 })
	],
	Exit: [exit('e4', 'S', '2026-02-01')]
};

test('Q7a: persons by age class and household type; row 7 = valid move-ins', async () => {
	const t = await tables(fixture, ['Q7a', 'Q8a']);
	expect(nonZero(t.Q7a)).toEqual({
		B2: 2, C2: 1, D2: 1,
		B3: 2, D3: 2,
		B4: 1, F4: 1,
		B5: 1, F5: 1,
		B6: 6, C6: 1, D6: 3, F6: 2,
		// A, K (joined after the head moved in: moves in on entry), N, Q and R (inherit).
		B7: 5, D7: 3, F7: 2
	});
	// Households through their head; row 3 = heads who moved in.
	expect(nonZero(t.Q8a)).toEqual({ B2: 3, C2: 1, D2: 1, F2: 1, B3: 2, D3: 1, F3: 1 });
});

test('Q7a row 7 stays zero outside PSH, RRH and Pay for Success', async () => {
	const t = await tables({ ...fixture, Project: [{ ProjectType: 2 }] }, ['Q7a', 'Q8a']);
	expect(['B7', 'C7', 'D7', 'E7', 'F7'].map((c) => t.Q7a.values[c])).toEqual([0, 0, 0, 0, 0]);
	expect(t.Q8a.values.B3).toBe(0);
});

test('Q11 by age bracket, DK/PNTA and data not collected; Q24e by sex', async () => {
	const t = await tables(fixture, ['Q11', 'Q24e']);
	expect(nonZero(t.Q11)).toEqual({
		B2: 2, D2: 2,
		B5: 1, C5: 1,
		B8: 1, D8: 1,
		B11: 1, F11: 1,
		B12: 1, F12: 1,
		B13: 6, C13: 1, D13: 3, F13: 2
	});
	expect(nonZero(t.Q24e)).toEqual({
		B2: 1, D2: 1,
		B3: 1, D3: 1,
		B4: 2, D4: 1, F4: 1,
		B5: 2, C5: 1, F5: 1,
		B6: 6, C6: 1, D6: 3, F6: 2
	});
});

test('Q25d, Q26d and Q27a apply the veteran, CH and youth filters to the age table', async () => {
	const t = await tables(fixture, ['Q25d', 'Q26d', 'Q27a']);
	// A: a 45-year-old veteran, chronically homeless; the children present at the household's
	// start share it (N), the child who joined later does not (K).
	expect(nonZero(t.Q25d)).toEqual({ B5: 1, D5: 1, B10: 1, D10: 1 });
	expect(nonZero(t.Q26d)).toEqual({ B2: 1, D2: 1, B6: 1, D6: 1, B11: 2, D11: 2 });
	// S (24) is the only youth: H1 has a 45-year-old, H3 has no known age.
	expect(nonZero(t.Q27a)).toEqual({ B3: 1, C3: 1, B6: 1, C6: 1 });
});

test('Q27a: a youth in an unknown-type household counts in the total; F3/F6 are gray', async () => {
	const t = await tables(
		{
			Client: [person('Y', '2004-01-01'), person('X', null)],
			Enrollment: [
				stay('e1', 'Y', 'H1', '2025-11-01'),
				stay('e2', 'X', 'H1', '2025-11-01', { RelationshipToHoH: 3 })
			]
		},
		['Q27a']
	);
	expect(nonZero(t.Q27a)).toEqual({ B3: 1, B6: 1 });
	expect(t.Q27a.counts.F3).toBe(1);
	expect(t.Q27a.notes.length).toBe(2);
});

const PSH = 'PH - Permanent Supportive Housing (3)';

test('Q7a/Q8a fields: DOB and its quality, project type, the move-in date counted', async () => {
	const read = await cellFields(fixture);
	const moved = read('Q7a', 'B7');
	// K joined after the head moved in: moves in on entry.
	expect(moved.K).toEqual({
		DOB: '2023-01-01',
		DOBDataQuality: 'Full DOB reported (1)',
		ProjectType: PSH,
		'Housing move-in date': '2026-01-10'
	});
	expect(moved.Q).toEqual({
		DOB: '',
		DOBDataQuality: "Client doesn't know (8)",
		ProjectType: PSH,
		'Housing move-in date': '2025-10-20'
	});
	expect(read('Q8a', 'B3').Q).toEqual({
		ProjectType: PSH,
		MoveInDate: '2025-10-20',
		'Housing move-in date': '2025-10-20'
	});
});

test('Q8a fields: a move-in date before the project start is there but not counted', async () => {
	const read = await cellFields({
		Client: [person('X')],
		Enrollment: [stay('eX', 'X', 'HX', '2025-11-01', { MoveInDate: '2025-10-01' })]
	});
	expect(read('Q8a', 'B3')).toEqual({});
	expect(read('Q8a', 'B2')).toEqual({
		X: { ProjectType: PSH, MoveInDate: '2025-10-01', 'Housing move-in date': '' }
	});
});

test('Q11 fields (and its twins): DOB, its quality and the day the age is taken on', async () => {
	const read = await cellFields(fixture);
	// The later of the latest project start and the report start.
	expect(read('Q11', 'B5').S['Age taken on']).toBe('2025-10-15');
	expect(read('Q11', 'B2').N).toEqual({
		DOB: '2026-01-01',
		DOBDataQuality: 'Full DOB reported (1)',
		'Age taken on': '2025-11-01'
	});
	// A partial DOB with no date is data not collected.
	expect(read('Q11', 'B12').R).toMatchObject({
		DOB: '',
		DOBDataQuality: 'Approximate or partial DOB reported (2)'
	});
	expect(Object.keys(read('Q25d', 'B5').A)).toEqual(['DOB', 'DOBDataQuality', 'Age taken on']);
});

test('Q24e fields: Sex', async () => {
	const read = await cellFields(fixture);
	expect(read('Q24e', 'B5')).toEqual({ S: { Sex: 'Data not collected (99)' }, R: { Sex: '' } });
});
