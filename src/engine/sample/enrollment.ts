// Enrollment.csv and Exit.csv: one enrollment per person per stay, with the prior living
// situation and chronic-homelessness fields (3.917), move-in and engagement dates, and the
// exits with their destinations.
import { quote, timestamp, type CsvWriter } from './csv';
import { dateText, dayOf } from './dates';
import { disabling, type Episode, type Family, type Stay } from './model';
import { PREVENTION_OUTCOMES } from './codes';
import { Rng, weighted } from './rng';
import type { FamilyVisitor, SampleRun } from './run';
import { REPORT_END } from './timeline';

/** Records are keyed up to the day before the export was taken. */
const LAST_KEYED = dayOf(2026, 10, 4);

/** Days between an event and its data entry: what APR Q6e (timeliness) measures. */
export function entryLag(rng: Rng): number {
	const r = rng.float();
	if (r < 0.6) return 0;
	if (r < 0.8) return rng.range(1, 3);
	if (r < 0.88) return rng.range(4, 6);
	if (r < 0.93) return rng.range(7, 10);
	return rng.range(11, 30);
}

export function keyedOn(day: number, lag: number): number {
	return Math.min(day + lag, LAST_KEYED);
}

const HOMELESS_LOS = weighted<number>([
	[10, 5],
	[11, 10],
	[2, 15],
	[3, 20],
	[4, 25],
	[5, 25]
]);
const INSTITUTION_LOS = weighted<number>([
	[10, 5],
	[11, 10],
	[2, 20],
	[3, 25],
	[4, 25],
	[5, 15]
]);
const HOUSED_LOS = weighted<number>([
	[10, 10],
	[11, 20],
	[2, 25],
	[3, 20],
	[4, 15],
	[5, 10]
]);
const UNKNOWN = weighted<number>([
	[8, 35],
	[9, 25],
	[99, 40]
]);
const TIMES_SHORT = weighted<number>([
	[1, 55],
	[2, 25],
	[3, 12],
	[4, 8]
]);
const TIMES_LONG = weighted<number>([
	[1, 45],
	[2, 15],
	[3, 10],
	[4, 30]
]);
const REFERRAL = weighted<number>([
	[1, 30],
	[2, 20],
	[7, 15],
	[11, 10],
	[28, 5],
	[30, 5],
	[35, 3],
	[38, 4],
	[39, 6],
	[8, 1],
	[99, 1]
]);

const ENROLLMENT_FILE = 2;
const EXIT_FILE = 3;

export function writeEnrollments(w: CsvWriter, run: SampleRun): FamilyVisitor {
	const rng = new Rng();
	return (family) => {
		rng.reseed(run.fileSeed(family, ENROLLMENT_FILE));
		for (const ep of family.episodes) {
			for (const stay of ep.stays) {
				const line = enrollmentRow(w, run, rng, family, ep, stay, stay.enrollmentId, '');
				w.line(line);
				if (family.problem === 'two-heads' && stay.member.position === 1) run.problem('two-heads');
				if (
					family.problem === 'deleted-enrollment' &&
					ep.index === 0 &&
					stay.member.position === 0
				) {
					// Keyed twice by mistake; the duplicate enrollment was deleted.
					const deleted = timestamp(keyedOn(stay.entry, 2), 7);
					w.line(enrollmentRow(w, run, rng, family, ep, stay, family.extraEnrollmentId, deleted));
					run.problem('deleted-enrollment');
				}
			}
		}
	};
}

