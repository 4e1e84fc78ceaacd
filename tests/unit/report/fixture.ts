// Tiny hand-made exports for rule tests: a few rows per file, written as real CSV and loaded
// through the engine's loader, so fixtures exercise the same path as a user's export.
import initSqlJs, { type Database } from 'sql.js';
import { FILE_SPECS } from '../../../src/engine/hmis/schema';
import { loadExport } from '../../../src/engine/hmis/load';
import type { InputFile } from '../../../src/engine/hmis/types';
import { readFields } from '../../../src/engine/report/cell-fields';
import { membersOf } from '../../../src/engine/report/members';
import type { ReportParams } from '../../../src/engine/report/params';
import type { Question } from '../../../src/engine/report/question';
import { QUESTIONS } from '../../../src/engine/report/questions';
import { runReport, type ReportRun } from '../../../src/engine/report/run';
import type { ReportTable } from '../../../src/engine/report/table';

export type FixtureRow = Record<string, string | number | null>;
export type Fixture = Record<string, FixtureRow[]>;

const EXPORT_ROW: FixtureRow = {
	ExportID: 'E1', SourceType: 1, SourceName: 'Fixture', ExportDate: '2026-10-15 00:00:00',
	ExportStartDate: '2025-10-01', ExportEndDate: '2026-09-30', SoftwareName: 'Fixture',
	SoftwareVersion: '1', CSVVersion: '2026 v1.0', ExportPeriodType: 3, ExportDirective: 2, HashStatus: 1
};

const COMMON: FixtureRow = {
	DateCreated: '2025-01-01 00:00:00', DateUpdated: '2025-01-01 00:00:00', UserID: 'U1', ExportID: 'E1'
};

/** Defaults that make a row valid enough to load; a test names only what its rule reads. */
const DEFAULTS: Record<string, FixtureRow> = {
	Organization: { OrganizationID: 'O1', OrganizationName: 'Org', VictimServiceProvider: 0 },
	User: { UserID: 'U1' },
	Project: {
		ProjectID: 'P1', OrganizationID: 'O1', ProjectName: 'Project', OperatingStartDate: '2015-01-01',
		ContinuumProject: 1, ProjectType: 3, HousingType: 1
	},
	Funder: { ProjectID: 'P1', Funder: 2, StartDate: '2015-01-01' },
	ProjectCoC: { ProjectID: 'P1', CoCCode: 'XX-500', Geocode: '100000' },
	Client: {
		NameDataQuality: 1, SSNDataQuality: 1, DOBDataQuality: 1, Sex: 1, White: 1,
		VeteranStatus: 0, FirstName: 'A', LastName: 'B', SSN: '123456780'
	},
	Enrollment: {
		ProjectID: 'P1', RelationshipToHoH: 1, LivingSituation: 116, DisablingCondition: 0,
		EnrollmentCoC: 'XX-500'
	}
};

