// Q13a1/b1/c1, Q13a2/b2/c2 and Q26e: which Disabilities records speak for each stage, the
// household-type columns, the number of conditions and the CH-only twin.
import { expect, test } from 'vitest';
import type { FixtureRow } from '../fixture';
import { cellFields, exit, nonZero, person, stay, tables } from './helpers';

/** One Disabilities row per { DisabilityType: DisabilityResponse } of a stay at a stage. */
function record(
	enrollmentId: string,
	personalId: string,
	date: string,
	stage: number,
	answers: Record<number, number>,
	indefinite = 1
): FixtureRow[] {
	return Object.entries(answers).map(([type, response]) => ({
		EnrollmentID: enrollmentId,
		PersonalID: personalId,
		InformationDate: date,
		DataCollectionStage: stage,
		DisabilityType: Number(type),
		DisabilityResponse: response,
		IndefiniteAndImpairs: indefinite
	}));
}

const chronic = { DisablingCondition: 1, DateToStreetESSH: '2020-01-01' };

// Types: 5 physical, 6 developmental, 7 chronic health, 8 HIV/AIDS, 9 mental health,
// 10 substance use.
const fixture = {
	Client: [
		person('A', '1980-01-01'),
		person('C', '2015-01-01'),
		person('U', null),
		person('B', '1980-01-01'),
		person('D', '2010-01-01'),
		person('E', '1980-01-01'),
		person('F', '1980-01-01'),
		person('G', '1980-01-01')
	],
	Enrollment: [
		// H1, with children and adults: A (CH) with C and U (unknown age) from the first day, so
		// all three are CH.
		stay('eA', 'A', 'H1', '2025-11-01', chronic),
		stay('eC', 'C', 'H1', '2025-11-01', { RelationshipToHoH: 2 }),
		stay('eU', 'U', 'H1', '2025-11-01', { RelationshipToHoH: 3 }),
		stay('eB', 'B', 'H2', '2025-11-01', chronic),
		stay('eD', 'D', 'H3', '2025-11-01', { DisablingCondition: 8 }),
		stay('eE', 'E', 'H4', '2025-11-01', { DisablingCondition: 99 }),
		stay('eF', 'F', 'H5', '2025-11-01'),
		stay('eG', 'G', 'H6', '2025-11-01')
	],
	Exit: [exit('eB', 'B', '2026-02-01')],
	Disabilities: [
		...record('eA', 'A', '2025-11-01', 1, { 9: 1, 10: 3, 5: 0, 7: 8 }),
		// Only mental health re-asked at the latest update: substance use then counts as no.
		...record('eA', 'A', '2026-03-01', 2, { 9: 1 }),
		// After the report end: ignored.
		...record('eA', 'A', '2026-10-15', 5, { 6: 1 }),
		...record('eC', 'C', '2025-11-01', 1, { 8: 1 }),
		...record('eU', 'U', '2025-11-01', 1, { 6: 1 }),
		...record('eB', 'B', '2025-11-01', 1, { 9: 0, 10: 0 }),
		...record('eB', 'B', '2026-02-01', 3, { 10: 1, 7: 1 }),
		// Not indefinite and impairing: G is not CH, but the condition counts in Q13.
		...record('eG', 'G', '2025-11-01', 1, { 5: 1 }, 0)
	]
};

test('Q13a1/b1/c1: start, exit (leavers) and latest record for stayers, by column', async () => {
	const t = await tables(fixture, ['Q13a1', 'Q13b1', 'Q13c1']);
	// U (unknown age in a household with children and adults) is counted in the total only.
	expect(nonZero(t.Q13a1)).toEqual({
		B2: 1, D2: 1, B5: 1, D5: 1, B7: 1, E7: 1, B8: 1, B9: 1, C9: 1
	});
	expect(nonZero(t.Q13b1)).toEqual({ B3: 1, C3: 1, B6: 1, C6: 1 });
	expect(nonZero(t.Q13c1)).toEqual({ B2: 1, D2: 1, B7: 1, E7: 1, B8: 1, B9: 1, C9: 1 });
});

