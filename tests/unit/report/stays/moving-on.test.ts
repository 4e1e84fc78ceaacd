// Q24b: PSH heads of household by the Moving On Assistance they received in the report range.
import { expect, test } from 'vitest';
import { nonZero, person, stay, tables } from '../fixture';

const movingOn = (enrollmentId: string, personalId: string, date: string, type: number) => ({
	EnrollmentID: enrollmentId,
	PersonalID: personalId,
	DateProvided: date,
	RecordType: 300,
	TypeProvided: type
});

const households = {
	Client: [
		person('A', '1985-01-01'),
		person('M', '1985-01-01'),
		person('B', '1985-01-01'),
		person('K', '2020-01-01')
	],
	Enrollment: [
		stay('e1', 'A', 'H1', '2025-06-01'),
		stay('e2', 'M', 'H1', '2025-06-01', { RelationshipToHoH: 3 }),
		stay('e3', 'B', 'H2', '2025-06-01'),
		stay('e4', 'K', 'H2', '2025-06-01', { RelationshipToHoH: 2 })
	],
	Services: [
		movingOn('e1', 'A', '2026-01-01', 2),
		movingOn('e1', 'A', '2026-02-01', 4),
		movingOn('e1', 'A', '2026-03-01', 4),
		// Before the report range.
		movingOn('e1', 'A', '2025-09-01', 1),
		// Not a head of household.
		movingOn('e2', 'M', '2026-01-01', 1),
		movingOn('e3', 'B', '2026-01-01', 5)
	]
};

test('each head counts once in every row of assistance received in the range', async () => {
	const t = await tables(households, ['Q24b']);
	expect(nonZero(t.Q24b)).toEqual({ B3: 1, C3: 1, B5: 1, C5: 1, B6: 1, D6: 1 });
});

test('projects other than PSH report nothing', async () => {
	const t = await tables({ ...households, Project: [{ ProjectType: 13 }] }, ['Q24b']);
	expect(nonZero(t.Q24b)).toEqual({});
});
