// The people tables of an APR over a fixture: only the people questions run, so other groups'
// modules cannot interfere.
import { readFields } from '../../../../src/engine/report/cell-fields';
import { membersOf } from '../../../../src/engine/report/members';
import { peopleQuestions } from '../../../../src/engine/report/questions/people';
import { runReport } from '../../../../src/engine/report/run';
import type { ReportTable } from '../../../../src/engine/report/table';
import { FY2026, loadFixture, tables as reportTables, type Fixture } from '../fixture';

export { exit, nonZero, person, stay } from '../fixture';

export function tables(
	fixture: Fixture,
	ids: string[],
	projectIds = ['P1']
): Promise<Record<string, ReportTable>> {
	return reportTables(fixture, ids, projectIds, peopleQuestions);
}

/** The fields of a cell's clients as the panel shows them, by PersonalID and field label. */
export type CellFieldValues = Record<string, Record<string, string>>;

/**
 * Runs the people questions over the fixture once and returns a reader of the fields of any
 * cell (table id, cell reference).
 */
export async function cellFields(
	fixture: Fixture,
	projectIds = ['P1']
): Promise<(tableId: string, cell: string) => CellFieldValues> {
	const db = await loadFixture(fixture);
	const run = runReport(db, { ...FY2026, projectIds }, peopleQuestions);
	return (tableId, cell) => {
		const table = run.tables.find((t) => t.shape.id === tableId);
		const set = run.fields[tableId];
		if (!table || !set) throw new Error(`The report has no fields for ${tableId}`);
		const members = membersOf(db, table, cell);
		const read = readFields(db, set, members.map((m) => m.enrollmentId), run.params);
		return Object.fromEntries(
			members.map((m) => [
				m.personalId,
				Object.fromEntries(
					set.fields.map((f, i) => [f.label, read.get(m.enrollmentId)?.[i] ?? '(no row)'])
				)
			])
		);
	};
}
