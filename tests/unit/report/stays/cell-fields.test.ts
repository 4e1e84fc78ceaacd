// The fields the stays tables show for the clients behind a cell: the values their rules read,
// as they stood for the stay counted, with HUD's names for coded values.
import { expect, test } from 'vitest';
import { staysQuestions } from '../../../../src/engine/report/questions/stays';
import { cellFields, exit, person, stay, type CellFieldValues, type Fixture } from '../fixture';

/** By PersonalID, the fields (label: text) of each client behind a cell of a stays table. */
async function fieldsIn(fixture: Fixture, tableId: string, cell: string): Promise<CellFieldValues> {
	return (await cellFields(fixture, ['P1'], staysQuestions))(tableId, cell);
}

test('Q15 shows the prior living situation at entry with the rest of 3.917', async () => {
	const fixture = {
		Client: [person('A')],
		Enrollment: [
			stay('e1', 'A', 'H1', '2025-11-01', {
				LivingSituation: 410, LengthOfStay: 3, LOSUnderThreshold: 1, PreviousStreetESSH: 0
			})
		]
	};
	expect(await fieldsIn(fixture, 'Q15', 'B24')).toEqual({
		A: {
			RelationshipToHoH: 'Self (head of household) (1)',
			LivingSituation: 'Rental by client, no ongoing housing subsidy (410)',
			LengthOfStay: 'One month or more, but less than 90 days (3)',
			LOSUnderThreshold: 'Yes (1)',
			PreviousStreetESSH: 'No (0)'
		}
	});
});

test('Q22a1 and Q22b show the days counted: bed nights in a night-by-night shelter', async () => {
	const night = (date: string) => ({
		EnrollmentID: 'e1', PersonalID: 'A', DateProvided: date, RecordType: 200, TypeProvided: 200
	});
	const fixture = {
		Project: [{ ProjectType: 1 }],
		Client: [person('A')],
		Enrollment: [stay('e1', 'A', 'H1', '2025-11-01')],
		Services: [night('2025-11-01'), night('2025-11-02'), night('2025-11-02'), night('2025-12-24')]
	};
	const expected = {
		A: { ProjectType: 'Emergency Shelter - Night-by-Night (1)', 'Days in project': '3' }
	};
	expect(await fieldsIn(fixture, 'Q22a1', 'D2')).toEqual(expected);
	expect(await fieldsIn(fixture, 'Q22b', 'C2')).toEqual(expected);
});

const family = {
	Client: [person('A', '1985-01-01'), person('K', '2020-01-01', { White: 0, Asian: 1 })],
	Enrollment: [
		stay('e1', 'A', 'H1', '2025-11-01', {
			DateToStreetESSH: '2025-10-01',
			MoveInDate: '2025-11-11'
		}),
		// A child who joins once the family is housed moves in on entry; homelessness started on
		// the head's date only for children who started with the head, so K is left out of Q22e.
		stay('e2', 'K', 'H1', '2025-12-01', { RelationshipToHoH: 2, DateToStreetESSH: '2025-09-01' })
	]
};

test("Q22c shows the head's move-in and each client's own date and days", async () => {
	expect(await fieldsIn(family, 'Q22c', 'B11')).toEqual({
		A: {
			MoveInDate: '2025-11-11',
			"Head's move-in date": '2025-11-11',
			'Move-in date counted': '2025-11-11',
			'Days to move in': '10'
		},
		K: {
			MoveInDate: '',
			"Head's move-in date": '2025-11-11',
			'Move-in date counted': '2025-12-01',
			'Days to move in': '0'
		}
	});
	expect((await fieldsIn(family, 'Q22f', 'C2')).K).toMatchObject({
		'Days to move in': '0',
		'Races selected': 'Asian',
		RaceNone: ''
	});
});

