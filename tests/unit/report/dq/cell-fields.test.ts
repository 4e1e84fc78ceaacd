// The fields the dq tables show for the clients of a cell: the data elements each rule checked and
// the values it derived, read back from small fixtures and checked by hand.
import { expect, test } from 'vitest';
import { VALUE_LISTS } from '../../../../src/engine/hmis/schema';
import { cellFields, exit, person, stay, type FixtureRow } from '../fixture';

const created = (date: string): FixtureRow => ({ DateCreated: `${date} 10:00:00` });

test('Q4a and Q5a: the latest stay, the head, youth and long stays', async () => {
	const fields = await cellFields(
		{
			Project: [{}, { ProjectType: 2 }],
			Client: [
				person('A'),
				person('H'),
				person('M'),
				person('Y', '2005-06-01'),
				person('YK', '2023-01-01')
			],
			Enrollment: [
				// A's latest stay is in P2 (the second row).
				stay('a1', 'A', 'HA1', '2025-10-05'),
				stay('a2', 'A', 'HA2', '2026-01-01', { ProjectID: 'P2' }),
				// H has stayed over a year; M joined the household in March.
				stay('h', 'H', 'HL', '2024-06-01'),
				stay('m', 'M', 'HL', '2026-03-01', { RelationshipToHoH: 3 }),
				// A parenting youth of 20 and her child.
				stay('y', 'Y', 'HY', '2025-11-01'),
				stay('yk', 'YK', 'HY', '2025-11-01', { RelationshipToHoH: 2 })
			],
			Exit: [exit('a1', 'A', '2025-12-01')]
		},
		['P1', 'P2']
	);
	expect(fields('Q4a', 'Q3')).toEqual({
		A: { RelationshipToHoH: 'Self (head of household) (1)', 'Active stays in the report': '2' }
	});
	expect(fields('Q5a', 'C17').M).toEqual({
		'In the data-quality universe': 'Yes',
		RelationshipToHoH: "Head of household's spouse or partner (3)",
		VeteranStatus: 'No (0)',
		'Chronically homeless': 'No',
		Youth: 'No',
		'Parenting youth': 'No',
		'Days in project': '214',
		'Stay of 365 days or more (own or head of household)': 'Yes'
	});
	expect(fields('Q5a', 'B14').Y).toMatchObject({ Youth: 'Yes', 'Parenting youth': 'Yes' });
	expect(fields('Q5a', 'B4').YK).toMatchObject({ Youth: 'No', 'Parenting youth': 'No' });
});

test('Q6a: each element checked, which check a value failed, without the name or SSN', async () => {
	const people = [
		person('S', '1980-01-01', { NameDataQuality: 8, FirstName: null, SSN: '666123456' }),
		person('C', '1980-01-01', { SSN: '345678901' }),
		// Born after the client record was created.
		person('D', '2025-06-01'),
		person('R', '1980-01-01', { RaceNone: 9, Asian: 1 }),
		person('N', '1980-01-01', { White: 0 })
	];
	const fields = await cellFields({
		Client: people,
		Enrollment: people.map((p, i) => stay(`e${i}`, String(p.PersonalID), `H${i}`, '2025-11-01'))
	});
	expect(fields('Q6a', 'B2')).toEqual({
		S: {
			NameDataQuality: "Client doesn't know (8)",
			'Name entered': 'No first name',
			SSNDataQuality: 'Full SSN reported (1)',
			'SSN check': 'Area number 000, 666 or 9xx',
			DOBDataQuality: 'Full DOB reported (1)',
			DOB: '1980-01-01',
			'DOB check': 'Valid',
			'Race and ethnicity': 'White'
		}
	});
	const overall = fields('Q6a', 'E6');
	expect(Object.keys(overall)).toEqual(['C', 'D', 'N', 'R', 'S']);
	expect(overall.C['SSN check']).toBe('Consecutive digits');
	expect(overall.D['DOB check']).toBe('After the client record was created');
	expect(overall.D['SSN check']).toBe('Nine digits, valid');
	expect(overall.R['Race and ethnicity']).toBe('Asian, White, Client prefers not to answer (9)');
	expect(overall.N['Race and ethnicity']).toBe('None checked');
});

