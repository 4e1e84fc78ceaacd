// Small builders for the stays fixture tests: people, stays, exits, and reading cells back.
import type { ReportTable } from '../../../../src/engine/report/table';
import { fixtureReport, type Fixture, type FixtureRow } from '../fixture';

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
	destination: number,
	extra: FixtureRow = {}
): FixtureRow => ({
	EnrollmentID: enrollmentId,
	PersonalID: personalId,
	ExitDate: date,
	Destination: destination,
	...extra
});

/** The named tables of an APR over the fixture (project P1 unless given). */
export async function tables(
	fixture: Fixture,
	ids: string[],
	projects = ['P1']
): Promise<Record<string, ReportTable>> {
	const { run } = await fixtureReport(fixture, projects);
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
