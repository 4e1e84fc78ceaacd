// Protects the members panel's rows: project names and household types in words, search over
// every column and the cell's fields, sorting (numeric IDs, empty values last) and the CSV
// download.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { MemberDetail } from '../../../src/engine/api';
import {
	filterRows,
	householdTypeLabel,
	rowsCsv,
	sortRows,
	toRows
} from '../../../src/ui/review/members-table';

function member(personalId: string, extra: Partial<MemberDetail> = {}): MemberDetail {
	return {
		personalId,
		enrollmentId: `e${personalId}`,
		householdId: `h${personalId}`,
		projectId: '101',
		entryDate: '2025-11-01',
		exitDate: null,
		age: 30,
		householdType: 'without_children',
		facts: ['Rental by client, with ongoing housing subsidy (435)', '12'],
		...extra
	};
}

const names = new Map([['101', 'Harbor Light, "Main" Shelter']]);
const rows = toRows(
	[
		member('10', { age: 8, householdType: 'with_children_and_adults' }),
		member('9', { exitDate: '2026-03-31', age: null }),
		member('100', { projectId: '202', householdType: null, facts: ['Data not collected (99)', '9'] })
	],
	names
);

describe('member rows', () => {
	it('shows project names with their ID and household types in words', () => {
		expect(rows[0].project).toBe('Harbor Light, "Main" Shelter (101)');
		expect(rows[2].project).toBe('202');
		expect(rows[0].householdType).toBe('With children and adults');
		expect(householdTypeLabel('unknown')).toBe('Unknown household type');
		expect(householdTypeLabel(null)).toBe('');
	});

	it('finds rows by any column, every word matching', () => {
		expect(filterRows(rows, '').length).toBe(3);
		expect(filterRows(rows, 'E9').map((r) => r.personalId)).toEqual(['9']);
		expect(filterRows(rows, 'harbor and adults').map((r) => r.personalId)).toEqual(['10']);
		expect(filterRows(rows, '2026-03').map((r) => r.personalId)).toEqual(['9']);
		expect(filterRows(rows, 'not collected').map((r) => r.personalId)).toEqual(['100']);
	});

	it('sorts IDs as numbers read and puts empty values last', () => {
		const ids = (key: Parameters<typeof sortRows>[1], dir: 'ascending' | 'descending') =>
			sortRows(rows, key, dir).map((r) => r.personalId);
		expect(ids('personalId', 'ascending')).toEqual(['9', '10', '100']);
		expect(ids('personalId', 'descending')).toEqual(['100', '10', '9']);
		expect(ids('age', 'ascending')).toEqual(['10', '100', '9']);
		expect(ids('age', 'descending')).toEqual(['100', '10', '9']);
		expect(ids('exitDate', 'descending')[0]).toBe('9');
		expect(ids(1, 'ascending')).toEqual(['100', '10', '9']);
		expect(ids(0, 'descending')[0]).toBe('10');
	});

	it('writes the rows as CSV with the cell they are counted in', () => {
		const parsed = Papa.parse<string[]>(rowsCsv(rows, ['Destination', 'Days'], 'Q7a', 'B2'), { skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.data[0]).toEqual([
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
			'Destination',
			'Days'
		]);
		expect(parsed.data[1]).toEqual([
			'Q7a',
			'B2',
			'10',
			'e10',
			'h10',
			'101',
			'Harbor Light, "Main" Shelter',
			'2025-11-01',
			'',
			'8',
			'With children and adults',
			'Rental by client, with ongoing housing subsidy (435)',
			'12'
		]);
		expect(parsed.data.length).toBe(4);
	});
});
