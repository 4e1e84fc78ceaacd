// Q22a2 / Q22d (CAPER): the ESG ranges of the length of stay, by leavers and stayers and by
// household type, with inclusive upper bounds and Q22d's open "731 days or more" row.
import { expect, test } from 'vitest';
import { exit, nonZero, person, stay, type Fixture } from '../fixture';
import { caperOf } from './caper-run';

/** A stay of one person alone (a stayer counts to the day after the report end, 2026-10-01). */
const stayer = (id: string, entry: string) => stay(`e${id}`, id, `H${id}`, entry);

const fixture: Fixture = {
	Project: [{ ProjectType: 0 }],
	Client: [
		...['S7', 'S8', 'S14', 'S15', 'S21', 'S22', 'S30', 'S31', 'F'].map((id) => person(id)),
		...['L0', 'L730', 'L731', 'L1825', 'L1826'].map((id) => person(id)),
		person('K', '2020-01-01'),
		person('Y', '2012-01-01'),
		person('U', null)
	],
	Enrollment: [
		// Stayers of 7, 8, 14, 15, 21, 22, 30 and 31 days: each side of the first range bounds.
		stayer('S7', '2026-09-24'),
		stayer('S8', '2026-09-23'),
		stayer('S14', '2026-09-17'),
		stayer('S15', '2026-09-16'),
		stayer('S21', '2026-09-10'),
		stayer('S22', '2026-09-09'),
		stayer('S30', '2026-09-01'),
		stayer('S31', '2026-08-31'),
		// A family of 7 days (With Children and Adults), a child alone for 100 days (With Only
		// Children) and a person of unknown age for 400 days (Unknown Household Type).
		stay('eF', 'F', 'HF', '2026-09-24'),
		stay('eK', 'K', 'HF', '2026-09-24', { RelationshipToHoH: 2 }),
		stayer('Y', '2026-06-23'),
		stayer('U', '2025-08-27'),
		// Leavers on 2026-01-01 after 0, 730, 731, 1,825 and 1,826 days.
		stayer('L0', '2026-01-01'),
		stayer('L730', '2024-01-02'),
		stayer('L731', '2024-01-01'),
		stayer('L1825', '2021-01-02'),
		stayer('L1826', '2021-01-01')
	],
	Exit: ['L0', 'L730', 'L731', 'L1825', 'L1826'].map((id) => exit(`e${id}`, id, '2026-01-01'))
};

test('Q22a2: ESG ranges split by leavers and stayers, upper bounds inclusive', async () => {
	const caper = await caperOf(fixture);
	expect(nonZero(caper.table('Q22a2'))).toEqual({
		B2: 4, C2: 1, D2: 3,
		B3: 2, D3: 2,
		B4: 2, D4: 2,
		B5: 2, D5: 2,
		B6: 1, D6: 1,
		B8: 1, D8: 1,
		B10: 2, C10: 1, D10: 1,
		B11: 1, C11: 1,
		B13: 1, C13: 1,
		B14: 1, C14: 1,
		B15: 17, C15: 5, D15: 12
	});
	expect(caper.who('Q22a2', 'B2')).toEqual(['F', 'K', 'L0', 'S7']);
	expect(caper.who('Q22a2', 'C13')).toEqual(['L1825']);
	expect(caper.who('Q22a2', 'C14')).toEqual(['L1826']);
});

test('Q22d: the same lengths by household type, two years or more in one row', async () => {
	const caper = await caperOf(fixture);
	expect(nonZero(caper.table('Q22d'))).toEqual({
		B2: 4, C2: 2, D2: 2,
		B3: 2, C3: 2,
		B4: 2, C4: 2,
		B5: 2, C5: 2,
		B6: 1, C6: 1,
		B8: 1, E8: 1,
		B10: 2, C10: 1, F10: 1,
		B11: 3, C11: 3,
		B12: 17, C12: 13, D12: 2, E12: 1, F12: 1
	});
	expect(caper.who('Q22d', 'C11')).toEqual(['L1825', 'L1826', 'L731']);
	expect(caper.fields('Q22d', 'F10')).toEqual({
		U: { ProjectType: 'Emergency Shelter - Entry Exit (0)', 'Days in project': '400' }
	});
});

test('a night-by-night shelter counts bed nights, not days since entry', async () => {
	const night = (date: string) => ({
		EnrollmentID: 'e1', PersonalID: 'A', DateProvided: date, RecordType: 200, TypeProvided: 200
	});
	const caper = await caperOf({
		Project: [{ ProjectType: 1 }],
		Client: [person('A')],
		Enrollment: [stay('e1', 'A', 'H1', '2025-01-01')],
		Services: [night('2025-11-01'), night('2025-11-02'), night('2025-11-02'), night('2025-12-24')]
	});
	expect(nonZero(caper.table('Q22a2'))).toEqual({ B2: 1, D2: 1, B15: 1, D15: 1 });
	expect(nonZero(caper.table('Q22d'))).toEqual({ B2: 1, C2: 1, B12: 1, C12: 1 });
	expect(caper.fields('Q22a2', 'D2')).toEqual({
		A: { ProjectType: 'Emergency Shelter - Night-by-Night (1)', 'Days in project': '3' }
	});
});
