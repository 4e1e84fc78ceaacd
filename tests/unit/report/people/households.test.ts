// Q25a/Q25b veterans, Q26a/Q26b chronic homelessness, Q27b parenting youth: persons and
// households classified by the members of the head's latest stay.
import { expect, test } from 'vitest';
import { cellFields, nonZero, person, stay, tables } from './helpers';

const chronic = { DisablingCondition: 1, DateToStreetESSH: '2020-01-01' };

const veterans = {
	Client: [
		person('V1', '1980-01-01', { VeteranStatus: 1 }),
		person('S1', '1982-01-01'),
		person('K1', '2020-01-01'),
		person('N2', '1980-01-01'), person('V2', '1970-01-01', { VeteranStatus: 1 }),
		person('D3', '1980-01-01', { VeteranStatus: 8 }), person('X3', '1980-01-01'),
		person('M4', '1980-01-01', { VeteranStatus: 99 }),
		person('P5', '1980-01-01', { VeteranStatus: 9 }),
		// A child marked as a veteran is not one.
		person('C6', '2009-06-01', { VeteranStatus: 1 }),
		person('A7', '1980-01-01'), person('K7', '2015-01-01')
	],
	Enrollment: [
		// H1: a CH veteran head; the spouse and child present on the first day share CH.
		stay('e1', 'V1', 'H1', '2025-11-01', chronic),
		stay('e2', 'S1', 'H1', '2025-11-01', { RelationshipToHoH: 3 }),
		stay('e3', 'K1', 'H1', '2025-11-01', { RelationshipToHoH: 2 }),
		// H2: a non-veteran head with a veteran (not CH) adult member.
		stay('e4', 'N2', 'H2', '2025-11-01'),
		stay('e5', 'V2', 'H2', '2025-11-01', { RelationshipToHoH: 3 }),
		// H3: DK veteran status and CH DK for the head; a non-veteran adult with CH missing.
		stay('e6', 'D3', 'H3', '2025-11-01', { DisablingCondition: 8 }),
		stay('e7', 'X3', 'H3', '2025-11-01', { RelationshipToHoH: 3, DisablingCondition: 99 }),
		stay('e8', 'M4', 'H4', '2025-11-01', { DisablingCondition: 99 }),
		stay('e9', 'P5', 'H5', '2025-11-01'),
		// H6: a CH minor heading a children-only household.
		stay('e10', 'C6', 'H6', '2025-11-01', chronic),
		// H7: a non-CH adult head; the CH child joined later and keeps their own status.
		stay('e11', 'A7', 'H7', '2025-11-01'),
		stay('e12', 'K7', 'H7', '2025-12-01', { RelationshipToHoH: 2, ...chronic })
	]
};

test('Q25a: adults by veteran status, veterans split by CH', async () => {
	const t = await tables(veterans, ['Q25a']);
	expect(nonZero(t.Q25a)).toEqual({
		B2: 1, D2: 1,
		B3: 1, C3: 1,
		B4: 4, C4: 2, D4: 2,
		B5: 2, C5: 2,
		B6: 1, C6: 1,
		B7: 9, C7: 6, D7: 3
	});
});

test('Q25b: households with adults by the first row any adult reaches', async () => {
	const t = await tables(veterans, ['Q25b']);
	// H3: a non-veteran adult outranks the head's DK (the reference code's precedence).
	expect(nonZero(t.Q25b)).toEqual({
		B2: 1, D2: 1, B3: 1, C3: 1, B4: 2, C4: 1, D4: 1, B5: 1, C5: 1, B6: 1, C6: 1, B7: 6, C7: 4, D7: 2
	});
});

test('Q26a: households by the CH status of the head and adults; Q26b: persons', async () => {
	const t = await tables(veterans, ['Q26a', 'Q26b']);
	expect(nonZero(t.Q26a)).toEqual({
		B2: 2, D2: 1, E2: 1,
		B3: 3, C3: 2, D3: 1,
		B4: 1, C4: 1,
		B5: 1, C5: 1,
		B6: 7, C6: 4, D6: 2, E6: 1
	});
	expect(nonZero(t.Q26b)).toEqual({
		B2: 5, D2: 4, E2: 1,
		B3: 4, C3: 3, D3: 1,
		B4: 1, C4: 1,
		B5: 2, C5: 2,
		B6: 12, C6: 6, D6: 5, E6: 1
	});
});

