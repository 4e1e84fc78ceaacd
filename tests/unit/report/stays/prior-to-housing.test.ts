// Q22e / Q27l / Q22g: days from the date homelessness started (3.917.3) to housing.
import { expect, test } from 'vitest';
import { nonZero, person, stay, tables } from '../fixture';

const psh = {
	Client: [
		person('A', '1985-01-01'),
		person('K', '2020-01-01', { White: 0, Asian: 1 }),
		person('L', '2017-01-01'),
		person('B', '1985-01-01'),
		person('C', '1985-01-01'),
		person('D', '1985-01-01'),
		person('E', '1985-01-01'),
		person('Y', '2005-01-01')
	],
	Enrollment: [
		// A family housed 41 days after homelessness started; the child who started with the head
		// takes the head's date, the child who joined later is left out.
		stay('e1', 'A', 'H1', '2025-11-01', { DateToStreetESSH: '2025-10-01', MoveInDate: '2025-11-11' }),
		stay('e2', 'K', 'H1', '2025-11-01', { RelationshipToHoH: 2 }),
		stay('e3', 'L', 'H1', '2026-01-10', { RelationshipToHoH: 2 }),
		// Not moved in (and no start date): not yet moved in comes first.
		stay('e4', 'B', 'H2', '2025-11-01'),
		// Housed, but no start date, or one after housing: data not collected.
		stay('e5', 'C', 'H3', '2025-11-01', { MoveInDate: '2025-11-05' }),
		stay('e6', 'D', 'H4', '2025-11-01', { DateToStreetESSH: '2025-11-20', MoveInDate: '2025-11-05' }),
		// Moved in only after the report end: housed in Q22e, not yet moved in for Q22g.
		stay('e7', 'E', 'H5', '2025-11-01', { DateToStreetESSH: '2023-01-01', MoveInDate: '2026-11-01' }),
		// A youth alone, housed 7 days after homelessness started.
		stay('e8', 'Y', 'H6', '2025-11-01', { DateToStreetESSH: '2025-10-25', MoveInDate: '2025-11-01' })
	]
};

test('Q22e: permanent housing measures to move-in; children take the head\'s date', async () => {
	const t = await tables(psh, ['Q22e', 'Q27l']);
	expect(nonZero(t.Q22e)).toEqual({
		B2: 1, C2: 1,
		B6: 2, D6: 2,
		// 2023-01-01 to 2026-11-01.
		B11: 1, C11: 1,
		B12: 4, C12: 2, D12: 2,
		B13: 1, C13: 1,
		B14: 2, C14: 2,
		B15: 7, C15: 5, D15: 2
	});
	expect(nonZero(t.Q27l)).toEqual({ B2: 1, C2: 1, B12: 1, C12: 1, B15: 1, C15: 1 });
});

test('Q22g: measurable people by race; a move-in after the report end is not yet', async () => {
	const t = await tables(psh, ['Q22g']);
	expect(nonZero(t.Q22g)).toEqual({
		// White: A (41 days) and Y (7 days) housed; E housed after the report end.
		H2: 2, H3: 1, H4: 24, H5: 24,
		// Asian: K (41 days).
		C2: 1, C4: 41, C5: 41
	});
});

test('Q22e: other residential projects measure to the project start', async () => {
	const t = await tables(
		{
			Project: [{ ProjectType: 2 }],
			Client: [person('F', '1985-01-01'), person('G', '1985-01-01')],
			Enrollment: [
				stay('e1', 'F', 'H1', '2025-12-01', { DateToStreetESSH: '2025-11-24' }),
				stay('e2', 'G', 'H2', '2025-12-01', { DateToStreetESSH: '2025-11-23' })
			]
		},
		['Q22e']
	);
	expect(nonZero(t.Q22e)).toEqual({ B2: 1, C2: 1, B3: 1, C3: 1, B12: 2, C12: 2, B15: 2, C15: 2 });
});