test("Q22e shows the start of homelessness and the housing date the rule used", async () => {
	const withChild = {
		...family,
		Enrollment: [
			family.Enrollment[0],
			stay('e2', 'K', 'H1', '2025-11-01', { RelationshipToHoH: 2, DateToStreetESSH: '2025-09-01' })
		]
	};
	const prior = {
		ProjectType: 'PH - Permanent Supportive Housing (3)',
		'Homelessness start counted': '2025-10-01',
		'Housed on': '2025-11-11',
		'Days from homelessness to housing': '41'
	};
	expect(await fieldsIn(withChild, 'Q22e', 'B6')).toEqual({
		A: { ...prior, DateToStreetESSH: '2025-10-01' },
		// The child's own date is shown, but the head's is counted.
		K: { ...prior, DateToStreetESSH: '2025-09-01' }
	});
	expect((await fieldsIn(withChild, 'Q22g', 'C2')).K).toMatchObject({
		'Days from homelessness to housing': '41',
		'Races selected': 'Asian'
	});
});

const leavers = {
	Client: [
		person('A'),
		person('B'),
		person('C', '1985-01-01', { White: 0, BlackAfAmerican: 1, HispanicLatinao: 1 })
	],
	Enrollment: [
		stay('e1', 'A', 'H1', '2025-11-01'),
		stay('e2', 'B', 'H2', '2025-11-01'),
		stay('e3', 'C', 'H3', '2025-11-01')
	],
	Exit: [
		exit('e1', 'A', '2026-03-01', { Destination: 435, DestinationSubsidyType: 419 }),
		// A subsidized rental without a subsidy type is reported as data not collected.
		exit('e2', 'B', '2026-03-01', { Destination: 435 }),
		exit('e3', 'C', '2026-03-01', { Destination: 215 })
	]
};

test('Q23c shows the destination as recorded and as reported, and Appendix A', async () => {
	const psh = 'PH - Permanent Supportive Housing (3)';
	expect(await fieldsIn(leavers, 'Q23c', 'B40')).toEqual({
		A: {
			Destination: 'Rental by client, with ongoing housing subsidy (435)',
			DestinationSubsidyType: 'VASH housing subsidy (419)',
			'Destination as reported': 'Rental by client, with ongoing housing subsidy (435)',
			ProjectType: psh,
			'Appendix A': 'Positive'
		},
		B: {
			Destination: 'Rental by client, with ongoing housing subsidy (435)',
			DestinationSubsidyType: '',
			'Destination as reported': 'Data not collected (99)',
			ProjectType: psh,
			'Appendix A': 'Not positive'
		},
		C: {
			Destination: 'Foster care home or foster care group home (215)',
			DestinationSubsidyType: '',
			'Destination as reported': 'Foster care home or foster care group home (215)',
			ProjectType: psh,
			'Appendix A': 'Excluded'
		}
	});
	expect(await fieldsIn(leavers, 'Q23d', 'B3')).toEqual({
		A: {
			Destination: 'Rental by client, with ongoing housing subsidy (435)',
			DestinationSubsidyType: 'VASH housing subsidy (419)'
		}
	});
	expect((await fieldsIn(leavers, 'Q23e', 'J3')).C).toEqual({
		Destination: 'Foster care home or foster care group home (215)',
		DestinationSubsidyType: '',
		'Destination as reported': 'Foster care home or foster care group home (215)',
		'Races selected': 'BlackAfAmerican, HispanicLatinao',
		RaceNone: ''
	});
});

test('Q24b shows the Moving On assistance received in the report range', async () => {
	const movingOn = (date: string, type: number) => ({
		EnrollmentID: 'e1', PersonalID: 'A', DateProvided: date, RecordType: 300, TypeProvided: type
	});
	const fixture = {
		Client: [person('A')],
		Enrollment: [stay('e1', 'A', 'H1', '2025-06-01')],
		Services: [
			movingOn('2026-02-01', 4),
			movingOn('2026-01-01', 2),
			movingOn('2026-03-01', 4),
			// Before the report range.
			movingOn('2025-09-01', 1)
		]
	};
	expect(await fieldsIn(fixture, 'Q24b', 'B5')).toEqual({
		A: {
			TypeProvided:
				'Financial assistance for Moving On (e.g., security deposit, moving expenses) (2); ' +
				'Housing referral/placement (4)',
			DateProvided: '2026-01-01; 2026-02-01; 2026-03-01'
		}
	});
});
