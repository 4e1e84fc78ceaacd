// Small builders for the data-quality fixture tests: people, stays, exits, reading cells back.
import type { Database } from 'sql.js';
import { membersOf } from '../../../../src/engine/report/members';
import type { ReportTable } from '../../../../src/engine/report/table';
import { fixtureReport, type Fixture, type FixtureRow } from '../fixture';

/** The database each table was computed over, to read its members back. */
const databases = new WeakMap<ReportTable, Database>();

export const person = (
	id: string,
	DOB: string | null = '1980-01-01',
	extra: FixtureRow = {}
): FixtureRow => ({
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

/** The named tables of an APR over the fixture (project P1 unless given). */
export async function tables(
	fixture: Fixture,
	ids: string[],
	projects = ['P1']
): Promise<Record<string, ReportTable>> {
	const { db, run } = await fixtureReport(fixture, projects);
	return Object.fromEntries(
		ids.map((id) => {
			const t = run.tables.find((x) => x.shape.id === id);
			if (!t) throw new Error(`The report has no ${id}`);
			databases.set(t, db);
			return [id, t];
		})
	);
}

/** The cells of a table that are not zero or empty, as { ref: value }. */
export function nonZero(table: ReportTable): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(table.values).filter(([, v]) => v !== 0 && v !== null && v !== '')
	);
}

/** PersonalIDs counted in a cell, sorted. */
export function who(table: ReportTable, ref: string): string[] {
	const db = databases.get(table);
	if (!db) throw new Error(`${table.shape.id} was not computed by tables()`);
	return membersOf(db, table, ref).map((m) => m.personalId);
}
