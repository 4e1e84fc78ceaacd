// A report table laid out for the page: HUD's row and column labels from the table's shape, each
// cell with its value, format, grayness, clients behind it, and whether it is a total.
import type { TableSummary } from '../../engine/api';
import type { CellFormat, CellValue } from '../../engine/report/table';
import { columnLetter, valueColumns } from '../../engine/report/table';

export interface GridColumn {
	letter: string;
	label: string;
	total: boolean;
}

export interface GridCell {
	ref: string;
	value: CellValue | undefined;
	format: CellFormat | undefined;
	gray: boolean;
	/** Clients behind the cell (0 when none are kept). */
	members: number;
	/** In a total row or a total column. */
	total: boolean;
}

export interface GridRow {
	/** Spreadsheet row number: the first data row is 2. */
	number: number;
	label: string;
	total: boolean;
	cells: GridCell[];
}

export interface Grid {
	/** Text of the top-left header cell; null for Q4a, which has no row-label column. */
	corner: string | null;
	columns: GridColumn[];
	rows: GridRow[];
}

const isTotal = (label: string): boolean => /^total/i.test(label.trim());

/** The column of Q4a-style tables (no label column) that names a row: "Project Name". */
function namingColumn(table: TableSummary): string | null {
	const i = table.shape.columns.indexOf('Project Name');
	return i < 0 ? null : columnLetter(i);
}

/** A row's label: HUD's label, or for Q4a the project named in it. */
export function rowLabel(table: TableSummary, row: number): string {
	if (table.shape.rowLabelColumn) return table.shape.rows[row - 2] ?? `Row ${row}`;
	const naming = namingColumn(table);
	const name = naming ? table.values[`${naming}${row}`] : null;
	return name ? String(name) : `Project ${row - 1}`;
}

export function columnLabel(table: TableSummary, letter: string): string {
	const i = valueColumns(table.shape).indexOf(letter);
	return i < 0 ? letter : table.shape.columns[i];
}

/** "B12" as its column letters and row number. */
export function parseRef(ref: string): { column: string; row: number } {
	const m = /^([A-Z]+)(\d+)$/.exec(ref);
	if (!m) throw new Error(`Not a cell reference: ${ref}`);
	return { column: m[1], row: Number(m[2]) };
}

/** Where a cell is, in words: the row and column labels HUD gives it. */
export function cellLabels(table: TableSummary, ref: string): { row: string; column: string } {
	const { column, row } = parseRef(ref);
	return { row: rowLabel(table, row), column: columnLabel(table, column) };
}

export function gridOf(table: TableSummary): Grid {
	const gray = new Set(table.shape.gray);
	const columns = valueColumns(table.shape).map((letter, i) => {
		const label = table.shape.columns[i];
		return { letter, label, total: isTotal(label) };
	});
	const rows: GridRow[] = [];
	for (let number = 2; number < table.rowCount + 2; number++) {
		const label = rowLabel(table, number);
		const total = table.shape.rowLabelColumn && isTotal(label);
		rows.push({
			number,
			label,
			total,
			cells: columns.map((c) => {
				const ref = `${c.letter}${number}`;
				return {
					ref,
					value: table.values[ref],
					format: table.formats[ref],
					gray: gray.has(ref),
					members: table.memberCounts[ref] ?? 0,
					total: total || c.total
				};
			})
		});
	}
	return { corner: table.shape.rowLabelColumn ? table.shape.a1 : null, columns, rows };
}

/** Whether the table has any data: a non-zero number anywhere (Q4a: any project row). */
export function hasData(table: TableSummary): boolean {
	if (!table.shape.rowLabelColumn) return table.rowCount > 0;
	return Object.values(table.values).some((v) => typeof v === 'number' && v !== 0);
}
