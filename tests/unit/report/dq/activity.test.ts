// Q6e timeliness, Q6f inactive records, Q7b/Q8b point-in-time counts and Q9a/Q9b contacts.
import { expect, test } from 'vitest';
import { pitDates } from '../../../../src/engine/report/questions/dq/q07b-q08b-point-in-time';
import { exit, nonZero, person, stay, tables, who, type FixtureRow } from '../fixture';

const created = (date: string): FixtureRow => ({ DateCreated: `${date} 10:00:00` });

test('Q6e buckets days from start and exit to the day their records were created', async () => {
	const ids = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
	const made = ['2025-10-31', '2025-11-01', '2025-11-04', '2025-11-07', '2025-11-11', '2025-11-12'];
	const t = await tables(
		{
			Client: ids.map((id) => person(id)),
			Enrollment: [
				...made.map((d, i) => stay(ids[i], ids[i], `H${i}`, '2025-11-01', created(d))),
				// Started before the report: only its exit is timed.
				stay('T7', 'T7', 'H7', '2025-09-01', created('2025-09-01'))
			],
			Exit: [
				exit('T1', 'T1', '2026-01-10', created('2026-01-10')),
				exit('T7', 'T7', '2026-02-01', created('2026-02-20'))
			]
		},
		['Q6e']
	);
	expect(nonZero(t.Q6e)).toEqual({ B2: 1, B3: 1, B4: 1, B5: 1, B6: 1, B7: 1, C3: 1, C7: 1 });
	expect(who(t.Q6e, 'B2')).toEqual(['T1']);
});

const bedNight = (enrollmentId: string, personalId: string, date: string): FixtureRow => ({
	EnrollmentID: enrollmentId,
	PersonalID: personalId,
	DateProvided: date,
	RecordType: 200,
	TypeProvided: 200
});

const contact = (
	enrollmentId: string,
	personalId: string,
	date: string,
	situation: number
): FixtureRow => ({
	EnrollmentID: enrollmentId,
	PersonalID: personalId,
	InformationDate: date,
	CurrentLivingSituation: situation
});

test('Q6f finds open stays with no contact or bed night in the last 90 days', async () => {
	const engaged = { DateOfEngagement: '2026-01-01' };
	const t = await tables(
		{
			Project: [{ ProjectType: 4 }, { ProjectType: 1 }, { ProjectType: 6 }, { ProjectType: 6 }],
			Funder: [{ ProjectID: 'P1' }, { ProjectID: 'P3', Funder: 21 }],
			Client: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'N1', 'N2']
				.map((id) => person(id))
				.concat(person('K', '2015-01-01')),
			Enrollment: [
				// Outreach: A's last contact is exactly 90 days before the report end (still active);
				// B's is 91 days before; C entered less than 90 days before the end; D is not
				// engaged (not in the DQ universe); E has left.
				stay('A', 'A', 'HA', '2026-01-01', engaged),
				stay('B', 'B', 'HB', '2026-01-01', engaged),
				stay('C', 'C', 'HC', '2026-07-03', engaged),
				stay('D', 'D', 'HD', '2026-01-01'),
				stay('E', 'E', 'HE', '2026-01-01', engaged),
				// PATH-funded services only counts; other services only do not.
				stay('F', 'F', 'HF', '2026-01-01', { ProjectID: 'P3' }),
				stay('G', 'G', 'HG', '2026-01-01', { ProjectID: 'P4' }),
				// Night-by-night shelter: counted in both rows, like the reference code does.
				stay('N1', 'N1', 'HN', '2026-01-01', { ProjectID: 'P2' }),
				stay('K', 'K', 'HN', '2026-01-01', { ProjectID: 'P2', RelationshipToHoH: 2 }),
				stay('N2', 'N2', 'HN2', '2026-01-01', { ProjectID: 'P2' })
			],
			Exit: [exit('E', 'E', '2026-09-01')],
			CurrentLivingSituation: [
				contact('A', 'A', '2026-07-02', 116),
				contact('B', 'B', '2026-07-01', 116)
			],
			Services: [
				bedNight('N1', 'N1', '2026-09-15'),
				bedNight('K', 'K', '2026-09-15'),
				bedNight('N2', 'N2', '2026-06-01'),
				bedNight('N2', 'N2', '2026-06-02')
			]
		},
		['Q6f'],
		['P1', 'P2', 'P3', 'P4']
	);
	const q = t.Q6f;
	expect(who(q, 'B2')).toEqual(['A', 'B', 'F', 'K', 'N1', 'N2']);
	expect(who(q, 'C2')).toEqual(['B', 'F', 'K', 'N1', 'N2']);
	expect(who(q, 'B3')).toEqual(['K', 'N1', 'N2']);
	expect(who(q, 'C3')).toEqual(['N2']);
	expect(q.values.D2).toBeCloseTo(5 / 6);
	expect(q.values.D3).toBeCloseTo(1 / 3);
});

