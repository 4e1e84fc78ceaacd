// Q16, Q17, Q18, Q19a2, Q19b and the youth twins Q27g / Q27h over a handful of people whose
// cells are worked out by hand below.
import { expect, test } from 'vitest';
import type { Fixture } from '../fixture';
import { exit, EXIT, income, nonZero, person, START, stay, tables, who } from './helpers';

const ENTRY = '2025-11-01';
const LEFT = '2026-03-01';

const fixture: Fixture = {
	Client: [
		...['A', 'B', 'C', 'D', 'L1', 'L2', 'L3', 'L4'].map((id) => person(id, '1980-01-01')),
		// A 17-year-old head of household: a youth, not an adult.
		person('Y', '2008-06-01')
	],
	Enrollment: [
		...['A', 'B', 'C', 'D', 'Y'].map((id) => stay(`e${id}`, id, `H${id}`, ENTRY)),
		stay('eL1', 'L1', 'HL1', ENTRY, { DisablingCondition: 1 }),
		stay('eL2', 'L2', 'HL2', ENTRY, { DisablingCondition: 0 }),
		stay('eL3', 'L3', 'HL3', ENTRY, { DisablingCondition: 1 }),
		stay('eL4', 'L4', 'HL4', ENTRY, { DisablingCondition: 99 })
	],
	Exit: ['L1', 'L2', 'L3', 'L4'].map((id) => exit(`e${id}`, id, LEFT)),
	IncomeBenefits: [
		// Whole dollars decide the range: $150.49 is "$1 - $150", $150.50 is "$151 - $250".
		income('eA', 'A', ENTRY, START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 150.49 }),
		income('eB', 'B', ENTRY, START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 150.5 }),
		// Earned amount above the total: "only earned income".
		income('eC', 'C', ENTRY, START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 800, Earned: 1, EarnedAmount: 900 }),
		income('eD', 'D', ENTRY, START, {
			IncomeFromAnySource: 1, TotalMonthlyIncome: 500, Earned: 1, EarnedAmount: 300, SSI: 1, SSIAmount: 200
		}),
		income('eY', 'Y', ENTRY, START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 400, Earned: 1, EarnedAmount: 400 }),
		// L1 keeps $500 of SSI and gains $300 of earned income.
		income('eL1', 'L1', ENTRY, START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 500, SSI: 1, SSIAmount: 500 }),
		income('eL1', 'L1', LEFT, EXIT, {
			IncomeFromAnySource: 1, TotalMonthlyIncome: 800, SSI: 1, SSIAmount: 500, Earned: 1, EarnedAmount: 300
		}),
		// L2 loses a $1,000 job.
		income('eL2', 'L2', ENTRY, START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 1000, Earned: 1, EarnedAmount: 1000 }),
		income('eL2', 'L2', LEFT, EXIT, { IncomeFromAnySource: 0 }),
		// L3 did not know at start: outside Q19a2, inside Q19b.
		income('eL3', 'L3', ENTRY, START, { IncomeFromAnySource: 8 }),
		income('eL3', 'L3', LEFT, EXIT, { IncomeFromAnySource: 0 }),
		// L4 has no start record, and an unknown disabling condition keeps them out of Q19b.
		income('eL4', 'L4', LEFT, EXIT, { IncomeFromAnySource: 1, TotalMonthlyIncome: 100, SSI: 1, SSIAmount: 100 })
	]
};

const ids = ['Q16', 'Q17', 'Q18', 'Q19a2', 'Q19b', 'Q27g', 'Q27h'];

test('Q16 ranges by rounded total; stayers under a year are not yet required', async () => {
	const t = await tables(fixture, ids);
	expect(nonZero(t.Q16)).toEqual({
		B3: 1, B4: 1, B5: 2, B6: 2, B10: 1, B11: 1, B14: 8,
		C12: 4, C14: 4,
		D2: 2, D3: 1, D6: 1, D14: 4
	});
});

test('Q18 earned / other categories; row 12 needs 4.02.2 answered 0 or 1 at start and exit', async () => {
	const t = await tables(fixture, ids);
	expect(nonZero(t.Q18)).toEqual({
		B2: 2, B3: 3, B4: 1, B6: 1, B7: 1, B10: 8, B11: 6,
		C8: 4, C10: 4,
		D3: 1, D4: 1, D5: 2, D10: 4, D11: 2, D12: 2
	});
});

test('Q19a2 columns by change per category, with average changes', async () => {
	const t = await tables(fixture, ids);
	expect(nonZero(t.Q19a2)).toEqual({
		// Earned: L2 lost it (B), L1 gained it (F).
		B2: 1, F2: 1, H2: 2, I2: 1, J2: 0.5, B3: -1000, F3: 300, I3: 300,
		// Other: L1 kept the same $500 (D), L2 never had any (G).
		D4: 1, G4: 1, H4: 2,
		// Total: L1 up $300 (E), L2 down to nothing (B); H7 averages everyone.
		B6: 1, E6: 1, H6: 2, I6: 1, J6: 0.5, B7: -1000, E7: 300, H7: -350, I7: 300
	});
	expect(t.Q19a2.formats.H7).toBe('money');
	expect(t.Q19a2.formats.J6).toBe('percent');
	// An average's members are the clients averaged; a grayed average (H3) has none.
	expect(who(t.Q19a2, 'H7')).toEqual(['L1', 'L2']);
	expect(who(t.Q19a2, 'I3')).toEqual(['L1']);
	expect(who(t.Q19a2, 'H3')).toEqual([]);
});

test('Q19b counts leavers with a known disabling condition and known exit income', async () => {
	const t = await tables(fixture, ids);
	expect(nonZero(t.Q19b)).toEqual({
		B2: 1, D2: 1, E2: 1,
		B4: 1, D4: 1, E4: 1,
		B17: 1, C17: 1, D17: 2, E17: 0.5,
		B18: 2, C18: 1, D18: 3
	});
});

test('Q27g / Q27h count youth heads under 18, whom Q17 / Q18 leave out', async () => {
	const t = await tables(fixture, ids);
	expect(t.Q17.values.B2).toBe(3);
	expect(nonZero(t.Q27g)).toEqual({ B2: 1 });
	expect(nonZero(t.Q27h)).toEqual({ B2: 1, B10: 1, B11: 1, C8: 1, C10: 1 });
});