test('Q6b: the earlier stay a start is inside, the heads, the latest disabilities', async () => {
	const disability = (date: string, stage: number, response: number): FixtureRow => ({
		EnrollmentID: 'g',
		PersonalID: 'G',
		InformationDate: date,
		DataCollectionStage: stage,
		DisabilityType: 9,
		DisabilityResponse: response,
		IndefiniteAndImpairs: 1
	});
	const fields = await cellFields({
		Client: ['P', 'X1', 'X2', 'G'].map((id) => person(id)),
		Enrollment: [
			stay('p1', 'P', 'HP1', '2025-01-01'),
			stay('p2', 'P', 'HP2', '2025-12-01'),
			stay('x1', 'X1', 'HX', '2025-11-01'),
			stay('x2', 'X2', 'HX', '2025-11-01'),
			stay('g', 'G', 'HG', '2025-11-01')
		],
		Exit: [exit('p1', 'P', '2026-03-01')],
		Disabilities: [disability('2025-11-01', 1, 0), disability('2026-02-01', 2, 1)]
	});
	expect(fields('Q6b', 'D3').P).toMatchObject({
		'Starts inside earlier stay (EnrollmentID)': 'p1',
		'Heads of household in the household': '1'
	});
	expect(fields('Q6b', 'D4').X2).toMatchObject({
		RelationshipToHoH: 'Self (head of household) (1)',
		'Heads of household in the household': '2',
		'Starts inside earlier stay (EnrollmentID)': ''
	});
	expect(fields('Q6b', 'D6')).toEqual({
		G: {
			VeteranStatus: 'No (0)',
			'Starts inside earlier stay (EnrollmentID)': '',
			RelationshipToHoH: 'Self (head of household) (1)',
			'Heads of household in the household': '1',
			EnrollmentCoC: 'XX-500',
			DisablingCondition: 'No (0)',
			'Latest disability records show a disabling condition': 'Yes'
		}
	});
	expect(fields('Q6b', 'E4').X1['Latest disability records show a disabling condition']).toBe('');
});

test('Q6c: the destination and each collection point answer with its sources', async () => {
	const income = (id: string, date: string, stage: number, any: number): FixtureRow => ({
		EnrollmentID: id,
		PersonalID: id,
		InformationDate: date,
		DataCollectionStage: stage,
		IncomeFromAnySource: any
	});
	const fields = await cellFields({
		Client: [person('L'), person('A')],
		Enrollment: [stay('L', 'L', 'HL', '2025-11-01'), stay('A', 'A', 'HA', '2024-06-15')],
		Exit: [exit('L', 'L', '2026-03-01', { Destination: 99 })],
		IncomeBenefits: [
			income('L', '2025-11-01', 1, 0),
			// "Yes" with no source checked: a data issue.
			income('L', '2026-03-01', 3, 1),
			income('A', '2024-06-15', 1, 0)
		]
	});
	expect(fields('Q6c', 'C2')).toEqual({
		L: {
			Destination: 'Data not collected (99)',
			'IncomeFromAnySource at start': 'No (0)',
			'Cash income sources at start': '0',
			'Annual assessment': 'Not required (leaver)',
			'IncomeFromAnySource at annual assessment': '',
			'Cash income sources at annual assessment': '',
			'IncomeFromAnySource at exit': 'Yes (1)',
			'Cash income sources at exit': '0'
		}
	});
	expect(Object.keys(fields('Q6c', 'D5'))).toEqual(['L']);
	expect(fields('Q6c', 'C4').A).toMatchObject({
		'Annual assessment': 'Missing',
		'IncomeFromAnySource at annual assessment': ''
	});
});

test('Q6d: the 3.917 answers and whether the homeless history was expected', async () => {
	const fields = await cellFields({
		Client: [person('I'), person('J')],
		Enrollment: [
			// From foster care after under a month, on the streets before: history expected.
			stay('I', 'I', 'HI', '2025-11-01', {
				LivingSituation: 215,
				LengthOfStay: 2,
				PreviousStreetESSH: 1,
				TimesHomelessPastThreeYears: 1
			}),
			// From foster care after a year: not expected, but the length of stay is missing.
			stay('J', 'J', 'HJ', '2025-11-01', { LivingSituation: 215, LengthOfStay: 99 })
		]
	});
	expect(fields('Q6d', 'E4')).toEqual({
		I: {
			ProjectType: 'PH - Permanent Supportive Housing (3)',
			LivingSituation: 'Foster care home or foster care group home (215)',
			LengthOfStay: 'One week or more, but less than one month (2)',
			PreviousStreetESSH: 'Yes (1)',
			'Expected to answer 3.917.3-5': 'Yes',
			DateToStreetESSH: '',
			TimesHomelessPastThreeYears: 'One time (1)',
			MonthsHomelessPastThreeYears: ''
		}
	});
	expect(fields('Q6d', 'C4').J).toMatchObject({
		LengthOfStay: 'Data not collected (99)',
		'Expected to answer 3.917.3-5': 'No'
	});
});

test('Q6e: when the start and exit records were created, and the days they took', async () => {
	const fields = await cellFields({
		Client: [person('T'), person('U')],
		Enrollment: [
			stay('T', 'T', 'HT', '2025-11-01', created('2025-11-04')),
			// Started before the report: only its exit is timed.
			stay('U', 'U', 'HU', '2025-09-01', created('2025-09-01'))
		],
		Exit: [
			exit('T', 'T', '2026-01-10', created('2026-01-20')),
			exit('U', 'U', '2026-02-01', created('2026-02-01'))
		]
	});
	expect(fields('Q6e', 'B4')).toEqual({
		T: {
			'Project start record created': '2025-11-04',
			'Days from project start to its record': '3',
			'Exit record created': '2026-01-20',
			'Days from exit to its record': '10'
		}
	});
	expect(fields('Q6e', 'C3').U).toMatchObject({
		'Project start record created': '2025-09-01',
		'Days from project start to its record': '',
		'Days from exit to its record': '0'
	});
});

