// How a report cell reads on the page: counts with thousands separators, percentages as %,
// money in dollars, averages with two decimals. Sage's CSV keeps fractions; the page shows
// what a reader expects.
import type { CellFormat, CellValue } from '../../engine/report/table';

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percents = new Intl.NumberFormat('en-US', {
	style: 'percent',
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});
const dollars = new Intl.NumberFormat('en-US', {
	style: 'currency',
	currency: 'USD',
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});
const decimals = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});

/** The text of a cell; an empty cell (null, or no value at all) is an empty string. */
export function formatCell(value: CellValue | undefined, format: CellFormat | undefined): string {
	if (value === null || value === undefined || value === '') return '';
	if (typeof value === 'string') return value;
	switch (format) {
		case 'percent':
			return percents.format(value);
		case 'money':
			return dollars.format(value);
		case 'average':
			return decimals.format(value);
		case 'text':
		case 'date':
			return String(value);
		default:
			return counts.format(value);
	}
}

/** Whether a cell holds a number, which the table right-aligns. */
export function isNumeric(value: CellValue | undefined, format: CellFormat | undefined): boolean {
	return typeof value === 'number' && format !== 'text' && format !== 'date';
}
