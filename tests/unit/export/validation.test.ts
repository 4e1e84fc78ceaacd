// The validation file: one row per client with the facts behind the tables (identifiers only
// when asked for) and one row per client per counted cell.
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { cellMembers, validationFiles, validationZip } from '../../../src/engine/export/validation';
import { textPieces, type ZipEntry } from '../../../src/engine/export/zip';
import { memberCounts } from '../../../src/engine/report/members';
import { shapeOf } from '../../../src/engine/report/question';
import { emptyTable, setValue } from '../../../src/engine/report/table';
import type { ReportRun } from '../../../src/engine/report/run';
import { fixtureReport } from '../report/fixture';
import { exit, income, person, START, stay } from '../report/income/helpers';

function parse(text: string): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

let db: Database;
let run: ReportRun;

beforeAll(async () => {
	({ db, run } = await fixtureReport({
		Client: [
			person('A', '1980-05-01', { FirstName: 'Zelda', LastName: 'Quill', SSN: '987654321' }),
			person('B', '2015-03-01', { FirstName: 'Yves', LastName: 'Quill', SSN: '987654322' }),
			person('C', '1990-01-01', {
				FirstName: 'Xena',
				LastName: 'Roe',
				SSN: '987654323',
				VeteranStatus: 1
			})
		],
		Enrollment: [
			stay('eA', 'A', 'H1', '2025-11-01'),
			stay('eB', 'B', 'H1', '2025-11-01', { RelationshipToHoH: 2 }),
			stay('eC', 'C', 'H2', '2026-01-15')
		],
		Exit: [exit('eA', 'A', '2026-03-31'), exit('eB', 'B', '2026-03-31')],
		IncomeBenefits: [
			income('eC', 'C', '2026-01-15', START, { IncomeFromAnySource: 1, TotalMonthlyIncome: 1200 })
		]
	}));
});

/** An entry's whole text, however it is written. */
const text = (entry: ZipEntry) => [...textPieces(entry)].join('');

describe('validation files', () => {
	it('list every client once with the facts the tables use', () => {
		const [clients] = validationFiles(db, run, { includeIdentifiers: true });
		expect(clients.name).toBe('clients.csv');
		const rows = parse(text(clients));
		expect(rows.map((r) => r.PersonalID)).toEqual(['A', 'B', 'C']);
		const [a, b, c] = rows;
		expect(a).toMatchObject({
			EnrollmentID: 'eA',
			HouseholdID: 'H1',
			ProjectID: 'P1',
			ProjectType: '3',
			RelationshipToHoH: '1',
			AgeClass: 'adult',
			HouseholdType: 'with_children_and_adults',
			EntryDate: '2025-11-01',
			ExitDate: '2026-03-31',
			LeaverStayer: 'leaver',
			Destination: '410',
			Veteran: '0'
		});
		expect(b).toMatchObject({ AgeClass: 'child', Age: '10', LeaverStayer: 'leaver' });
		expect(c).toMatchObject({
			HouseholdType: 'without_children',
			LeaverStayer: 'stayer',
			Veteran: '1',
			ExitDate: '',
			IncomeAtStart: '1200',
			IncomeAtStartStatus: 'known',
			IncomeAtExit: ''
		});
		expect(a.FirstName).toBe('Zelda');
		expect(a.SSN).toBe('987654321');
		expect(a.DOB).toBe('1980-05-01');
	});

	it('leave out names, SSN and date of birth when asked', () => {
		const [clients, cells] = validationFiles(db, run, { includeIdentifiers: false });
		const header = text(clients).split('\n')[0];
		for (const name of ['FirstName', 'MiddleName', 'LastName', 'NameSuffix', 'SSN', 'DOB']) {
			expect(header).not.toContain(`"${name}"`);
		}
		for (const secret of ['Zelda', 'Quill', '98765432', '1980-05-01']) {
			expect(text(clients)).not.toContain(secret);
			expect(text(cells)).not.toContain(secret);
		}
		expect(parse(text(clients))[0].Age).toBe('45');
	});

	it('list one row per client per counted cell, in table order', () => {
		const cells = validationFiles(db, run, { includeIdentifiers: false })[1];
		expect(cells.name).toBe('cell-members.csv');
		expect(text(cells).split('\n')[0]).toBe(
			'"Table","Cell","PersonalID","EnrollmentID","HouseholdID"'
		);
		const rows = parse(text(cells));
		const expected = run.tables.reduce(
			(n, t) =>
				n +
				Object.entries(memberCounts(t))
					.filter(([cell]) => !t.shape.gray.includes(cell))
					.reduce((m, [, count]) => m + count, 0),
			0
		);
		expect(rows).toHaveLength(expected);
		const q5a = rows.filter((r) => r.Table === 'Q5a' && r.Cell === 'C2');
		expect(q5a.map((r) => r.PersonalID)).toEqual(['A', 'B', 'C']);
		expect(q5a[0]).toMatchObject({ EnrollmentID: 'eA', HouseholdID: 'H1' });
		const order = [...new Set(rows.map((r) => r.Table))];
		expect(order).toEqual(run.tables.map((t) => t.shape.id).filter((id) => order.includes(id)));
	});

	it('zip both files under the report name', () => {
		const zip = validationZip(db, run, { includeIdentifiers: false });
		expect(zip.name).toBe('APR-FY2026-P1-2025-10-01-2026-09-30-validation.zip');
		const entries = unzipSync(zip.bytes);
		expect(Object.keys(entries)).toEqual(['clients.csv', 'cell-members.csv']);
		expect(strFromU8(entries['clients.csv'])).toBe(
			text(validationFiles(db, run, { includeIdentifiers: false })[0])
		);
	});
});

