// Q12: one row per person by the exact set of race/ethnicity responses selected.
import { expect, test } from 'vitest';
import { nonZero, person, stay, tables } from './helpers';

const none = { White: 0 };

test('Q12: single, pair, three or more with and without Hispanic/Latina/o, unknown', async () => {
	const people = [
		person('P1', '1990-01-01', { ...none, HispanicLatinao: 1 }),
		// RaceNone is ignored once a race is selected.
		person('P2', '1990-01-01', { ...none, MidEastNAfrican: 1, RaceNone: 8 }),
		person('P3', '1990-01-01', { ...none, Asian: 1, AmIndAKNative: 1 }),
		person('P4', '1990-01-01', { White: 1, NativeHIPacific: 1 }),
		person('P5', '1990-01-01', { ...none, MidEastNAfrican: 1, HispanicLatinao: 1 }),
		person('P6', '1990-01-01', { White: 1, Asian: 1, HispanicLatinao: 1 }),
		person('P7', '1990-01-01', { White: 1, Asian: 1, BlackAfAmerican: 1 }),
		person('P8', '1990-01-01', { ...none, RaceNone: 9 }),
		person('P9', '1990-01-01', { ...none, RaceNone: 99 }),
		// Blank race columns read as not selected.
		person('P10', '1990-01-01', { White: null, RaceNone: null })
	];
	const t = await tables(
		{
			Client: people,
			Enrollment: people.map((p, i) => stay(`e${i}`, String(p.PersonalID), `H${i}`, '2025-11-01'))
		},
		['Q12']
	);
	const single = (row: number) => ({ [`B${row}`]: 1, [`C${row}`]: 1 });
	expect(nonZero(t.Q12)).toEqual({
		...single(5), // Hispanic/Latina/o
		...single(6), // Middle Eastern or North African
		...single(9), // Asian & American Indian
		...single(29), // White & Native Hawaiian
		...single(24), // Middle Eastern & Hispanic/Latina/o
		...single(30), // three or more, one Hispanic/Latina/o
		...single(31), // three or more, none Hispanic/Latina/o
		...single(32), // DK/PNTA
		B33: 2, C33: 2, // data not collected (99, blank)
		B34: 10, C34: 10
	});
});