const parenting = {
	Client: [
		person('Y1', '2005-01-01'), person('K1', '2023-01-01'), person('P1', '2006-01-01'),
		person('Y2', '2009-01-01'), person('K2', '2024-01-01'),
		person('Y3', '2003-01-01'), person('S3', '2010-01-01'),
		person('A4', '1995-01-01'), person('K4', '2020-01-01'),
		person('Y5', '2009-01-01'), person('P5', '2005-01-01'), person('K5', '2025-01-01')
	],
	Enrollment: [
		stay('e1', 'Y1', 'H1', '2025-11-01'),
		stay('e2', 'K1', 'H1', '2025-11-01', { RelationshipToHoH: 2 }),
		stay('e3', 'P1', 'H1', '2025-11-01', { RelationshipToHoH: 3 }),
		stay('e4', 'Y2', 'H2', '2025-11-01'),
		stay('e5', 'K2', 'H2', '2025-11-01', { RelationshipToHoH: 2 }),
		// No child of the head: not parenting.
		stay('e6', 'Y3', 'H3', '2025-11-01'),
		stay('e7', 'S3', 'H3', '2025-11-01', { RelationshipToHoH: 3 }),
		// A 30-year-old head: not a youth household.
		stay('e8', 'A4', 'H4', '2025-11-01'),
		stay('e9', 'K4', 'H4', '2025-11-01', { RelationshipToHoH: 2 }),
		// A 16-year-old head with an adult partner: "with children and adults", so the
		// reference code reports it on the 18 to 24 row.
		stay('e10', 'Y5', 'H5', '2025-11-01'),
		stay('e11', 'P5', 'H5', '2025-11-01', { RelationshipToHoH: 3 }),
		stay('e12', 'K5', 'H5', '2025-11-01', { RelationshipToHoH: 2 })
	]
};

test('Q27b: youth-headed households with a child of the head', async () => {
	const t = await tables(parenting, ['Q27b']);
	expect(nonZero(t.Q27b)).toEqual({ B2: 1, C2: 1, D2: 2, E2: 1, B3: 4, C3: 2, D3: 6, E3: 2 });
});

test('Q25a/Q25b fields: veteran status, with the CH status of veterans', async () => {
	const read = await cellFields(veterans);
	expect(read('Q25a', 'B2')).toEqual({
		V1: { VeteranStatus: 'Yes (1)', 'Chronically homeless': 'Yes' }
	});
	// The spouse shares the head's CH status but is no veteran: only a veteran's shows.
	expect(read('Q25b', 'B2')).toEqual({
		V1: {
			VeteranStatus: 'Yes (1)',
			'Veteran status of each adult': 'S1: No (0); V1: Yes (1), chronically homeless'
		}
	});
	expect(read('Q25b', 'B3').N2['Veteran status of each adult']).toBe('N2: No (0); V2: Yes (1)');
});

test('Q26a/Q26b fields: CH of the head and adults; own and household status', async () => {
	const read = await cellFields(veterans);
	expect(read('Q26a', 'B4')).toEqual({
		D3: {
			'Chronically homeless': "Client doesn't know or prefers not to answer",
			'Chronically homeless: the head and each adult':
				"D3: Client doesn't know or prefers not to answer; X3: Data not collected"
		}
	});
	// The CH child who joined later is no adult: the household is not CH.
	expect(read('Q26a', 'B3').A7['Chronically homeless: the head and each adult']).toBe('A7: No');
	const street = read('Q26b', 'B2');
	const notHomeless = {
		DateToStreetESSH: '',
		TimesHomelessPastThreeYears: '',
		MonthsHomelessPastThreeYears: ''
	};
	// The child present on the first day takes the head's YES over their own NO.
	expect(street.K1).toMatchObject({
		'Chronically homeless': 'Yes',
		'Chronically homeless, own answers': 'No',
		DisablingCondition: 'No (0)',
		...notHomeless
	});
	expect(street.V1).toMatchObject({
		'Chronically homeless': 'Yes',
		'Chronically homeless, own answers': 'Yes',
		DisablingCondition: 'Yes (1)',
		DateToStreetESSH: '2020-01-01'
	});
	expect(street.V1.LivingSituation).toMatch(/^Place not meant for habitation .*\(116\)$/);
});

test('Q27b fields: the relationship, the head\'s age and the head\'s children', async () => {
	const read = await cellFields(parenting);
	const child = (headAge: string) => ({
		RelationshipToHoH: "Head of household's child (2)",
		"Head's age": headAge,
		"Head's children under 18": '1'
	});
	expect(read('Q27b', 'C3')).toEqual({ K1: child('20'), K5: child('16') });
	expect(read('Q27b', 'B2').Y2.RelationshipToHoH).toBe('Self (head of household) (1)');
});