test('Q13a2/b2/c2: number of conditions (both substance uses = 2), else 3.08', async () => {
	const t = await tables(fixture, ['Q13a2', 'Q13b2', 'Q13c2']);
	expect(nonZero(t.Q13a2)).toEqual({
		B2: 1, C2: 1, // F: none, disabling condition no
		B3: 3, C3: 1, E3: 1, // C, U, G: one condition
		B5: 1, D5: 1, // A: mental health + both substances = 3
		B6: 1, C6: 1, // B: no condition recorded, disabling condition yes
		B7: 1, F7: 1, // D: disabling condition 8
		B8: 1, C8: 1, // E: disabling condition 99
		B9: 8, C9: 4, D9: 1, E9: 1, F9: 1
	});
	expect(nonZero(t.Q13b2)).toEqual({ B4: 1, C4: 1, B9: 1, C9: 1 });
	expect(nonZero(t.Q13c2)).toEqual({
		B2: 1, C2: 1,
		B3: 4, C3: 1, D3: 1, E3: 1,
		B7: 1, F7: 1,
		B8: 1, C8: 1,
		B9: 7, C9: 3, D9: 1, E9: 1, F9: 1
	});
});

test('Q26e: the Q13a1 (B), Q13c1 (C) and Q13b1 (D) rules for CH persons only', async () => {
	const t = await tables(fixture, ['Q26e']);
	expect(nonZero(t.Q26e)).toEqual({
		B2: 1, B5: 1, B7: 1, B8: 1, C2: 1, C7: 1, C8: 1, D3: 1, D6: 1
	});
});

/** The six condition responses of the Q13 fields, in the rows' order, then what follows them. */
const CONDITIONS = [
	'Mental health disorder',
	'Substance use disorder',
	'Chronic health condition',
	'HIV/AIDS',
	'Developmental disability',
	'Physical disability'
];
const responses = (...values: string[]) =>
	Object.fromEntries(CONDITIONS.map((c, i) => [c, values[i] ?? '']));

test('Q13 fields: the responses of the records each stage reads, and their date', async () => {
	const read = await cellFields(fixture);
	expect(read('Q13a1', 'B2')).toEqual({
		A: {
			...responses('Yes (1)', 'Both alcohol and drug use disorders (3)', "Client doesn't know (8)",
				'', '', 'No (0)'),
			InformationDate: '2025-11-01'
		}
	});
	// A stayer's latest date re-asked mental health only.
	expect(read('Q13c1', 'B2')).toEqual({
		A: { ...responses('Yes (1)'), InformationDate: '2026-03-01' }
	});
	expect(read('Q13b2', 'B4')).toEqual({
		B: {
			...responses('', 'Alcohol use disorder (1)', 'Yes (1)'),
			DisablingCondition: 'Yes (1)',
			InformationDate: '2026-02-01'
		}
	});
	// No condition: 3.08 decides; no record at all leaves the responses empty.
	expect(read('Q13a2', 'B6')).toEqual({
		B: {
			...responses('No (0)', 'No (0)'),
			DisablingCondition: 'Yes (1)',
			InformationDate: '2025-11-01'
		}
	});
	expect(read('Q13a2', 'B7')).toEqual({
		D: { ...responses(), DisablingCondition: "Client doesn't know (8)", InformationDate: '' }
	});
});

test('Q13 fields: a yes shows over another record of the same type and stage', async () => {
	const read = await cellFields({
		Client: [person('Y', '1980-01-01')],
		Enrollment: [stay('eY', 'Y', 'H1', '2025-11-01')],
		Disabilities: [
			...record('eY', 'Y', '2025-11-01', 1, { 9: 1, 10: 2 }),
			...record('eY', 'Y', '2025-11-02', 1, { 9: 99, 10: 0 })
		]
	});
	expect(read('Q13a1', 'B2').Y).toEqual({
		...responses('Yes (1)', 'Drug use disorder (2)'),
		InformationDate: '2025-11-02'
	});
});

test('Q26e fields: the conditions each column counts, under its header', async () => {
	const read = await cellFields(fixture);
	const fields = (start: string, stayers: string, leavers: string) => ({
		'Conditions At Start': start,
		'Conditions at Latest Assessment for Stayers': stayers,
		'Conditions at Exit for Leavers': leavers
	});
	expect(read('Q26e', 'B2')).toEqual({
		A: fields(
			'Mental Health Disorder, Both Alcohol and Drug Use Disorders',
			'Mental Health Disorder',
			''
		)
	});
	expect(read('Q26e', 'D3')).toEqual({
		B: fields('', '', 'Alcohol Use Disorder, Chronic Health Condition')
	});
});
