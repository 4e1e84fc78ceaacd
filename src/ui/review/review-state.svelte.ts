// Where the reader is in the review: the table shown, the cells pointed out (by a failing check
// or a found client) and the members panel. Kept across runs, so re-running with other dates
// stays on the same table.
import type { ReportSummary } from '../../engine/api';
import { MembersState, type CellAddress, type MembersHandle } from './members-state.svelte';

export type { CellAddress };

export class ReviewState {
	tableId = $state('');
	/** Cells pointed out, as "Q5a!C2". */
	highlighted = $state.raw<ReadonlySet<string>>(new Set());
	/** A cell that should take keyboard focus once its table is drawn. */
	focusCell = $state.raw<CellAddress | null>(null);
	readonly members: MembersState;

	constructor(engine: MembersHandle) {
		this.members = new MembersState(engine);
	}

	/** A new report arrived: keep the table if it has it, forget what pointed into the old one. */
	follow(summary: ReportSummary): void {
		const ids = summary.tables.map((t) => t.shape.id);
		if (!ids.includes(this.tableId)) this.tableId = ids[0] ?? '';
		this.highlighted = new Set();
		this.focusCell = null;
		this.members.close();
	}

	select(tableId: string): void {
		this.tableId = tableId;
	}

	/** Shows a table with some of its cells (or other tables' cells) pointed out. */
	show(cells: CellAddress[], focus: CellAddress | null = cells[0] ?? null): void {
		if (focus) this.tableId = focus.table;
		this.highlighted = new Set(cells.map((c) => `${c.table}!${c.cell}`));
		this.focusCell = focus;
	}

	isHighlighted(table: string, cell: string): boolean {
		return this.highlighted.has(`${table}!${cell}`);
	}

	reset(): void {
		this.tableId = '';
		this.highlighted = new Set();
		this.focusCell = null;
		this.members.close();
	}
}