describe('cell membership', () => {
	it('leaves out clients a question put in a gray cell', () => {
		const table = emptyTable(shapeOf('Q7a'));
		const member = (personalId: string) => ({
			personalId,
			enrollmentId: `e${personalId}`,
			householdId: 'H'
		});
		setValue(table, 'B2', 2, 'count', [member('P2'), member('P1')]);
		table.members.E2 = [member('P3')];
		expect(text(cellMembers(db, [table]))).toBe(
			'"Table","Cell","PersonalID","EnrollmentID","HouseholdID"\n"Q7a","B2","P1","eP1","H"\n"Q7a","B2","P2","eP2","H"\n'
		);
	});

	it('is written in pieces of about a megabyte, which together are the whole file', () => {
		const table = emptyTable(shapeOf('Q7a'));
		const members = Array.from({ length: 40_000 }, (_, i) => ({
			personalId: `P${String(i).padStart(6, '0')}`,
			enrollmentId: `E${i}`,
			householdId: `H${i}`
		}));
		setValue(table, 'B2', members.length, 'count', members);
		const pieces = [...cellMembers(db, [table]).pieces()];
		expect(pieces.length).toBeGreaterThan(1);
		expect(pieces.slice(0, -1).every((p) => p.length >= 1 << 20)).toBe(true);
		const rows = parse(pieces.join(''));
		expect(rows).toHaveLength(members.length);
		expect(rows.at(-1)).toEqual({
			Table: 'Q7a',
			Cell: 'B2',
			PersonalID: 'P039999',
			EnrollmentID: 'E39999',
			HouseholdID: 'H39999'
		});
		const zipped = unzipSync(validationZip(db, { ...run, tables: [table] }, { includeIdentifiers: false }).bytes);
		expect(strFromU8(zipped['cell-members.csv'])).toBe(pieces.join(''));
	});

	it('orders cells by row, then column (B before AA)', () => {
		const table = emptyTable(shapeOf('Q19b'));
		const member = { personalId: 'P1', enrollmentId: 'e1', householdId: 'H' };
		for (const ref of ['L3', 'B3', 'C2']) setValue(table, ref, 1, 'count', [member]);
		const cells = parse(text(cellMembers(db, [table]))).map((r) => r.Cell);
		expect(cells).toEqual(['C2', 'B3', 'L3']);
	});
});
