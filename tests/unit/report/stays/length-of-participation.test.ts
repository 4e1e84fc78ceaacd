// Q22a1 / Q27e ranges and Q22b / Q27j averages and medians of the length of stay.
import { expect, test } from 'vitest';
import { exit, nonZero, person, stay, tables } from '../fixture';

const fixture = {
	Client: [
		person('A', '1980-01-01'),
		person('B', '1980-01-01'),
		person('C', '1980-01-01'),
		person('D', '1980-01-01'),
		person('Y', '2005-06-01')
	],
	Enrollment: [
		// Stayers count to the day after the report end (2026-10-01): 31, 30 and 11 days.
		stay('e1', 'A', 'H1', '2026-08-31'),
		stay('e2', 'B', 'H2', '2026-09-01'),
		stay('e3', 'Y', 'H3', '2026-09-20'),
		// Leavers: a same-day exit is 0 days; 2020-01-01 to 2026-01-01 is 2192 days.
		stay('e4', 'C', 'H4', '2025-10-01'),
		stay('e5', 'D', 'H5', '2020-01-01')
	],
	Exit: [exit('e4', 'C', '2025-10-01'), exit('e5', 'D', '2026-01-01')]
};

test('lengths of stay fall in inclusive ranges, split by leavers and stayers', async () => {
	const t = await tables(fixture, ['Q22a1', 'Q27e']);
	expect(nonZero(t.Q22a1)).toEqual({
		B2: 3, C2: 1, D2: 2,
		B3: 1, D3: 1,
		B11: 1, C11: 1,
		B12: 5, C12: 2, D12: 3
	});
	// Only Y (21, alone) is a youth.
	expect(nonZero(t.Q27e)).toEqual({ B2: 1, D2: 1, B12: 1, D12: 1 });
});

test('mean and median of leavers and stayers; an even count takes the middle two', async () => {
	const t = await tables(fixture, ['Q22b', 'Q27j']);
	expect(t.Q22b.values).toEqual({ B2: 1096, B3: 1096, C2: 24, C3: 30 });
	expect(t.Q22b.formats.B2).toBe('average');
	expect(t.Q27j.values).toEqual({ B2: 0, B3: 0, C2: 11, C3: 11 });
});
