// One report table as the CSV Sage reads (../shared/spec/reports/sage-csv-format.md §3): the
// shell's grid by position, labels quoted, gray cells empty, numbers formatted by cell kind.
import { quote, csvLine } from './csv-text';
import { columnLetter, type CellFormat, type CellValue, type ReportTable } from '../report/table';

/** A number rounded to `decimals` places (toFixed is exactly specified: Node and browsers agree). */
function fixed(value: number, decimals: number): string {
	const text = value.toFixed(decimals);
	// A tiny negative average rounds to "-0.00": Sage wants a plain zero.
	return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function finite(value: CellValue): number | null {
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isFinite(n) ? n : null;
}

/**
 * One cell's text. Percentages are fractions with 4 decimals and money has 2 (§3). Other
 * averages (days, change in income) keep up to 4 decimals, trailing zeros dropped: §3 allows
 * "integer or up to 4" and that is what HUD's reference code writes (557.6667).
 */
export function formatCell(value: CellValue | undefined, format: CellFormat | undefined): string {
	if (value === null || value === undefined) return '';
	switch (format ?? (typeof value === 'number' ? 'count' : 'text')) {
		case 'count': {
			const n = finite(value);
			return n === null ? '0' : Number.isInteger(n) ? String(n) : fixed(n, 4);
		}
		case 'percent':
			return fixed(finite(value) ?? 0, 4);
		case 'money':
			return fixed(finite(value) ?? 0, 2);
		case 'average': {
			const text = fixed(finite(value) ?? 0, 4);
			return text.replace(/\.?0+$/, '');
		}
		case 'date':
			return quote(String(value).slice(0, 10));
		case 'text':
			return quote(String(value));
	}
}

/** The header row: A1's stub text (labelled tables), then every column header. */
function headerRow(table: ReportTable): string[] {
	const { shape } = table;
	return (shape.rowLabelColumn ? [shape.a1, ...shape.columns] : shape.columns).map(quote);
}

/** The CSV text of one table: UTF-8 content (no BOM is added), LF line ends. */
export function sageCsv(table: ReportTable): string {
	const { shape } = table;
	const gray = new Set(shape.gray);
	const first = shape.rowLabelColumn ? 1 : 0;
	let text = csvLine(headerRow(table));
	for (let r = 0; r < table.rowCount; r++) {
		const row = r + 2;
		const fields = shape.rowLabelColumn ? [quote(shape.rows[r] ?? '')] : [];
		shape.columns.forEach((_, c) => {
			const ref = `${columnLetter(c + first)}${row}`;
			fields.push(gray.has(ref) ? '' : formatCell(table.values[ref], table.formats[ref]));
		});
		text += csvLine(fields);
	}
	return text;
}

/** The file name Sage expects for a table. */
export function sageFileName(table: ReportTable): string {
	return `${table.shape.id}.csv`;
}
