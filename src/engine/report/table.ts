// The table model every consumer reads: the preview, the Sage CSV writer, the checks and the
// validation file. A table is data (labels, gray cells, values, members), never text.

/** A table's layout as HUD's shell gives it (derived from ../shared/spec/reports/tables.json). */
export interface TableShape {
	id: string;
	title: string;
	reports: ('APR' | 'CAPER')[];
	versions: string[];
	/** Text of the top-left header cell. */
	a1: string;
	/** False only for Q4a, whose rows are projects rather than labelled lines. */
	rowLabelColumn: boolean;
	/** Headers of columns B, C, ... (for Q4a: A, B, ...). */
	columns: string[];
	/** Labels of rows 2, 3, ... */
	rows: string[];
	/** Cells HUD grays out, as spreadsheet references ("D5"). */
	gray: string[];
	/** Response codes behind each row, where the shell lists them (Q15, Q23c, ...). */
	rowCodes?: unknown;
}

/** One client counted in a cell. */
export interface Member {
	personalId: string;
	enrollmentId: string;
	householdId: string;
}

export type CellFormat = 'count' | 'percent' | 'money' | 'average' | 'text' | 'date';

export type CellValue = number | string | null;

/**
 * A membership query kept instead of its rows: it returns `cell, PersonalID, EnrollmentID,
 * HouseholdID` over the run's universe tables, and members.ts reads it again for the one cell
 * someone asks about. Holding every member of every cell in memory cost more than the SQL.
 */
export interface MemberQuery {
	sql: string;
	params?: Record<string, string | number | null>;
}

/**
 * A computed table. Cells are addressed the way HUD's shells and Sage address them: the
 * column letter and the spreadsheet row, so "B2" is the first value of the first data row.
 */
export interface ReportTable {
	shape: TableShape;
	/** Data rows: for labelled tables, rows 2.. of the shell; for Q4a, one row per project. */
	values: Record<string, CellValue>;
	formats: Record<string, CellFormat>;
	/** How many clients are behind each cell that has any (gray cells included). */
	counts: Record<string, number>;
	/** Members computed in JS (averages, medians, ...), by cell. */
	members: Record<string, Member[]>;
	/** Queries that give the members of the other counted cells (see members.ts). */
	memberQueries: MemberQuery[];
	/** Number of data rows (Q4a varies; every other table has shape.rows.length). */
	rowCount: number;
	/** Things a reader of the table should know, e.g. clients that fell into a gray cell. */
	notes: string[];
}

export function columnLetter(index: number): string {
	let s = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	}
	return s;
}

export function cellRef(columnIndex: number, row: number): string {
	return `${columnLetter(columnIndex)}${row}`;
}

/** Value columns of a table: B.. for labelled tables, A.. for Q4a. */
export function valueColumns(shape: TableShape): string[] {
	const first = shape.rowLabelColumn ? 1 : 0;
	return shape.columns.map((_, i) => columnLetter(i + first));
}

/** A fresh table with every non-gray count cell at 0 and no members. */
export function emptyTable(shape: TableShape): ReportTable {
	const table: ReportTable = {
		shape,
		values: {},
		formats: {},
		counts: {},
		members: {},
		memberQueries: [],
		rowCount: shape.rows.length,
		notes: []
	};
	const gray = new Set(shape.gray);
	for (let r = 0; r < shape.rows.length; r++) {
		for (const col of valueColumns(shape)) {
			const ref = `${col}${r + 2}`;
			if (gray.has(ref)) continue;
			table.values[ref] = 0;
			table.formats[ref] = 'count';
		}
	}
	return table;
}

export function isGray(table: ReportTable, ref: string): boolean {
	return table.shape.gray.includes(ref);
}

/**
 * Sets the counts of cells whose members a query gives (rows of `cell, n` from that query) and
 * keeps the query. Cells that get no row keep their 0. HUD's shell grays cells that its rules
 * should leave empty; when data still lands in one (e.g. a youth household whose other member
 * has no date of birth), the cell stays empty for Sage and the clients are kept, with a note,
 * so nobody disappears silently.
 */
export function fillCountsFrom(
	table: ReportTable,
	counts: { cell: string; n: number }[],
	query: MemberQuery
): void {
	table.memberQueries.push(query);
	for (const { cell, n } of counts) setCount(table, cell, n);
}

function setCount(table: ReportTable, ref: string, n: number): void {
	table.counts[ref] = n;
	if (isGray(table, ref)) {
		table.notes.push(
			`${n} client(s) fall in ${ref}, a cell HUD's shell leaves empty; they are not counted in the upload.`
		);
		return;
	}
	table.values[ref] = n;
	table.formats[ref] = 'count';
}

/** Sets a computed (non-count) cell, e.g. a percentage or an average. */
export function setValue(
	table: ReportTable,
	ref: string,
	value: CellValue,
	format: CellFormat,
	members: Member[] = []
): void {
	table.values[ref] = value;
	table.formats[ref] = format;
	if (members.length) {
		table.members[ref] = members;
		table.counts[ref] = members.length;
	}
}

/** numerator / denominator as a fraction, 0 when the denominator is 0 (HUD's convention). */
export function ratio(numerator: number, denominator: number): number {
	return denominator ? numerator / denominator : 0;
}

export function numberAt(table: ReportTable, ref: string): number {
	const v = table.values[ref];
	return typeof v === 'number' ? v : Number(v ?? 0) || 0;
}
