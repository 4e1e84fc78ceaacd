// Services.csv (night-by-night bed nights, RHY services, Moving On assistance) and
// CurrentLivingSituation.csv (street outreach contacts and other contacts).
import { quote, timestamp, type CsvWriter } from './csv';
import { dateText } from './dates';
import type { Episode } from './model';
import { Rng, weighted } from './rng';
import type { FamilyVisitor, SampleRun } from './run';
import { REPORT_END } from './timeline';

const SERVICES_FILE = 9;
const CONTACT_FILE = 10;

const RHY_SERVICES = [2, 5, 6, 7, 8, 10, 14, 17, 18, 26];
const MOVING_ON = weighted<number>([
	[1, 30],
	[2, 30],
	[3, 20],
	[4, 15],
	[5, 5]
]);

/**
 * Services rows come in the millions (a bed night per person per night), so they are written
 * from a template. Columns: ServicesID, EnrollmentID, PersonalID, DateProvided, RecordType,
 * TypeProvided, OtherTypeProvided, MovingOnOtherType, SubTypeProvided, FAAmount, FAStartDate,
 * FAEndDate, ReferralOutcome, DateCreated, DateUpdated, UserID, DateDeleted, ExportID.
 */
export function writeServices(w: CsvWriter, run: SampleRun): FamilyVisitor {
	if (w.spec.columns.length !== 18 || w.spec.columns[13].name !== 'DateCreated') {
		throw new Error('Services.csv layout changed: update the sample template');
	}
	const rng = new Rng();
	const tail = `,,${run.exportId}`;
	const nights: number[] = [];
	let id = 1;
	const row = (
		enrollmentId: number,
		personalId: number,
		day: number,
		record: number,
		type: number,
		movingOnOther: string,
		user: string
	) => {
		const created = timestamp(day, enrollmentId);
		const service = `${id++},${enrollmentId},${personalId},${dateText(day)},${record},${type}`;
		w.line(`${service},,${movingOnOther},,,,,,${created},${created},${user}${tail}`);
	};
	return (family) => {
		rng.reseed(run.fileSeed(family, SERVICES_FILE));
		for (const ep of family.episodes) {
			const key = ep.project.key;
			if (key === 'nbn') {
				bedNights(rng, ep, nights);
				for (const stay of ep.stays) {
					const user = run.user(ep.project, stay.enrollmentId);
					for (const night of nights) {
						if (night >= stay.entry)
							row(stay.enrollmentId, stay.member.personalId, night, 200, 200, '', user);
					}
				}
			} else if (key === 'youthTh') {
				const head = ep.stays[0];
				const until = ep.exit >= 0 ? ep.exit : REPORT_END;
				const count = rng.range(1, 5);
				for (let k = 0; k < count; k++) {
					const day = head.entry + rng.int(until - head.entry + 1);
					row(
						head.enrollmentId,
						head.member.personalId,
						day,
						142,
						rng.pick(RHY_SERVICES),
						'',
						run.user(ep.project, k)
					);
				}
			} else if (key === 'psh' && ep.exit >= 0 && rng.chance(0.3)) {
				// Moving On assistance for people leaving supportive housing.
				const head = ep.stays[0];
				const type = rng.draw(MOVING_ON);
				const other = type === 5 ? quote('Furniture, bedding and a bus pass') : '';
				row(
					head.enrollmentId,
					head.member.personalId,
					Math.max(head.entry, ep.exit - rng.int(30)),
					300,
					type,
					other,
					run.user(ep.project, 1)
				);
			}
		}
	};
}

/** The nights a night-by-night household slept there: first and last night, most nights between. */
function bedNights(rng: Rng, ep: Episode, out: number[]): void {
	out.length = 0;
	const first = ep.entry;
	const last = ep.lastNight;
	const attendance = 0.55 + rng.float() * 0.4;
	for (let night = first; night <= last; night++) {
		if (night === first || night === last || rng.chance(attendance)) out.push(night);
	}
}

const OUTREACH = weighted<number>([
	[116, 68],
	[101, 8],
	[118, 2],
	[37, 5],
	[17, 2],
	[314, 4],
	[335, 3],
	[336, 3],
	[8, 1],
	[9, 1],
	[99, 3]
]);
const LOCATIONS = [
	'Under the Main St. bridge',
	'Riverside Park, east pavilion',
	'Bus station',
	'Encampment behind the rail yard',
	'Library steps'
];
/** Codes CurrentLivingSituation may not use (3.12.1 minus the column's exclusions). */
const NOT_FOR_CONTACTS = new Set([312, 313, 327, 422, 423, 426, 30, 24]);

export function writeCurrentLivingSituations(w: CsvWriter, run: SampleRun): FamilyVisitor {
	const rng = new Rng();
	const c = w.col;
	const contacts: number[] = [];
	const situations: number[] = [];
	let id = 1;
	return (family) => {
		rng.reseed(run.fileSeed(family, CONTACT_FILE));
		for (const ep of family.episodes) {
			if (!contactDays(rng, ep, contacts)) continue;
			situations.length = 0;
			const outreach = ep.project.type === 4;
			for (let k = 0; k < contacts.length; k++) {
				const prior = NOT_FOR_CONTACTS.has(ep.priorLiving) ? 116 : ep.priorLiving;
				situations.push(outreach ? rng.draw(OUTREACH) : prior);
			}
			for (const stay of ep.stays) {
				const m = stay.member;
				if (!m.adult && m.relationshipToHoH !== 1) continue;
				for (let k = 0; k < contacts.length; k++) {
					if (contacts[k] < stay.entry) continue;
					const cells = w.cells;
					cells[c.CurrentLivingSitID] = id++;
					cells[c.EnrollmentID] = stay.enrollmentId;
					cells[c.PersonalID] = m.personalId;
					cells[c.InformationDate] = dateText(contacts[k]);
					const situation = situations[k];
					cells[c.CurrentLivingSituation] = situation;
					if (situation === 435) cells[c.CLSSubsidyType] = ep.priorSubsidy || 420;
					if (outreach && rng.chance(0.12)) cells[c.LocationDetails] = quote(rng.pick(LOCATIONS));
					w.stamp(timestamp(contacts[k], id), run.user(ep.project, k), run.exportId);
					w.emit();
				}
			}
		}
	};
}

/** Contact dates of an episode: outreach every week or few, others at start and engagement. */
function contactDays(rng: Rng, ep: Episode, out: number[]): boolean {
	out.length = 0;
	const type = ep.project.type;
	const until = ep.exit >= 0 ? ep.exit : REPORT_END;
	if (type === 4) {
		let day = ep.entry;
		while (day <= until && out.length < 40) {
			out.push(day);
			const next = day + rng.expo(14, 3, 60);
			if (ep.engagement > day && ep.engagement < next) out.push(ep.engagement);
			day = next;
		}
	} else if (type === 14 || type === 6) {
		out.push(ep.entry);
		if (ep.engagement > ep.entry) out.push(ep.engagement);
	} else if (type === 1 && ep.engagement >= 0) out.push(ep.engagement);
	return out.length > 0;
}
