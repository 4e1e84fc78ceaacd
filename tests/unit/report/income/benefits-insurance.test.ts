// Q20a / Q20b non-cash benefits (with HUD's household rules for columns C and D) and Q21 health
// insurance (every client, children included), cells worked out by hand.
import { expect, test } from 'vitest';
import type { Fixture } from '../fixture';
import { ANNUAL, exit, EXIT, income, nonZero, person, START, stay, tables, UPDATE } from './helpers';

const fixture: Fixture = {
	Client: [
		...['HB1', 'HB2', 'HC1', 'HC2', 'HD1'].map((id) => person(id, '1980-01-01')),
		person('K', '2020-01-01')
	],
	Enrollment: [
		// Two years in (anniversary 2026-06-15): the head has the annual assessment.
		stay('eHB1', 'HB1', 'HB', '2024-06-15'),
		stay('eHB2', 'HB2', 'HB', '2024-06-15', { RelationshipToHoH: 3 }),
		// The other adult leaves before the head; the child stays.
		stay('eHC1', 'HC1', 'HC', '2025-11-01'),
		stay('eHC2', 'HC2', 'HC', '2025-11-01', { RelationshipToHoH: 3 }),
		stay('eK', 'K', 'HC', '2025-11-01', { RelationshipToHoH: 2 }),
		stay('eHD1', 'HD1', 'HD', '2025-11-01')
	],
	Exit: [exit('eHC1', 'HC1', '2026-05-01'), exit('eHC2', 'HC2', '2026-03-01')],
	IncomeBenefits: [
		income('eHB1', 'HB1', '2024-06-15', START, { BenefitsFromAnySource: 0, InsuranceFromAnySource: 1, Medicaid: 1 }),
		income('eHB1', 'HB1', '2026-06-20', ANNUAL, { BenefitsFromAnySource: 0, InsuranceFromAnySource: 0 }),
		income('eHB2', 'HB2', '2024-06-15', START, { BenefitsFromAnySource: 0, SNAP: 0, InsuranceFromAnySource: 8 }),
		// No annual assessment of their own, but an update: Q20 column C uses it (the head has one).
		income('eHB2', 'HB2', '2026-08-01', UPDATE, { BenefitsFromAnySource: 1, SNAP: 1 }),
		income('eHC1', 'HC1', '2025-11-01', START, { BenefitsFromAnySource: 1, SNAP: 1, WIC: 1, InsuranceFromAnySource: 0 }),
		income('eHC1', 'HC1', '2026-05-01', EXIT, {
			BenefitsFromAnySource: 1, SNAP: 1, InsuranceFromAnySource: 1, Medicare: 1, VHAServices: 1
		}),
		income('eHC2', 'HC2', '2026-03-01', EXIT, { BenefitsFromAnySource: 1, SNAP: 1, InsuranceFromAnySource: 99 }),
		income('eK', 'K', '2025-11-01', START, { InsuranceFromAnySource: 1, Medicaid: 1, SCHIP: 1 }),
		income('eHD1', 'HD1', '2025-11-01', START, { BenefitsFromAnySource: 8 })
	]
};

test('Q20a: column C takes other stayers\' latest record when the head has the annual one; D only adults leaving with the head', async () => {
	const t = await tables(fixture, ['Q20a']);
	expect(nonZero(t.Q20a)).toEqual({ B2: 1, B3: 1, C2: 1, D2: 1 });
});

test('Q20b: number of benefit sources, with not-yet-due stayers in row 5', async () => {
	const t = await tables(fixture, ['Q20b']);
	expect(nonZero(t.Q20b)).toEqual({
		B2: 2, B3: 1, B4: 1, B5: 1, B6: 5,
		C2: 1, C3: 1, C5: 1, C6: 3,
		D3: 1, D6: 1
	});
});

test('Q21: sources, the no-source rows by 4.04 answer, and 1 / more than 1 source', async () => {
	const t = await tables(fixture, ['Q21']);
	expect(nonZero(t.Q21)).toEqual({
		B2: 2, B4: 1, B12: 1, B13: 1, B14: 2, B16: 1, B17: 1,
		C12: 1, C14: 1, C15: 2,
		D3: 1, D5: 1, D14: 1, D17: 1
	});
});
