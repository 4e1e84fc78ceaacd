// The load's findings as a CSV file a user can open in a spreadsheet.
import type { Finding } from './types';

const COLUMNS: (keyof Finding)[] = [
	'severity',
	'file',
	'row',
	'column',
	'value',
	'message',
	'action',
	'code'
];

function cell(v: string | number | null): string {
	if (v === null) return '';
	let s = String(v);
	// A value from the export starting with = + @ would run as a formula in a spreadsheet.
	if (/^[=+@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function findingsToCsv(findings: Finding[]): string {
	const lines = [COLUMNS.join(',')];
	for (const f of findings) lines.push(COLUMNS.map((c) => cell(f[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}
