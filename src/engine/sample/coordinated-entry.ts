// Assessment.csv, AssessmentQuestions.csv, AssessmentResults.csv and Event.csv: the
// coordinated-entry project's assessments of heads of household and its referrals.
import { quote, timestamp, type CsvWriter } from './csv';
import { dateText } from './dates';
import type { Episode, Family, Stay } from './model';
import { PROJECT, type ProjectKey } from './projects';
import { unit } from './rng';
import type { FamilyVisitor, SampleRun } from './run';
import { REPORT_END } from './timeline';

const LOCATIONS = ['Downtown Access Point', 'County CE Hotline', 'Northside Library Hub'];
const QUESTIONS: [string, string, (u: number) => string][] = [
	['Housing history', 'Times moved in the past year', (u) => String(Math.floor(u * 6))],
	['Housing history', 'Evicted in the past three years', (u) => (u < 0.3 ? 'Yes' : 'No')],
	[
		'Health and wellness',
		'Emergency room visits in the past six months',
		(u) => String(Math.floor(u * 5))
	]
];

/** Referral event (4.20.2) that leads to the next project of the family's path. */
const REFERRAL_TO: Partial<Record<ProjectKey, number>> = {
	es: 10,
	nbn: 10,
	th: 11,
	rrh: 13,
	rrhSso: 13,
	psh: 14,
	sh: 15
};

interface Assessed {
	family: Family;
	ep: Episode;
	stay: Stay;
	/** 1 crisis needs, 2 housing needs. */
	level: number;
	id: string;
	day: number;
}

/** Each coordinated-entry stay's head gets a crisis assessment, and some a housing assessment. */
function eachAssessment(visit: (a: Assessed) => void): FamilyVisitor {
	return (family) => {
		for (const ep of family.episodes) {
			if (ep.project.type !== 14) continue;
			const stay = ep.stays[0];
			const until = ep.exit >= 0 ? ep.exit : REPORT_END;
			const levels = unit(family.seed, stay.enrollmentId * 8 + 1) < 0.35 ? 2 : 1;
			for (let level = 1; level <= levels; level++) {
				const offset = Math.floor(
					unit(family.seed, stay.enrollmentId * 8 + 1 + level) * (level === 1 ? 3 : 20)
				);
				visit({
					family,
					ep,
					stay,
					level,
					id: `${stay.enrollmentId}-${level}`,
					day: Math.min(stay.entry + offset, until)
				});
			}
		}
	};
}

function stamp(w: CsvWriter, run: SampleRun, a: Assessed): void {
	w.stamp(timestamp(a.day, a.level), run.user(a.ep.project, a.level), run.exportId);
}

export function writeAssessments(w: CsvWriter, run: SampleRun): FamilyVisitor {
	return eachAssessment((a) => {
		const u = unit(a.family.seed, a.stay.enrollmentId * 8 + 5 + a.level);
		w.set('AssessmentID', a.id);
		w.set('EnrollmentID', a.stay.enrollmentId);
		w.set('PersonalID', a.stay.member.personalId);
		w.set('AssessmentDate', dateText(a.day));
		w.set('AssessmentLocation', LOCATIONS[Math.floor(u * LOCATIONS.length)]);
		w.set('AssessmentType', 1 + (Math.floor(u * 7) % 3));
		w.set('AssessmentLevel', a.level);
		w.set('PrioritizationStatus', u < 0.7 ? 1 : 2);
		stamp(w, run, a);
		w.emit();
	});
}

export function writeAssessmentQuestions(w: CsvWriter, run: SampleRun): FamilyVisitor {
	return eachAssessment((a) => {
		QUESTIONS.forEach(([group, question, answer], k) => {
			w.set('AssessmentQuestionID', `${a.id}-${k + 1}`);
			w.set('AssessmentID', a.id);
			w.set('EnrollmentID', a.stay.enrollmentId);
			w.set('PersonalID', a.stay.member.personalId);
			w.set('AssessmentQuestionGroup', group);
			w.set('AssessmentQuestionOrder', k + 1);
			w.set('AssessmentQuestion', question);
			w.set('AssessmentAnswer', answer(unit(a.family.seed, a.stay.enrollmentId * 8 + k)));
			stamp(w, run, a);
			w.emit();
		});
	});
}

export function writeAssessmentResults(w: CsvWriter, run: SampleRun): FamilyVisitor {
	return eachAssessment((a) => {
		const score = Math.floor(unit(a.family.seed, a.stay.enrollmentId * 8 + 7) * 17);
		w.set('AssessmentResultID', a.id);
		w.set('AssessmentID', a.id);
		w.set('EnrollmentID', a.stay.enrollmentId);
		w.set('PersonalID', a.stay.member.personalId);
		w.set(
			'AssessmentResultType',
			quote(a.level === 1 ? 'Crisis score (0-16)' : 'Housing prioritization score, 0-16')
		);
		w.set('AssessmentResult', score);
		stamp(w, run, a);
		w.emit();
	});
}

export function writeEvents(w: CsvWriter, run: SampleRun): FamilyVisitor {
	let id = 1;
	return (family) => {
		for (const ep of family.episodes) {
			if (ep.project.type !== 14) continue;
			const stay = ep.stays[0];
			const next = family.episodes[ep.index + 1];
			const until = ep.exit >= 0 ? ep.exit : REPORT_END;
			const u = unit(family.seed, stay.enrollmentId * 8 + 3);
			const eventDay = Math.min(stay.entry + Math.floor(u * 10), until);
			const event = next ? (REFERRAL_TO[next.project.key] ?? 7) : u < 0.5 ? 2 : 3;
			w.set('EventID', id++);
			w.set('EnrollmentID', stay.enrollmentId);
			w.set('PersonalID', stay.member.personalId);
			w.set('EventDate', dateText(eventDay));
			w.set('Event', event);
			if (event === 2) {
				w.set('ProbSolDivRRResult', u < 0.2 ? 1 : 0);
				w.set('ReferralCaseManageAfter', u < 0.35 ? 1 : 0);
			}
			if (event >= 10 && event <= 15 && next) {
				w.set('LocationCrisisOrPHHousing', quote(PROJECT[next.project.key].name));
				w.set('ReferralResult', 1);
				w.set('ResultDate', dateText(Math.min(next.entry, REPORT_END)));
			}
			w.stamp(timestamp(eventDay, id), run.user(ep.project, id), run.exportId);
			w.emit();
		}
	};
}
