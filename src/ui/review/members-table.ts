// The clients behind a number as the members panel lists them, with the fields that put them in
// the cell: search, sort and CSV over the pages already loaded from the engine. Pure functions,
// so they are tested without a browser.
import Papa from 'papaparse';
import type { MemberDetail } from '../../engine/api';

export type MemberKey =
	| 'personalId'
	| 'enrollmentId'
	| 'householdId'
	| 'project'
	| 'entryDate'
	| 'exitDate'
	| 'age'
	| 'householdType';

/** A column to sort by: one of the panel's own, or the index of one of the cell's fields. */
export type SortKey = MemberKey | number;

export interface MemberColumn {
	key: MemberKey;
	label: string;
	numeric?: boolean;
}

export const MEMBER_COLUMNS: MemberColumn[] = [
	{ key: 'personalId', label: 'PersonalID' },
	{ key: 'enrollmentId', label: 'EnrollmentID' },
	{ key: 'householdId', label: 'HouseholdID' },
	{ key: 'project', label: 'Project' },
	{ key: 'entryDate', label: 'Project start' },
	{ key: 'exitDate', label: 'Project exit' },
	{ key: 'age', label: 'Age', numeric: true },
	{ key: 'householdType', label: 'Household type' }
];

/** The report's household types (the universe's codes), as HUD's column headers name them. */
const HOUSEHOLD_TYPES: Record<string, string> = {
	without_children: 'Without children',
	with_children_and_adults: 'With children and adults',
	only_children: 'With only children',
	unknown: 'Unknown household type'
};

export function householdTypeLabel(code: string | null): string {
	return code ? (HOUSEHOLD_TYPES[code] ?? code) : '';
}

/** A member as a row of the panel: every column as text, ready to show, search and sort. */
export interface MemberRow {
	personalId: string;
	enrollmentId: string;
	householdId: string;
	projectId: string;
	projectName: string;
	/** Name and ID, as the panel shows it. */
	project: string;
	entryDate: string;
	exitDate: string;
	age: number | null;
	householdType: string;
	/** The fields that put the client in the cell, in the order of the page's field labels. */
	facts: string[];
	/** All the searchable text, lower-cased once. */
	search: string;
}

export function toRows(members: MemberDetail[], projectNames: Map<string, string>): MemberRow[] {
	return members.map((m) => {
		const projectId = m.projectId ?? '';
		const projectName = projectNames.get(projectId) ?? '';
		const project = projectName ? `${projectName} (${projectId})` : projectId;
		const householdType = householdTypeLabel(m.householdType);
		const row = {
			personalId: m.personalId,
			enrollmentId: m.enrollmentId,
			householdId: m.householdId,
			projectId,
			projectName,
			project,
			entryDate: m.entryDate?.slice(0, 10) ?? '',
			exitDate: m.exitDate?.slice(0, 10) ?? '',
			age: m.age,
			householdType,
			facts: m.facts
		};
		const search = [
			row.personalId,
			row.enrollmentId,
			row.householdId,
			project,
			row.entryDate,
			row.exitDate,
			householdType,
			...m.facts
		]
			.join('\n')
			.toLowerCase();
		return { ...row, search };
	});
}

/** Rows that contain every word of `text` in any column. */
export function filterRows(rows: MemberRow[], text: string): MemberRow[] {
	const words = text.toLowerCase().split(/\s+/).filter(Boolean);
	if (!words.length) return rows;
	return rows.filter((r) => words.every((w) => r.search.includes(w)));
}

// IDs sort as people read them: "9" before "10", whatever the HMIS's ID scheme.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export type SortDirection = 'ascending' | 'descending';

/** A sorted copy; empty values go last in either direction. */
export function sortRows(rows: MemberRow[], key: SortKey, direction: SortDirection): MemberRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const value = (r: MemberRow) => (typeof key === 'number' ? r.facts[key] : r[key]);
	return [...rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const xEmpty = x === null || x === '';
		const yEmpty = y === null || y === '';
		if (xEmpty || yEmpty) return xEmpty === yEmpty ? 0 : xEmpty ? 1 : -1;
		if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
		return sign * collator.compare(String(x), String(y));
	});
}

/** The rows as CSV (header row first), with the cell they were counted in and its fields. */
export function rowsCsv(rows: MemberRow[], fields: string[], table: string, cell: string): string {
	return Papa.unparse(
		{
			fields: [
				'Table',
				'Cell',
				'PersonalID',
				'EnrollmentID',
				'HouseholdID',
				'ProjectID',
				'ProjectName',
				'ProjectStart',
				'ProjectExit',
				'Age',
				'HouseholdType',
				...fields
			],
			data: rows.map((r) => [
				table,
				cell,
				r.personalId,
				r.enrollmentId,
				r.householdId,
				r.projectId,
				r.projectName,
				r.entryDate,
				r.exitDate,
				r.age ?? '',
				r.householdType,
				...r.facts
			])
		},
		{ newline: '\n' }
	);
}