const bedNight = (id: string, date: string): FixtureRow => ({
	EnrollmentID: id,
	PersonalID: id,
	DateProvided: date,
	RecordType: 200,
	TypeProvided: 200
});

const contact = (id: string, date: string, situation: number): FixtureRow => ({
	EnrollmentID: id,
	PersonalID: id,
	InformationDate: date,
	CurrentLivingSituation: situation
});

test('Q6f: the latest contact and bed night, and whether they are recent', async () => {
	const fields = await cellFields(
		{
			Project: [{ ProjectType: 4 }, { ProjectType: 1 }],
			Client: [person('A'), person('B'), person('N')],
			Enrollment: [
				stay('A', 'A', 'HA', '2026-01-01', { DateOfEngagement: '2026-01-01' }),
				stay('B', 'B', 'HB', '2026-01-01', { DateOfEngagement: '2026-01-01' }),
				stay('N', 'N', 'HN', '2026-01-01', { ProjectID: 'P2' })
			],
			// 90 days before the report end, and 91.
			CurrentLivingSituation: [contact('A', '2026-07-02', 116), contact('B', '2026-07-01', 116)],
			Services: [bedNight('N', '2026-06-01'), bedNight('N', '2026-06-02')]
		},
		['P1', 'P2']
	);
	const row2 = fields('Q6f', 'B2');
	expect(row2.A).toMatchObject({
		'Latest contact': '2026-07-02',
		'Contact in the last 90 days': 'Yes'
	});
	expect(row2.B).toEqual({
		ProjectType: 'Street Outreach (4)',
		'Latest contact': '2026-07-01',
		'Contact in the last 90 days': 'No',
		'Latest bed night': '',
		'Bed night in the last 90 days': ''
	});
	expect(fields('Q6f', 'C3')).toEqual({
		N: {
			ProjectType: 'Emergency Shelter - Night-by-Night (1)',
			'Latest contact': '',
			'Contact in the last 90 days': 'No',
			'Latest bed night': '2026-06-02',
			'Bed night in the last 90 days': 'No'
		}
	});
});

test('Q7b and Q8b: the point-in-time dates a person or household is present on', async () => {
	const fields = await cellFields({
		Client: [person('A'), person('K', '2015-01-01')],
		Enrollment: [
			// Housed on 2026-01-15; the head leaves in March, the child stays housed.
			stay('A', 'A', 'H1', '2025-10-01', { MoveInDate: '2026-01-15' }),
			stay('K', 'K', 'H1', '2025-10-01', { RelationshipToHoH: 2 })
		],
		Exit: [exit('A', 'A', '2026-03-01')]
	});
	expect(fields('Q7b', 'D2')).toEqual({
		A: {
			ProjectType: 'PH - Permanent Supportive Housing (3)',
			'Present on': '2026-01-28',
			'Housing move-in date': '2026-01-15',
			'Household type of latest stay': 'With Children and Adults'
		},
		K: {
			ProjectType: 'PH - Permanent Supportive Housing (3)',
			'Present on': '2026-01-28, 2026-04-29, 2026-07-29',
			'Housing move-in date': '2026-01-15',
			'Household type of latest stay': 'With Children and Adults'
		}
	});
	// The household is counted through its head while the child stays housed.
	expect(fields('Q8b', 'D4')).toEqual({
		A: {
			ProjectType: 'PH - Permanent Supportive Housing (3)',
			'Household present on': '2026-01-28, 2026-04-29, 2026-07-29',
			'Housing move-in date': '2026-01-15',
			'Household type of latest stay': 'With Children and Adults'
		}
	});
});

test('Q9a and Q9b: the contacts counted, the first one, and the engagement', async () => {
	const fields = await cellFields({
		Project: [{ ProjectType: 4 }],
		Client: [person('C')],
		Enrollment: [stay('C', 'C', 'HC', '2025-11-01', { DateOfEngagement: '2026-01-05' })],
		// Two contacts; the engagement date is a third.
		CurrentLivingSituation: [contact('C', '2025-11-01', 116), contact('C', '2025-12-01', 116)]
	});
	const street = VALUE_LISTS['2026']['3.12.1'].values['116'];
	const expected = {
		C: {
			Contacts: '3',
			'First contact': '2025-11-01',
			'CurrentLivingSituation at first contact': `${street} (116)`,
			DateOfEngagement: '2026-01-05'
		}
	};
	expect(fields('Q9a', 'D3')).toEqual(expected);
	expect(fields('Q9b', 'D3')).toEqual(expected);
});