function csv(file: string, rows: FixtureRow[]): string {
	const spec = FILE_SPECS['2026'].find((f) => f.file === file);
	if (!spec) throw new Error(`No file ${file} in the FY2026 spec`);
	const names = spec.columns.map((c) => c.name);
	const cell = (v: unknown) => (v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`);
	const lines = rows.map((r, i) => {
		const full: FixtureRow = { ...COMMON, ...DEFAULTS[file], [spec.key]: `${file[0]}${i + 1}`, ...r };
		return names.map((n) => cell(full[n])).join(',');
	});
	return [names.join(','), ...lines].join('\n') + '\n';
}

/** The CSV files of a fixture; Export, Organization, User, Project, Funder and ProjectCoC default to one row each. */
export function fixtureFiles(fixture: Fixture): InputFile[] {
	const all: Fixture = {
		Export: [EXPORT_ROW], Organization: [{}], User: [{}], Project: [{}], Funder: [{}], ProjectCoC: [{}],
		Client: [], Enrollment: [], ...fixture
	};
	return Object.entries(all).map(([file, rows]) => new File([csv(file, rows)], `${file}.csv`));
}

let sql: Awaited<ReturnType<typeof initSqlJs>> | undefined;

export async function loadFixture(fixture: Fixture): Promise<Database> {
	sql ??= await initSqlJs();
	const db = new sql.Database();
	const result = await loadExport(db, { kind: 'files', files: fixtureFiles(fixture) });
	if (!result.ok) throw new Error(`Fixture did not load: ${result.fatal}`);
	return db;
}

export const FY2026: Omit<ReportParams, 'projectIds'> = { report: 'apr', start: '2025-10-01', end: '2026-09-30' };

export async function fixtureReport(fixture: Fixture, projectIds = ['P1']): Promise<{ db: Database; run: ReportRun }> {
	const db = await loadFixture(fixture);
	return { db, run: runReport(db, { ...FY2026, projectIds }) };
}

// Builders the rule tests share: people, stays, exits, and reading tables and cells back.

export const person = (
	id: string,
	DOB: string | null = '1980-01-01',
	extra: FixtureRow = {}
): FixtureRow => ({
	PersonalID: id,
	DOB,
	DOBDataQuality: DOB ? 1 : 99,
	...extra
});

export const stay = (
	id: string,
	personalId: string,
	householdId: string,
	entry: string,
	extra: FixtureRow = {}
): FixtureRow => ({
	EnrollmentID: id,
	PersonalID: personalId,
	HouseholdID: householdId,
	EntryDate: entry,
	...extra
});

/** An exit to a rental by client with no ongoing subsidy (410) unless `extra` says otherwise. */
export const exit = (
	enrollmentId: string,
	personalId: string,
	date: string,
	extra: FixtureRow = {}
): FixtureRow => ({
	EnrollmentID: enrollmentId,
	PersonalID: personalId,
	ExitDate: date,
	Destination: 410,
	...extra
});

/** The database each table was computed over, to read its members back. */
const databases = new WeakMap<ReportTable, Database>();

/**
 * The named tables of an APR (FY2026 dates) over the fixture, for project P1 unless given;
 * `questions` narrows the run to one group's modules, so others' cannot interfere.
 */
export async function tables(
	fixture: Fixture,
	ids: string[],
	projectIds = ['P1'],
	questions: Question[] = QUESTIONS
): Promise<Record<string, ReportTable>> {
	const db = await loadFixture(fixture);
	const run = runReport(db, { ...FY2026, projectIds }, questions);
	return Object.fromEntries(
		ids.map((id) => {
			const t = run.tables.find((x) => x.shape.id === id);
			if (!t) throw new Error(`The report has no ${id}`);
			databases.set(t, db);
			return [id, t];
		})
	);
}

/** The cells of a table that are not zero or empty, as { ref: value }. */
export function nonZero(table: ReportTable): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(table.values).filter(([, v]) => v !== 0 && v !== null && v !== '')
	);
}

/** PersonalIDs counted in a cell of a table from tables(), sorted. */
export function who(table: ReportTable, ref: string): string[] {
	const db = databases.get(table);
	if (!db) throw new Error(`${table.shape.id} was not computed by tables()`);
	return membersOf(db, table, ref).map((m) => m.personalId);
}

/** The fields of a cell's clients as the panel shows them, by PersonalID and field label. */
export type CellFieldValues = Record<string, Record<string, string>>;

/**
 * The fields behind a cell of a run, by PersonalID and field label; a client the field set read
 * no row for shows "(no row)".
 */
export function fieldsOfCell(
	db: Database,
	run: ReportRun,
	tableId: string,
	cell: string
): CellFieldValues {
	const table = run.tables.find((t) => t.shape.id === tableId);
	const set = run.fields[tableId];
	if (!table || !set) throw new Error(`The report has no ${tableId} or no fields for it`);
	const members = membersOf(db, table, cell);
	const read = readFields(db, set, members.map((m) => m.enrollmentId), run.params);
	return Object.fromEntries(
		members.map((m) => [
			m.personalId,
			Object.fromEntries(
				set.fields.map((f, i) => [f.label, read.get(m.enrollmentId)?.[i] ?? '(no row)'])
			)
		])
	);
}

/** Runs the report over the fixture once and returns a reader of the fields behind any cell. */
export async function cellFields(
	fixture: Fixture,
	projectIds = ['P1'],
	questions: Question[] = QUESTIONS
): Promise<(tableId: string, cell: string) => CellFieldValues> {
	const db = await loadFixture(fixture);
	const run = runReport(db, { ...FY2026, projectIds }, questions);
	return (tableId, cell) => fieldsOfCell(db, run, tableId, cell);
}
