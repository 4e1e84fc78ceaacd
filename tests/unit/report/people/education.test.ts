// Q27m: youth heads of household leaving YHDP-funded projects, by C3 Youth Education Status.
import { expect, test } from 'vitest';
import type { Fixture, FixtureRow } from '../fixture';
import { cellFields, exit, nonZero, person, stay, tables } from './helpers';

/** A YouthEducationStatus row: C3.2 attendance, C3.A most recent and C3.B current status. */
function status(
	enrollmentId: string,
	personalId: string,
	date: string,
	stage: number,
	attend: number | null,
	mostRecent: number | null = null,
	current: number | null = null
): FixtureRow {
	return {
		EnrollmentID: enrollmentId,
		PersonalID: personalId,
		InformationDate: date,
		DataCollectionStage: stage,
		CurrentSchoolAttend: attend,
		MostRecentEdStatus: mostRecent,
		CurrentEdStatus: current
	};
}

const fixture: Fixture = {
	Project: [
		{ ProjectType: 2 },
		{ ProjectID: 'P2', ProjectType: 2 },
		{ ProjectID: 'P3', ProjectType: 2 }
	],
	// P1: YHDP; P2: another funder only; P3: a YHDP grant that ended before the report.
	Funder: [
		{ ProjectID: 'P1', Funder: 43, StartDate: '2020-01-01' },
		{ ProjectID: 'P2', Funder: 2, StartDate: '2020-01-01' },
		{ ProjectID: 'P3', Funder: 43, StartDate: '2020-01-01', EndDate: '2024-12-31' }
	],
	ProjectCoC: [{}, { ProjectID: 'P2' }, { ProjectID: 'P3' }],
	Client: [
		person('Y1', '2005-01-01'), person('Y2', '2006-01-01'), person('Y3', '2007-01-01'),
		person('Y4', '2005-01-01'), person('Y5', '2005-01-01'), person('A6', '1995-01-01'),
		person('Y7', '2006-01-01'), person('Y8', '2005-01-01')
	],
	Enrollment: [
		stay('e1', 'Y1', 'H1', '2025-11-01'),
		// A youth who is not the head is not reported.
		stay('e7', 'Y7', 'H1', '2025-11-01', { RelationshipToHoH: 3 }),
		stay('e2', 'Y2', 'H2', '2025-11-01'),
		stay('e3', 'Y3', 'H3', '2025-11-01'),
		// A stayer, a leaver of a project without YHDP, an adult of 30, a leaver of an ended grant.
		stay('e4', 'Y4', 'H4', '2025-11-01'),
		stay('e5', 'Y5', 'H5', '2025-11-01', { ProjectID: 'P2' }),
		stay('e6', 'A6', 'H6', '2025-11-01'),
		stay('e8', 'Y8', 'H8', '2025-11-01', { ProjectID: 'P3' })
	],
	Exit: ['e1:Y1', 'e7:Y7', 'e2:Y2', 'e3:Y3', 'e5:Y5', 'e6:A6', 'e8:Y8'].map((k) => {
		const [e, p] = k.split(':');
		return exit(e, p, '2026-03-01');
	}),
	YouthEducationStatus: [
		// Y1: not enrolled (K12 dropped out) at start; attending, pursuing a diploma/GED at exit.
		status('e1', 'Y1', '2025-11-01', 1, 0, 2),
		status('e1', 'Y1', '2026-03-01', 3, 2, null, 0),
		status('e7', 'Y7', '2025-11-01', 1, 0, 0),
		// Y2: the later start record wins (enrolled, not attending; current status DK); no exit record.
		status('e2', 'Y2', '2025-11-01', 1, 0, 1),
		status('e2', 'Y2', '2025-11-05', 1, 1, null, 8),
		// Y3: not enrolled with no most recent status; prefers not to answer at exit.
		status('e3', 'Y3', '2025-11-01', 1, 0, null),
		status('e3', 'Y3', '2026-03-01', 3, 9),
		status('e4', 'Y4', '2025-11-01', 1, 2, null, 1),
		status('e5', 'Y5', '2025-11-01', 1, 2, null, 1),
		status('e6', 'A6', '2025-11-01', 1, 2, null, 1),
		status('e8', 'Y8', '2025-11-01', 1, 2, null, 1)
	]
};

test('Q27m: youth head leavers of YHDP projects by status at start (B) and exit (C)', async () => {
	const t = await tables(fixture, ['Q27m'], ['P1', 'P2', 'P3']);
	expect(nonZero(t.Q27m)).toEqual({
		B2: 2, B3: 1, B10: 1, B17: 1, B24: 1, B26: 3,
		C4: 1, C5: 1, C6: 1, C19: 1, C26: 3
	});
});

test('Q27m fields: the C3 answers of the latest record at start and at exit', async () => {
	const read = await cellFields(fixture, ['P1', 'P2', 'P3']);
	const answers = read('Q27m', 'B26');
	expect(answers.Y1).toEqual({
		'CurrentSchoolAttend at start':
			'Not currently enrolled in any school or educational course (0)',
		'MostRecentEdStatus at start': 'K12: Dropped out (2)',
		'CurrentEdStatus at start': '',
		'CurrentSchoolAttend at exit':
			'Currently enrolled and attending regularly (when school or the course is in session) (2)',
		'MostRecentEdStatus at exit': '',
		'CurrentEdStatus at exit': 'Pursuing a high school diploma or GED (0)'
	});
	// The later start record; no exit record.
	expect(answers.Y2).toMatchObject({
		'CurrentSchoolAttend at start':
			'Currently enrolled but NOT attending regularly (when school or the course is in session) (1)',
		'CurrentEdStatus at start': "Client doesn't know (8)",
		'CurrentSchoolAttend at exit': ''
	});
});
