// EmploymentEducation.csv (RHY) and YouthEducationStatus.csv (YHDP) for the youth project's
// heads of household and adults, at project start and exit.
import { collectionPoints, ANNUAL, type CollectionPoint } from './collection';
import { timestamp, type CsvWriter } from './csv';
import { dateText } from './dates';
import type { Episode, Family, Stay } from './model';
import { Rng, weighted } from './rng';
import type { FamilyVisitor, SampleRun } from './run';

const EMPLOYMENT_FILE = 7;
const EDUCATION_FILE = 8;

const GRADE = weighted<number>([
	[3, 8],
	[4, 35],
	[5, 25],
	[7, 12],
	[10, 12],
	[14, 3],
	[8, 2],
	[99, 3]
]);
const SCHOOL = weighted<number>([
	[1, 20],
	[2, 10],
	[3, 30],
	[4, 10],
	[5, 25],
	[8, 2],
	[99, 3]
]);
const ATTEND = weighted<number>([
	[0, 55],
	[1, 15],
	[2, 25],
	[8, 2],
	[9, 1],
	[99, 2]
]);
const RECENT = weighted<number>([
	[0, 35],
	[1, 10],
	[2, 35],
	[5, 5],
	[6, 8],
	[7, 5],
	[99, 2]
]);
const CURRENT = weighted<number>([
	[0, 60],
	[1, 20],
	[2, 8],
	[4, 10],
	[99, 2]
]);

type YouthRow = (w: CsvWriter, rng: Rng, c: Record<string, number>) => void;

/** Visits the start and exit points of youth-project stays of heads of household and adults. */
function eachYouthPoint(
	run: SampleRun,
	file: number,
	visit: (family: Family, ep: Episode, stay: Stay, point: CollectionPoint, rng: Rng) => void
): FamilyVisitor {
	const rng = new Rng();
	const points: CollectionPoint[] = [];
	return (family) => {
		rng.reseed(run.fileSeed(family, file));
		for (const ep of family.episodes) {
			if (ep.project.key !== 'youthTh') continue;
			for (const stay of ep.stays) {
				if (!stay.member.adult && stay.member.relationshipToHoH !== 1) continue;
				const n = collectionPoints(family, ep, stay, points);
				for (let k = 0; k < n; k++)
					if (points[k].stage !== ANNUAL) visit(family, ep, stay, points[k], rng);
			}
		}
	};
}

function writeYouthFile(
	w: CsvWriter,
	run: SampleRun,
	file: number,
	idColumn: string,
	fill: YouthRow
): FamilyVisitor {
	const c = w.col;
	let id = 1;
	return eachYouthPoint(run, file, (_family, ep, stay, point, rng) => {
		const cells = w.cells;
		cells[c[idColumn]] = id++;
		cells[c.EnrollmentID] = stay.enrollmentId;
		cells[c.PersonalID] = stay.member.personalId;
		cells[c.InformationDate] = dateText(point.day);
		fill(w, rng, c);
		cells[c.DataCollectionStage] = point.stage;
		const created = timestamp(point.day, id);
		w.stamp(created, run.user(ep.project, stay.enrollmentId), run.exportId);
		w.emit();
	});
}

export function writeEmploymentEducation(w: CsvWriter, run: SampleRun): FamilyVisitor {
	return writeYouthFile(w, run, EMPLOYMENT_FILE, 'EmploymentEducationID', (w, rng, c) => {
		w.cells[c.LastGradeCompleted] = rng.draw(GRADE);
		w.cells[c.SchoolStatus] = rng.draw(SCHOOL);
		const employed = rng.chance(0.02) ? 99 : rng.chance(0.35) ? 1 : 0;
		w.cells[c.Employed] = employed;
		if (employed === 1) w.cells[c.EmploymentType] = rng.pick([1, 2, 2, 3]);
		if (employed === 0) w.cells[c.NotEmployedReason] = rng.pick([1, 1, 2, 3]);
	});
}

export function writeYouthEducationStatus(w: CsvWriter, run: SampleRun): FamilyVisitor {
	return writeYouthFile(w, run, EDUCATION_FILE, 'YouthEducationStatusID', (w, rng, c) => {
		const attend = rng.draw(ATTEND);
		w.cells[c.CurrentSchoolAttend] = attend;
		if (attend === 0) w.cells[c.MostRecentEdStatus] = rng.draw(RECENT);
		if (attend === 1 || attend === 2) w.cells[c.CurrentEdStatus] = rng.draw(CURRENT);
	});
}
