// Builders for the people fixture tests: people, stays, exits, and the people tables of an APR
// over a fixture (only the people questions run, so other groups' modules cannot interfere).
import { runReport } from '../../../../src/engine/report/run';
import { peopleQuestions } from '../../../../src/engine/report/questions/people';
import type { ReportTable } from '../../../../src/engine/report/table';
import { FY2026, loadFixture, type Fixture, type FixtureRow } from '../fixture';

export const person = (id: string, DOB: string | null, extra: FixtureRow = {}): FixtureRow => ({
	PersonalID: id,
	DOB,
	DOBDataQuality: DOB ? 1 : 99,
	...extra
});

export const stay = (
	id: string,
	personalId: string,
	householdId: string,
	entry: string,
	extra: FixtureRow = {}
): FixtureRow => ({
	EnrollmentID: id,
	PersonalID: personalId,
	HouseholdID: householdId,
	EntryDate: entry,
	...extra
});

export const exit = (
	enrollmentId: string,
	personalId: string,
	date: string,
	extra: FixtureRow = {}
): FixtureRow => ({
	EnrollmentID: enrollmentId,
	PersonalID: personalId,
	ExitDate: date,
	Destination: 410,
	...extra
});

/** The named people tables of an APR (FY2026 dates) over the fixture. */
export async function tables(
	fixture: Fixture,
	ids: string[],
	projectIds = ['P1']
): Promise<Record<string, ReportTable>> {
	const db = await loadFixture(fixture);
	const run = runReport(db, { ...FY2026, projectIds }, peopleQuestions);
	db.close();
	return Object.fromEntries(
		ids.map((id) => {
			const t = run.tables.find((x) => x.shape.id === id);
			if (!t) throw new Error(`The report has no ${id}`);
			return [id, t];
		})
	);
}

/** The cells of a table that are not zero, as { ref: value }. */
export function nonZero(table: ReportTable): Record<string, unknown> {
	return Object.fromEntries(Object.entries(table.values).filter(([, v]) => v !== 0 && v !== null));
}
