// Builders for the income fixture tests: Income and Sources records on top of the shared ones.
import type { FixtureRow } from '../fixture';

export { exit, nonZero, person, stay, tables, who } from '../fixture';

export const START = 1;
export const UPDATE = 2;
export const EXIT = 3;
export const ANNUAL = 5;

let next = 0;

/** An IncomeBenefits record; fields not given are left blank. */
export function income(
	enrollmentId: string,
	personalId: string,
	date: string,
	stage: number,
	fields: FixtureRow = {}
): FixtureRow {
	next += 1;
	return {
		IncomeBenefitsID: `IB${next}`,
		EnrollmentID: enrollmentId,
		PersonalID: personalId,
		InformationDate: date,
		DataCollectionStage: stage,
		...fields
	};
}