test('point-in-time dates: the latest last Wednesday of each month inside the range', () => {
	expect(pitDates('2025-10-01', '2026-09-30')).toEqual([
		[2, '2026-01-28'],
		[3, '2026-04-29'],
		[4, '2026-07-29'],
		[5, '2025-10-29']
	]);
	// Two years: the later January, April, July and October.
	expect(pitDates('2024-10-01', '2026-09-30').map(([, d]) => d)).toEqual([
		'2026-01-28',
		'2026-04-29',
		'2026-07-29',
		'2025-10-29'
	]);
	// A range ending before January's last Wednesday: the last Wednesday inside it (reference code).
	expect(pitDates('2025-10-01', '2026-01-20')).toEqual([
		[2, '2026-01-14'],
		[5, '2025-10-29']
	]);
	expect(pitDates('2026-02-01', '2026-03-15')).toEqual([]);
});

test('Q7b and Q8b count people and households present on each point-in-time date', async () => {
	const t = await tables(
		{
			Project: [
				{ ProjectType: 3 },
				{ ProjectType: 4 },
				{ ProjectType: 2 },
				{ ProjectType: 1 },
				{ ProjectType: 12 }
			],
			Client: [
				person('A'),
				person('K', '2015-01-01'),
				person('B'),
				person('C'),
				person('N'),
				person('H')
			],
			Enrollment: [
				// Housed on 2026-01-15; the head leaves in March, the child stays housed.
				stay('A', 'A', 'H1', '2025-10-01', { MoveInDate: '2026-01-15' }),
				stay('K', 'K', 'H1', '2025-10-01', { RelationshipToHoH: 2 }),
				// Leaving on a point-in-time date: outreach still counts that day, housing does not,
				// and (as in the reference code) neither does homelessness prevention.
				stay('B', 'B', 'H2', '2025-10-01', { ProjectID: 'P2' }),
				stay('C', 'C', 'H3', '2025-10-01', { ProjectID: 'P3' }),
				stay('H', 'H', 'H5', '2025-10-01', { ProjectID: 'P5' }),
				// Night-by-night: present only on the night of a bed night.
				stay('N', 'N', 'H4', '2025-10-01', { ProjectID: 'P4' })
			],
			Exit: [
				exit('A', 'A', '2026-03-01'),
				exit('B', 'B', '2026-01-28'),
				exit('C', 'C', '2026-01-28'),
				exit('H', 'H', '2026-01-28')
			],
			Services: [bedNight('N', 'N', '2026-04-29')]
		},
		['Q7b', 'Q8b'],
		['P1', 'P2', 'P3', 'P4', 'P5']
	);
	expect(nonZero(t.Q7b)).toEqual({
		B2: 3,
		C2: 1,
		D2: 2,
		B3: 2,
		C3: 1,
		D3: 1,
		B4: 1,
		D4: 1,
		B5: 3,
		C5: 3
	});
	expect(who(t.Q7b, 'B2')).toEqual(['A', 'B', 'K']);
	expect(nonZero(t.Q8b)).toEqual({
		B2: 2,
		C2: 1,
		D2: 1,
		B3: 2,
		C3: 1,
		D3: 1,
		B4: 1,
		D4: 1,
		B5: 3,
		C5: 3
	});
	expect(who(t.Q8b, 'D4')).toEqual(['A']);
});