function enrollmentRow(
	w: CsvWriter,
	run: SampleRun,
	rng: Rng,
	family: Family,
	ep: Episode,
	stay: Stay,
	enrollmentId: number,
	deleted: string
): string {
	const m = stay.member;
	const project = ep.project;
	const head = m.relationshipToHoH === 1;
	w.set('EnrollmentID', enrollmentId);
	w.set('PersonalID', m.personalId);
	w.set('ProjectID', project.id);
	w.set('EntryDate', dateText(stay.entry));
	w.set('HouseholdID', ep.householdId);
	w.set('RelationshipToHoH', m.relationshipToHoH);
	w.set(
		'EnrollmentCoC',
		project.cocs.length > 1 ? project.cocs[ep.householdId % project.cocs.length] : project.cocs[0]
	);
	if (m.adult || head) chronicFields(w, rng, family, ep, stay);
	w.set('DisablingCondition', disablingCondition(rng, disabling(m)));
	if (ep.engagement >= 0 && (m.adult || head)) w.set('DateOfEngagement', dateText(ep.engagement));
	if (ep.moveIn >= 0 && head) w.set('MoveInDate', dateText(Math.max(ep.moveIn, stay.entry)));
	if (project.key === 'youthTh' && (m.adult || head)) runawayYouthFields(w, rng, stay);
	const created = keyedOn(stay.entry, entryLag(rng));
	w.set('DateCreated', timestamp(created, enrollmentId));
	w.set(
		'DateUpdated',
		timestamp(rng.chance(0.3) ? keyedOn(created, rng.range(1, 60)) : created, enrollmentId + 5)
	);
	w.set('UserID', run.user(project, enrollmentId));
	w.set('DateDeleted', deleted);
	w.set('ExportID', run.exportId);
	const line = w.cells.join(',');
	w.cells.fill('');
	return line;
}

function disablingCondition(rng: Rng, disabled: boolean): number {
	const r = rng.float();
	if (r < 0.015) return rng.draw(UNKNOWN);
	// A few records say "no" although a disabling condition is recorded (APR Q6b data issue).
	if (disabled) return r < 0.02 ? 0 : 1;
	return 0;
}

/** 3.917 prior living situation and the fields HUD's chronic-homelessness rule reads. */
function chronicFields(w: CsvWriter, rng: Rng, family: Family, ep: Episode, stay: Stay): void {
	const situation = ep.priorLiving;
	w.set('LivingSituation', situation);
	if (situation === 435 && ep.priorSubsidy > 0) w.set('RentalSubsidyType', ep.priorSubsidy);
	const homeless = situation >= 100 && situation < 200;
	const institution = situation >= 200 && situation < 300;
	const missing = rng.float();
	const los =
		missing < 0.015
			? rng.draw(UNKNOWN)
			: rng.draw(homeless ? HOMELESS_LOS : institution ? INSTITUTION_LOS : HOUSED_LOS);
	w.set('LengthOfStay', los);

	let cameFromStreet = homeless;
	if (!homeless) {
		const short = institution
			? los === 10 || los === 11 || los === 2 || los === 3
			: los === 10 || los === 11;
		const under = los === 8 || los === 9 || los === 99 ? 99 : short ? 1 : 0;
		w.set('LOSUnderThreshold', under);
		if (under === 1) {
			cameFromStreet = rng.chance(0.7);
			w.set('PreviousStreetESSH', cameFromStreet ? 1 : 0);
		}
	}
	// Shelters, safe havens and street outreach ask the history of everyone (3.917A); for them a
	// stay that did not follow the street starts its episode on the entry date.
	const type = ep.project.type;
	const everyone = type === 0 || type === 1 || type === 4 || type === 8;
	if (!cameFromStreet && !everyone) return;

	const since = cameFromStreet ? Math.min(family.homelessSince, stay.entry) : stay.entry;
	const days = stay.entry - since;
	if (rng.float() >= 0.03) w.set('DateToStreetESSH', dateText(since));
	const timesRoll = rng.float();
	const times =
		timesRoll < 0.02 ? rng.draw(UNKNOWN) : rng.draw(days >= 365 ? TIMES_LONG : TIMES_SHORT);
	w.set('TimesHomelessPastThreeYears', times);
	const monthsRoll = rng.float();
	let months: number;
	if (monthsRoll < 0.02) months = rng.draw(UNKNOWN);
	else if (times === 1) months = 100 + Math.min(13, Math.max(1, Math.ceil(days / 30)));
	else months = 100 + Math.min(13, Math.max(1, Math.ceil(days / 30) + rng.range(0, 8)));
	w.set('MonthsHomelessPastThreeYears', months);
}

