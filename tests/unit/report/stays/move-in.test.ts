// Q22c / Q27k / Q22f: days from project start to housing move-in.
import { expect, test } from 'vitest';
import { exit, nonZero, person, stay, tables } from '../fixture';

const fixture = {
	Client: [
		person('A', '1985-01-01'),
		person('K', '2020-01-01', { White: 0, Asian: 1 }),
		person('L', '2015-01-01', { HispanicLatinao: 1 }),
		person('B', '2003-06-01'),
		person('C', '1985-01-01'),
		person('D', '1985-01-01', { White: 0, RaceNone: 8 }),
		person('E', '1985-01-01')
	],
	Enrollment: [
		// A family: the head and a child move in 3 days after start; a child who joins once
		// they are housed moves in on entry (0 days).
		stay('e1', 'A', 'H1', '2025-11-01', { MoveInDate: '2025-11-04' }),
		stay('e2', 'K', 'H1', '2025-11-01', { RelationshipToHoH: 2 }),
		stay('e3', 'L', 'H1', '2026-01-10', { RelationshipToHoH: 2 }),
		// A youth alone: 12 days.
		stay('e4', 'B', 'H2', '2025-10-05', { MoveInDate: '2025-10-17' }),
		// Moved in before the report range: not in the table.
		stay('e5', 'C', 'H3', '2025-06-01', { MoveInDate: '2025-07-01' }),
		// Left without moving in.
		stay('e6', 'D', 'H4', '2025-12-01'),
		// Still waiting: not in the table.
		stay('e7', 'E', 'H5', '2025-12-01')
	],
	Exit: [exit('e6', 'D', '2026-01-15', { Destination: 101 })]
};

test('Q22c: days to move-in by household type; the average rounds half to even', async () => {
	const t = await tables(fixture, ['Q22c', 'Q27k']);
	expect(nonZero(t.Q22c)).toEqual({
		B2: 3, D2: 3,
		B3: 1, C3: 1,
		B11: 4, C11: 1, D11: 3,
		// (3 + 3 + 0 + 12) / 4 = 4.5, which HUD's reference code rounds to 4.
		B12: 4, C12: 12, D12: 2,
		B13: 1, C13: 1,
		B14: 5, C14: 2, D14: 3
	});
	expect(nonZero(t.Q27k)).toEqual({
		B3: 1, C3: 1, B11: 1, C11: 1, B12: 12, C12: 12, B14: 1, C14: 1
	});
});

test('Q22f counts the same people by race and ethnicity, with mean and median days', async () => {
	const t = await tables(fixture, ['Q22f']);
	expect(nonZero(t.Q22f)).toEqual({
		// White: A (3 days) and B (12 days).
		H2: 2, H4: 7.5, H5: 7.5,
		// Asian: K (3 days).
		C2: 1, C4: 3, C5: 3,
		// White and Hispanic: L (0 days).
		I2: 1,
		// Unknown: D left without moving in.
		K3: 1
	});
});