test('Q7b counts a person present in two projects on a date once', async () => {
	const t = await tables(
		{
			Project: [{ ProjectType: 2 }, { ProjectType: 4 }],
			Client: [person('A')],
			Enrollment: [
				stay('e1', 'A', 'H1', '2025-10-01'),
				stay('e2', 'A', 'H2', '2025-10-01', { ProjectID: 'P2' })
			]
		},
		['Q7b', 'Q8b'],
		['P1', 'P2']
	);
	expect(nonZero(t.Q7b)).toEqual({ B2: 1, C2: 1, B3: 1, C3: 1, B4: 1, C4: 1, B5: 1, C5: 1 });
	// Two households, one head: the head is counted once.
	expect(t.Q8b.values.B2).toBe(1);
});

test('Q9a and Q9b count contacts up to engagement, by where the first one was', async () => {
	const days = (from: number, to: number) =>
		Array.from({ length: to - from + 1 }, (_, i) => from + i);
	const t = await tables(
		{
			Project: [{ ProjectType: 4 }],
			Client: ['A', 'B', 'C', 'D', 'E', 'G', 'H']
				.map((id) => person(id))
				.concat(person('F', '2015-01-01')),
			Enrollment: [
				stay('A', 'A', 'HA', '2025-09-01', { DateOfEngagement: '2025-10-10' }),
				stay('F', 'F', 'HA', '2025-09-01', {
					RelationshipToHoH: 2,
					DateOfEngagement: '2025-10-10'
				}),
				stay('B', 'B', 'HB', '2025-11-01', { DateOfEngagement: '2025-11-01' }),
				stay('C', 'C', 'HC', '2025-11-01'),
				stay('D', 'D', 'HD', '2025-11-01', { DateOfEngagement: '2026-10-15' }),
				stay('E', 'E', 'HE', '2025-08-01', { DateOfEngagement: '2025-08-05' }),
				stay('G', 'G', 'HG', '2025-11-01', { DateOfEngagement: '2025-12-01' }),
				stay('H', 'H', 'HH', '2025-11-01')
			],
			Exit: [exit('H', 'H', '2025-12-01')],
			CurrentLivingSituation: [
				// A: a contact before the report start counts; the one on the engagement date too.
				contact('A', 'A', '2025-09-05', 116),
				contact('A', 'A', '2025-10-10', 410),
				contact('F', 'F', '2025-10-10', 116),
				// C: first found in "other"; a duplicate record on 11-02 counts once.
				contact('C', 'C', '2025-11-01', 17),
				contact('C', 'C', '2025-11-02', 116),
				contact('C', 'C', '2025-11-02', 116),
				contact('C', 'C', '2025-11-03', 101),
				contact('C', 'C', '2025-11-04', 116),
				contact('C', 'C', '2025-11-05', 116),
				// D: ten contacts, engaged after the report end.
				contact('D', 'D', '2025-11-01', 8),
				...days(2, 10).map((d) => contact('D', 'D', `2025-11-${String(d).padStart(2, '0')}`, 116)),
				// E: contacted and engaged before the report: not in either table.
				contact('E', 'E', '2025-08-05', 116),
				// G: a contact after the engagement date does not count; the engagement date does.
				contact('G', 'G', '2025-11-15', 116),
				contact('G', 'G', '2026-01-10', 116),
				// H: a contact after the exit does not count.
				contact('H', 'H', '2025-11-10', 116),
				contact('H', 'H', '2025-12-05', 116)
			]
		},
		['Q9a', 'Q9b']
	);
	expect(nonZero(t.Q9a)).toEqual({
		B2: 2,
		D2: 1,
		E2: 1,
		B3: 3,
		C3: 1,
		D3: 2,
		B5: 1,
		E5: 1,
		B6: 6,
		C6: 1,
		D6: 3,
		E6: 2
	});
	expect(who(t.Q9a, 'E2')).toEqual(['B']);
	expect(who(t.Q9a, 'D3')).toEqual(['A', 'G']);
	expect(nonZero(t.Q9b)).toEqual({
		B2: 1,
		E2: 1,
		B3: 2,
		D3: 2,
		B6: 3,
		D6: 2,
		E6: 1,
		B7: 3 / 6,
		D7: 2 / 3,
		E7: 1 / 2
	});
});