/** The RHY entry questions of the youth transitional living project. */
function runawayYouthFields(w: CsvWriter, rng: Rng, stay: Stay): void {
	w.set('ReferralSource', rng.draw(REFERRAL));
	w.set('DateOfBCPStatus', dateText(stay.entry));
	w.set('EligibleForRHY', 1);
	w.set('RunawayYouth', rng.chance(0.3) ? 1 : 0);
	const ward = (prefix: string) => {
		const yes = rng.chance(0.2);
		w.set(`FormerWard${prefix}`, yes ? 1 : 0);
		if (yes) {
			const years = rng.range(1, 3);
			w.set(`${prefix === 'ChildWelfare' ? 'ChildWelfare' : 'JuvenileJustice'}Years`, years);
			if (years === 1)
				w.set(
					`${prefix === 'ChildWelfare' ? 'ChildWelfare' : 'JuvenileJustice'}Months`,
					rng.range(1, 11)
				);
		}
	};
	ward('ChildWelfare');
	ward('JuvenileJustice');
	for (const c of [
		'UnemploymentFam',
		'MentalHealthDisorderFam',
		'PhysicalDisabilityFam',
		'AlcoholDrugUseDisorderFam',
		'InsufficientIncome',
		'IncarceratedParent'
	]) {
		w.set(c, rng.chance(0.02) ? rng.draw(UNKNOWN) : rng.chance(0.3) ? 1 : 0);
	}
}

const COMPLETION = weighted<number>([
	[1, 60],
	[2, 25],
	[3, 15]
]);
const OTHER_DESTINATION = [
	"Staying in a camper on a relative's land",
	'Left with no forwarding address',
	'Moved out of state, "temporary"'
];

export function writeExits(w: CsvWriter, run: SampleRun): FamilyVisitor {
	const rng = new Rng();
	return (family) => {
		rng.reseed(run.fileSeed(family, EXIT_FILE));
		for (const ep of family.episodes) {
			if (ep.exit < 0) continue;
			// W5 is asked of every member of a prevention household at exit: one outcome for all.
			const prevention = ep.project.type === 12 ? rng.draw(PREVENTION_OUTCOMES) : null;
			for (const stay of ep.stays) {
				const m = stay.member;
				w.set('ExitID', stay.enrollmentId);
				w.set('EnrollmentID', stay.enrollmentId);
				w.set('PersonalID', m.personalId);
				w.set('ExitDate', dateText(ep.exit));
				w.set('Destination', ep.destination);
				if (ep.destinationSubsidy > 0) w.set('DestinationSubsidyType', ep.destinationSubsidy);
				if (ep.destination === 17) w.set('OtherDestination', quote(rng.pick(OTHER_DESTINATION)));
				if (prevention) {
					w.set('HousingAssessment', prevention[0]);
					if (prevention[1] !== null) w.set('SubsidyInformation', prevention[1]);
				}
				if (ep.project.key === 'youthTh' && (m.adult || m.relationshipToHoH === 1))
					youthExitFields(w, rng);
				const created = keyedOn(ep.exit, entryLag(rng));
				w.set('DateCreated', timestamp(created, stay.enrollmentId + 3));
				w.set('DateUpdated', timestamp(created, stay.enrollmentId + 3));
				w.set('UserID', run.user(ep.project, stay.enrollmentId));
				w.set('ExportID', run.exportId);
				w.emit();
			}
		}
		if (family.problem === 'orphan-exit') {
			// An exit whose enrollment is missing from the export.
			const ep = family.episodes[0];
			const head = ep.stays[0];
			const orphan = `X${head.enrollmentId}`;
			const day = ep.exit >= 0 ? ep.exit : Math.min(ep.entry + 10, REPORT_END);
			w.set('ExitID', orphan);
			w.set('EnrollmentID', orphan);
			w.set('PersonalID', head.member.personalId);
			w.set('ExitDate', dateText(day));
			w.set('Destination', 99);
			w.set('DateCreated', timestamp(keyedOn(day, 1), 1));
			w.set('DateUpdated', timestamp(keyedOn(day, 1), 1));
			w.set('UserID', run.user(ep.project, 0));
			w.set('ExportID', run.exportId);
			w.emit();
			run.problem('orphan-exit');
		}
	};
}

function youthExitFields(w: CsvWriter, rng: Rng): void {
	const status = rng.draw(COMPLETION);
	w.set('ProjectCompletionStatus', status);
	if (status === 3) w.set('EarlyExitReason', rng.range(1, 6));
	w.set('DestinationSafeClient', rng.chance(0.85) ? 1 : 0);
	w.set('DestinationSafeWorker', rng.pick([0, 1, 1, 1, 2]));
	w.set('PosAdultConnections', rng.pick([0, 1, 1, 2]));
	w.set('PosPeerConnections', rng.pick([0, 1, 1, 2]));
	w.set('PosCommunityConnections', rng.pick([0, 1, 2]));
}
