// A CAPER over a fixture (fixture.ts's readers run APRs, which have none of the CAPER-only
// tables): its tables, the clients in a cell and the fields behind them.
import { membersOf } from '../../../../src/engine/report/members';
import { runReport, type ReportRun } from '../../../../src/engine/report/run';
import type { ReportTable } from '../../../../src/engine/report/table';
import { FY2026, fieldsOfCell, loadFixture, type CellFieldValues, type Fixture } from '../fixture';

export interface CaperFixtureRun {
	run: ReportRun;
	table(id: string): ReportTable;
	/** PersonalIDs counted in a cell, sorted. */
	who(id: string, cell: string): string[];
	/** By PersonalID, the fields (label: text) of each client behind a cell. */
	fields(id: string, cell: string): CellFieldValues;
}

export async function caperOf(fixture: Fixture, projectIds = ['P1']): Promise<CaperFixtureRun> {
	const db = await loadFixture(fixture);
	const run = runReport(db, { ...FY2026, report: 'caper', projectIds });
	const table = (id: string) => {
		const t = run.tables.find((x) => x.shape.id === id);
		if (!t) throw new Error(`The CAPER has no ${id}`);
		return t;
	};
	return {
		run,
		table,
		who: (id, cell) => membersOf(db, table(id), cell).map((m) => m.personalId),
		fields: (id, cell) => fieldsOfCell(db, run, id, cell)
	};
}
