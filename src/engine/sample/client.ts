// Client.csv: one row per person, with names, SSN, birth date, sex, race and ethnicity and
// veteran details, including the data-quality codes HUD's Q6a counts.
import { RACE_COLUMNS } from '../hmis/schema';
import { quote, timestamp, type CsvWriter } from './csv';
import { dateText, yearOf } from './dates';
import type { Family, Member } from './model';
import { Rng, weighted } from './rng';
import type { FamilyVisitor, SampleRun } from './run';
import { EXPORT_DATE } from './timeline';

const FIRST = [
	'James',
	'Maria',
	'Robert',
	'Linda',
	'Michael',
	'Patricia',
	'David',
	'Jennifer',
	'William',
	'Elizabeth',
	'Joseph',
	'Angela',
	'Charles',
	'Keisha',
	'Anthony',
	'Brittany',
	'Darnell',
	'Latoya',
	'José',
	'Guadalupe',
	'Andre',
	'Tamika',
	'Kevin',
	'Ashley',
	'Jamal',
	'Crystal',
	'Luis',
	'Rosa',
	'Tyrone',
	'Destiny',
	'Zoë',
	'Nguyen',
	'Mai',
	'Ahmed',
	'Fatima',
	'Dakota',
	'Skyler',
	'Jordan',
	'Aaliyah',
	'Mateo',
	'Sofia',
	'Ethan',
	'Olivia',
	'Noah',
	'Emma',
	'Liam',
	'Ava',
	'Elijah',
	'Mia',
	'Isaiah',
	'Amara',
	'Connor',
	'Hannah'
];
const LAST = [
	'Smith',
	'Johnson',
	'Williams',
	'Brown',
	'Jones',
	'Garcia',
	'Miller',
	'Davis',
	'Rodriguez',
	'Martinez',
	'Hernández',
	'Lopez',
	'Wilson',
	'Anderson',
	'Thomas',
	'Taylor',
	'Moore',
	'Jackson',
	'Martin',
	'Lee',
	'Thompson',
	'White',
	'Harris',
	'Clark',
	'Lewis',
	'Robinson',
	'Walker',
	'Young',
	'Allen',
	'King',
	'Wright',
	'Scott',
	'Torres',
	'Nguyen',
	'Hill',
	'Flores',
	'Green',
	'Adams',
	'Nelson',
	'Baker',
	'Hall',
	'Rivera',
	'Campbell',
	'Mitchell',
	'Carter',
	'Roberts',
	"O'Neil",
	'Begay',
	'Yazzie',
	'Kealoha',
	'Haddad',
	'Osei'
];
const NICKNAMES = ['Red', 'Tex', 'Shorty', 'Doc', 'Smoke', 'Lucky'];
const SUFFIXES = ['Jr.', 'Sr.', 'III'];
const ADDITIONAL = [
	'Somali',
	'Puerto Rican',
	'Hmong',
	'Salvadoreño, Maya',
	'Lakota',
	'Haitian',
	'Filipino'
];

const RACE_WEIGHTS = weighted<number>([
	[0, 3],
	[1, 2],
	[2, 38],
	[3, 15],
	[4, 1.5],
	[5, 1],
	[6, 40]
]);

const DATA_QUALITY = weighted<number>([
	[8, 35],
	[9, 30],
	[99, 35]
]);
const DISCHARGE = weighted<number>([
	[1, 70],
	[2, 15],
	[6, 7],
	[4, 2],
	[5, 1],
	[7, 2],
	[8, 1],
	[9, 1],
	[99, 1]
]);
const BRANCH = weighted<number>([
	[1, 45],
	[2, 15],
	[3, 20],
	[4, 15],
	[6, 4],
	[7, 1]
]);

/** Conflicts by service years: the columns are set when the service overlaps them. */
const THEATERS: [string, number, number][] = [
	['WorldWarII', 1941, 1945],
	['KoreanWar', 1950, 1953],
	['VietnamWar', 1961, 1975],
	['DesertStorm', 1990, 1991],
	['AfghanistanOEF', 2001, 2021],
	['IraqOIF', 2003, 2010],
	['IraqOND', 2010, 2011]
];

const FILE = 1;

export function writeClients(w: CsvWriter, run: SampleRun): FamilyVisitor {
	const rng = new Rng();
	const deletedAt = EXPORT_DATE.slice(0, 10) + ' 05:55:00';
	return (family) => {
		rng.reseed(run.fileSeed(family, FILE));
		const familyName = rng.pick(LAST);
		const firstEntry = family.episodes[0].entry;
		const user = run.user(family.episodes[0].project, family.index);
		for (const m of family.members) {
			const name = m.position === 0 || rng.chance(0.85) ? familyName : rng.pick(LAST);
			const line = clientRow(w, run, rng, family, m, name, firstEntry, user, m.personalId, '');
			w.line(line);
			if (m.position !== 0) continue;
			if (family.problem === 'duplicate-client') {
				w.line(line);
				run.problem('duplicate-client');
			} else if (family.problem === 'deleted-client') {
				// The same person entered a second time and later merged: the copy is deleted.
				w.line(
					clientRow(
						w,
						run,
						rng,
						family,
						m,
						name,
						firstEntry,
						user,
						family.extraPersonalId,
						deletedAt
					)
				);
				run.problem('deleted-client');
			}
		}
	};
}

