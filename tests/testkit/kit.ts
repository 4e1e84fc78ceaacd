// The HUD test kit (../shared/testkit): its cases, its expected tables, and a cell-by-cell
// comparison that reads the expected files the way Sage reads an upload (by position).
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import Papa from 'papaparse';
import initSqlJs, { type Database } from 'sql.js';
import { loadExport } from '../../src/engine/hmis/load';
import { runReport, type ReportRun } from '../../src/engine/report/run';
import type { ReportTable } from '../../src/engine/report/table';
import { columnLetter } from '../../src/engine/report/table';

export const KIT = resolve(import.meta.dirname, '../../../shared/testkit');
export const HAVE_KIT = existsSync(resolve(KIT, 'cases.json'));

export interface KitCase {
	id: string;
	report: 'apr' | 'caper';
	export: string;
	projects: string[];
	start: string;
	end: string;
	name: string;
	expected: string;
	detail: string;
}

export function kitCases(report?: 'apr' | 'caper'): KitCase[] {
	if (!HAVE_KIT) return [];
	const cases: KitCase[] = JSON.parse(readFileSync(resolve(KIT, 'cases.json'), 'utf8')).cases;
	return cases.filter((c) => !report || c.report === report);
}

export function expectedGrid(c: KitCase, table: string): string[][] | undefined {
	const file = resolve(KIT, c.expected, `${table}.csv`);
	if (!existsSync(file)) return undefined;
	const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8').trim(), { delimiter: ',' });
	return parsed.data;
}

export interface CellDifference {
	table: string;
	cell: string;
	expected: string;
	actual: string;
}

const SOFTWARE_COLUMN = 12; // Q4a column M: the reference code writes its own name there.
const PROJECT_ID_COLUMN = 3; // Q4a column D.

function same(expected: string, actual: string): boolean {
	const e = expected.trim() === '' ? '0' : expected.trim();
	const a = actual.trim() === '' ? '0' : actual.trim();
	const en = Number(e);
	const an = Number(a);
	if (!Number.isNaN(en) && !Number.isNaN(an)) return Math.abs(en - an) <= 0.005;
	return e === a;
}

function shown(v: unknown): string {
	return v === null || v === undefined ? '' : String(v);
}

/** Every cell where our table differs from the kit's (an empty cell equals 0). */
export function compareTable(c: KitCase, table: ReportTable): CellDifference[] {
	const id = table.shape.id;
	const grid = expectedGrid(c, id);
	if (!grid) return [{ table: id, cell: '*', expected: 'file', actual: 'no expected file' }];
	const diffs: CellDifference[] = [];
	const rows = grid.slice(1);
	if (!table.shape.rowLabelColumn) {
		for (let r = 0; r < rows.length; r++) {
			const projectId = rows[r][PROJECT_ID_COLUMN]?.trim();
			let ours = -1;
			for (let k = 0; k < table.rowCount; k++) {
				if (shown(table.values[`D${k + 2}`]).trim() === projectId) ours = k;
			}
			if (ours < 0) {
				diffs.push({ table: id, cell: `row ${r + 2}`, expected: `project ${projectId}`, actual: 'missing' });
				continue;
			}
			rows[r].forEach((expected, col) => {
				if (col === SOFTWARE_COLUMN) return;
				const actual = shown(table.values[`${columnLetter(col)}${ours + 2}`]);
				if (!same(expected, actual)) diffs.push({ table: id, cell: `${columnLetter(col)}${r + 2}`, expected, actual });
			});
		}
		return diffs;
	}
	if (rows.length !== table.rowCount) {
		diffs.push({ table: id, cell: 'rows', expected: String(rows.length), actual: String(table.rowCount) });
	}
	rows.forEach((row, r) => {
		for (let col = 1; col < row.length; col++) {
			const ref = `${columnLetter(col)}${r + 2}`;
			const actual = shown(table.values[ref]);
			if (!same(row[col], actual)) diffs.push({ table: id, cell: ref, expected: row[col], actual });
		}
	});
	return diffs;
}

export function describeDifferences(c: KitCase, diffs: CellDifference[]): string {
	return diffs
		.map((d) => `${c.id} ${d.table} ${d.cell}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}`)
		.join('\n');
}

let sqlStatic: Awaited<ReturnType<typeof initSqlJs>> | undefined;
const loaded = new Map<string, Promise<Database>>();

/** The case's export loaded into a fresh database (each export is loaded once per process). */
export function kitDatabase(c: KitCase): Promise<Database> {
	let db = loaded.get(c.export);
	if (!db) {
		db = (async () => {
			sqlStatic ??= await initSqlJs();
			const database = new sqlStatic.Database();
			const path = resolve(KIT, c.export);
			const file = new File([readFileSync(path)], basename(path));
			const result = await loadExport(database, { kind: 'zip', file });
			if (!result.ok) throw new Error(`${c.export} did not load: ${result.fatal}`);
			return database;
		})();
		loaded.set(c.export, db);
	}
	return db;
}

export async function runKitCase(c: KitCase): Promise<ReportRun> {
	const db = await kitDatabase(c);
	return runReport(db, { report: c.report, start: c.start, end: c.end, projectIds: c.projects });
}
