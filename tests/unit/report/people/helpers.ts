// The people tables of an APR over a fixture: only the people questions run, so other groups'
// modules cannot interfere.
import { peopleQuestions } from '../../../../src/engine/report/questions/people';
import type { ReportTable } from '../../../../src/engine/report/table';
import {
	cellFields as fixtureCellFields,
	tables as reportTables,
	type CellFieldValues,
	type Fixture
} from '../fixture';

export { exit, nonZero, person, stay } from '../fixture';

export function tables(
	fixture: Fixture,
	ids: string[],
	projectIds = ['P1']
): Promise<Record<string, ReportTable>> {
	return reportTables(fixture, ids, projectIds, peopleQuestions);
}

/** Reads the fields behind the cells of a people table, with only the people questions run. */
export function cellFields(
	fixture: Fixture,
	projectIds = ['P1']
): Promise<(tableId: string, cell: string) => CellFieldValues> {
	return fixtureCellFields(fixture, projectIds, peopleQuestions);
}