function clientRow(
	w: CsvWriter,
	run: SampleRun,
	rng: Rng,
	family: Family,
	m: Member,
	lastName: string,
	firstEntry: number,
	user: string,
	personalId: number,
	deleted: string
): string {
	const head = m.position === 0;
	w.set('PersonalID', personalId);
	const nameRoll = rng.float();
	if (nameRoll < 0.97) {
		w.set('FirstName', quote(rng.pick(FIRST)));
		if (rng.chance(0.3)) w.set('MiddleName', String.fromCharCode(65 + rng.int(26)));
		w.set('LastName', quote(lastName));
		if (m.adult && rng.chance(0.02)) w.set('NameSuffix', rng.pick(SUFFIXES));
		w.set('NameDataQuality', 1);
	} else if (nameRoll < 0.985) {
		w.set('FirstName', rng.pick(NICKNAMES));
		w.set('NameDataQuality', 2);
	} else w.set('NameDataQuality', rng.draw(DATA_QUALITY));

	if (family.problem === 'invalid-ssn' && head) {
		w.set('SSN', '000' + String(rng.range(100000, 999999)));
		w.set('SSNDataQuality', 1);
		run.problem('invalid-ssn');
	} else {
		const ssnRoll = rng.float();
		const missing = m.adult ? 0.06 : 0.1;
		if (ssnRoll < 1 - missing - 0.04) {
			let area = rng.range(1, 898);
			if (area === 666) area = 667;
			w.set('SSN', pad(area, 3) + pad(rng.range(1, 99), 2) + pad(rng.range(1, 9999), 4));
			w.set('SSNDataQuality', 1);
		} else if (ssnRoll < 1 - missing) {
			w.set('SSN', 'xxxxx' + pad(rng.range(1, 9999), 4));
			w.set('SSNDataQuality', 2);
		} else w.set('SSNDataQuality', rng.draw(DATA_QUALITY));
	}

	if (!Number.isNaN(m.dob)) w.set('DOB', dateText(m.dob));
	w.set('DOBDataQuality', m.dobQuality);

	if (family.problem === 'out-of-list-sex' && head) {
		w.set('Sex', 2);
		run.problem('out-of-list-sex');
	} else {
		const sexRoll = rng.float();
		const female = m.survivor && m.adult ? 0.85 : 0.5;
		w.set(
			'Sex',
			sexRoll < 0.015 ? rng.draw(DATA_QUALITY) : sexRoll < 0.015 + female * 0.985 ? 0 : 1
		);
	}

	for (let i = 0; i < RACE_COLUMNS.length; i++) w.cells[w.col[RACE_COLUMNS[i]]] = 0;
	if (rng.chance(0.015)) w.set('RaceNone', rng.draw(DATA_QUALITY));
	else {
		w.set(RACE_COLUMNS[rng.draw(RACE_WEIGHTS)], 1);
		if (rng.chance(0.12)) w.set(RACE_COLUMNS[rng.draw(RACE_WEIGHTS)], 1);
		if (rng.chance(0.03)) w.set('AdditionalRaceEthnicity', quote(rng.pick(ADDITIONAL)));
	}

	if (m.veteran) {
		w.set('VeteranStatus', 1);
		veteranDetails(w, rng, m);
	} else if (m.adult && rng.chance(0.015)) w.set('VeteranStatus', rng.draw(DATA_QUALITY));
	else w.set('VeteranStatus', 0);

	const created = timestamp(firstEntry, family.index + m.position);
	w.set('DateCreated', created);
	w.set('DateUpdated', created);
	w.set('UserID', user);
	w.set('DateDeleted', deleted);
	w.set('ExportID', run.exportId);
	const line = w.cells.join(',');
	w.cells.fill('');
	return line;
}

function veteranDetails(w: CsvWriter, rng: Rng, m: Member): void {
	if (Number.isNaN(m.dob)) {
		for (const [column] of THEATERS) w.set(column, 99);
		w.set('OtherTheater', 99);
		w.set('MilitaryBranch', rng.draw(BRANCH));
		w.set('DischargeStatus', rng.draw(DISCHARGE));
		return;
	}
	const born = yearOf(m.dob);
	const entered = born + rng.range(18, 24);
	const separated = Math.min(2025, entered + rng.range(2, 20));
	w.set('YearEnteredService', entered);
	w.set('YearSeparated', separated);
	for (const [column, from, to] of THEATERS) {
		w.set(column, entered <= to && separated >= from && rng.chance(0.6) ? 1 : 0);
	}
	w.set('OtherTheater', rng.chance(0.1) ? 1 : 0);
	w.set('MilitaryBranch', rng.draw(BRANCH));
	w.set('DischargeStatus', rng.draw(DISCHARGE));
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}
