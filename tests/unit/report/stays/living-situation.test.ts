// Q15 / Q27d: who is counted (adults and heads; youth heads for Q27d) and where each code lands.
import { expect, test } from 'vitest';
import { nonZero, person, stay, tables } from '../fixture';

test('Q15: adults and heads of household by prior living situation, with subtotals', async () => {
	const t = await tables(
		{
			Client: [
				person('A', '1980-01-01'),
				person('K', '2015-01-01'),
				person('M', '2010-01-01'),
				person('U', null)
			],
			Enrollment: [
				stay('e1', 'A', 'H1', '2025-11-01', { LivingSituation: 215 }),
				// A child who is not the head is outside the universe.
				stay('e2', 'K', 'H1', '2025-11-01', { RelationshipToHoH: 2, LivingSituation: 101 }),
				// An unaccompanied minor heading the household is in it.
				stay('e3', 'M', 'H2', '2025-11-01', { LivingSituation: 435 }),
				stay('e4', 'U', 'H3', '2025-11-01', { LivingSituation: null })
			]
		},
		['Q15', 'Q27d']
	);
	expect(nonZero(t.Q15)).toEqual({
		// Foster care: the adult of a family.
		B8: 1, D8: 1, B14: 1, D14: 1,
		// Rental with subsidy: the minor head of a children-only household.
		B25: 1, E25: 1, B28: 1, E28: 1,
		// No answer: data not collected, unknown household type.
		B30: 1, F30: 1, B31: 1, F31: 1,
		B32: 3, D32: 1, E32: 1, F32: 1
	});
	// Q27d: only heads of household who are youth (M, 15, heads a youth household).
	expect(nonZero(t.Q27d)).toEqual({ B25: 1, E25: 1, B28: 1, E28: 1, B32: 1, E32: 1 });
});
