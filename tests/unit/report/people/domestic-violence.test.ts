// Q14a/Q14b: adults and heads of household by their latest HealthAndDV record up to the report end.
import { expect, test } from 'vitest';
import type { FixtureRow } from '../fixture';
import { cellFields, nonZero, person, stay, tables } from './helpers';

/** A HealthAndDV row with 4.11.2 (survivor) and 4.11.2A (when it occurred). */
function dv(
	enrollmentId: string,
	personalId: string,
	date: string,
	stage: number,
	survivor: number | null,
	when: number | null = null,
	updated = '2026-01-01 00:00:00'
): FixtureRow {
	return {
		EnrollmentID: enrollmentId,
		PersonalID: personalId,
		InformationDate: date,
		DataCollectionStage: stage,
		DomesticViolenceSurvivor: survivor,
		WhenOccurred: when,
		DateUpdated: updated
	};
}

const fixture = {
	Client: [
		person('A', '1980-01-01'), person('K', '2020-01-01'), person('B', '1980-01-01'),
		person('M', '2009-06-01'), person('N', '1980-01-01'), person('O', '1980-01-01')
	],
	Enrollment: [
		stay('eA', 'A', 'H1', '2025-11-01'),
		stay('eK', 'K', 'H1', '2025-11-01', { RelationshipToHoH: 2 }),
		stay('eB', 'B', 'H2', '2025-11-01'),
		stay('eM', 'M', 'H3', '2025-11-01'),
		stay('eN', 'N', 'H4', '2025-11-01'),
		stay('eO', 'O', 'H5', '2025-11-01')
	],
	HealthAndDV: [
		dv('eA', 'A', '2025-11-01', 1, 0),
		dv('eA', 'A', '2026-05-01', 5, 1, 2),
		// After the report end: not used.
		dv('eA', 'A', '2026-10-10', 2, 0),
		// A child who is not the head is outside the universe.
		dv('eK', 'K', '2025-11-01', 1, 1, 1),
		// Same date: the record that answers wins over a later-updated "data not collected".
		dv('eB', 'B', '2026-01-01', 1, 1, 8, '2026-01-01 00:00:00'),
		dv('eB', 'B', '2026-01-01', 2, 99, null, '2026-02-01 00:00:00'),
		dv('eM', 'M', '2025-11-01', 1, 9),
		dv('eO', 'O', '2025-11-01', 1, 1, null)
	]
};

test('Q14a: history of DV by the latest record; no record is data not collected', async () => {
	const t = await tables(fixture, ['Q14a']);
	expect(nonZero(t.Q14a)).toEqual({
		B2: 3, C2: 2, D2: 1,
		B4: 1, E4: 1,
		B5: 1, C5: 1,
		B6: 5, C6: 3, D6: 1, E6: 1
	});
});

test('Q14b: survivors by when it occurred', async () => {
	const t = await tables(fixture, ['Q14b']);
	expect(nonZero(t.Q14b)).toEqual({
		B3: 1, D3: 1, B6: 1, C6: 1, B7: 1, C7: 1, B8: 3, C8: 2, D8: 1
	});
});

test('Q14a/Q14b fields: the latest record the rows read, with its date', async () => {
	const read = await cellFields(fixture);
	const head = 'Self (head of household) (1)';
	expect(read('Q14b', 'B3')).toEqual({
		A: {
			RelationshipToHoH: head,
			DomesticViolenceSurvivor: 'Yes (1)',
			WhenOccurred: 'Three to six months ago (excluding six months exactly) (2)',
			InformationDate: '2026-05-01'
		}
	});
	// The answered record of the same date, not the later-updated one.
	expect(read('Q14a', 'B2').B).toEqual({
		RelationshipToHoH: head,
		DomesticViolenceSurvivor: 'Yes (1)',
		WhenOccurred: "Client doesn't know (8)",
		InformationDate: '2026-01-01'
	});
	// A child heading a household; no record at all.
	expect(read('Q14a', 'E4').M.RelationshipToHoH).toBe(head);
	expect(read('Q14a', 'B5')).toEqual({
		N: {
			RelationshipToHoH: head,
			DomesticViolenceSurvivor: '',
			WhenOccurred: '',
			InformationDate: ''
		}
	});
});
