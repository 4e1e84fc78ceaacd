// HealthAndDV.csv and Disabilities.csv at each collection point: domestic violence for heads
// of household and adults, and one row per disability type (5 to 10) for everyone.
import { collectionPoints, type CollectionPoint } from './collection';
import { timestamp, type CsvWriter } from './csv';
import { dateText } from './dates';
import { entryLag, keyedOn } from './enrollment';
import { mix, Rng, unit, weighted } from './rng';
import type { FamilyVisitor, SampleRun } from './run';

const HEALTH_FILE = 5;

const UNKNOWN = weighted<number>([
	[8, 40],
	[9, 30],
	[99, 30]
]);
const WHEN = weighted<number>([
	[1, 25],
	[2, 15],
	[3, 20],
	[4, 40]
]);
const WHEN_FLEEING = weighted<number>([
	[1, 70],
	[2, 20],
	[3, 10]
]);
const HEALTH = weighted<number>([
	[1, 10],
	[2, 20],
	[3, 35],
	[4, 25],
	[5, 8],
	[8, 1],
	[99, 1]
]);

export function writeHealthAndDv(w: CsvWriter, run: SampleRun): FamilyVisitor {
	const rng = new Rng();
	const points: CollectionPoint[] = [];
	const c = w.col;
	let id = 1;
	return (family) => {
		rng.reseed(run.fileSeed(family, HEALTH_FILE));
		for (const ep of family.episodes) {
			const shelter = ep.project.key === 'dvEs';
			const youth = ep.project.key === 'youthTh';
			for (const stay of ep.stays) {
				const m = stay.member;
				if (!m.adult && m.relationshipToHoH !== 1) continue;
				const n = collectionPoints(family, ep, stay, points);
				for (let k = 0; k < n; k++) {
					const point = points[k];
					const cells = w.cells;
					cells[c.HealthAndDVID] = id++;
					cells[c.EnrollmentID] = stay.enrollmentId;
					cells[c.PersonalID] = m.personalId;
					cells[c.InformationDate] = dateText(point.day);
					const r = rng.float();
					const survivor = r < 0.025 ? rng.draw(UNKNOWN) : m.survivor || shelter ? 1 : 0;
					cells[c.DomesticViolenceSurvivor] = survivor;
					if (survivor === 1) {
						cells[c.WhenOccurred] = rng.chance(0.02)
							? rng.draw(UNKNOWN)
							: rng.draw(shelter ? WHEN_FLEEING : WHEN);
						cells[c.CurrentlyFleeing] = rng.chance(0.02)
							? rng.draw(UNKNOWN)
							: rng.chance(shelter ? 0.8 : 0.2)
								? 1
								: 0;
					}
					if (youth) {
						cells[c.GeneralHealthStatus] = rng.draw(HEALTH);
						cells[c.DentalHealthStatus] = rng.draw(HEALTH);
						cells[c.MentalHealthStatus] = rng.draw(HEALTH);
						cells[c.PregnancyStatus] = rng.chance(0.9) ? 0 : 99;
					}
					cells[c.DataCollectionStage] = point.stage;
					const created = timestamp(keyedOn(point.day, entryLag(rng)), id);
					w.stamp(created, run.user(ep.project, stay.enrollmentId), run.exportId);
					w.emit();
				}
			}
		}
	};
}

/**
 * Disabilities rows are the largest file of an export (six per person per point), so they are
 * written from a template rather than cell by cell. Columns: DisabilitiesID, EnrollmentID,
 * PersonalID, InformationDate, DisabilityType, DisabilityResponse, IndefiniteAndImpairs, seven
 * HIV/AIDS detail columns (HOPWA only, left empty), DataCollectionStage, DateCreated,
 * DateUpdated, UserID, DateDeleted, ExportID.
 */
export function writeDisabilities(w: CsvWriter, run: SampleRun): FamilyVisitor {
	if (w.spec.columns.length !== 20 || w.spec.columns[15].name !== 'DateCreated') {
		throw new Error('Disabilities.csv layout changed: update the sample template');
	}
	const points: CollectionPoint[] = [];
	const tail = `,,${run.exportId}`;
	let id = 1;
	return (family) => {
		for (const ep of family.episodes) {
			for (const stay of ep.stays) {
				const m = stay.member;
				const n = collectionPoints(family, ep, stay, points);
				let present = m.disabilities;
				const substance = 1 + (mix(family.seed, m.personalId) % 3);
				const user = run.user(ep.project, stay.enrollmentId);
				for (let k = 0; k < n; k++) {
					const point = points[k];
					const key = stay.enrollmentId * 16 + k;
					// Conditions found later in the stay appear at an annual assessment or at exit.
					if (k > 0 && unit(family.seed, key) < 0.05)
						present |= 1 << Math.floor(unit(family.seed, key + 8) * 6);
					const gap = unit(family.seed, key + 4);
					const unanswered = gap < 0.01 ? 99 : gap < 0.013 ? 8 : 0;
					const lag = gap < 0.6 ? 0 : gap < 0.9 ? 1 : 5;
					const created = timestamp(keyedOn(point.day, lag), stay.enrollmentId);
					const head = `,${stay.enrollmentId},${m.personalId},${dateText(point.day)},`;
					const end = `,,,,,,,,${point.stage},${created},${created},${user}${tail}`;
					for (let type = 5; type <= 10; type++) {
						const bit = 1 << (type - 5);
						const yes = (present & bit) !== 0;
						const response =
							unanswered !== 0 ? unanswered : yes ? (type === 10 ? substance : 1) : 0;
						const asksImpairs = type !== 6 && type !== 8 && yes && unanswered === 0;
						const impairs = asksImpairs ? ((m.impairs & bit) !== 0 ? '1' : '0') : '';
						w.line(`${id++}${head}${type},${response},${impairs}${end}`);
					}
				}
			}
		}
	};
}
