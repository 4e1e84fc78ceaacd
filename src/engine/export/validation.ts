// The client-level validation file ("Generate Validation File"): one row per client with the
// facts the tables were built from, and one row per client per counted cell. Returned as zip
// entries (the second one written piece by piece) so any zip writer (plain here, AES-encrypted
// in the browser) can wrap them.
import type { Database } from 'sql.js';
import { all } from '../db/query';
import { memberCounts, membersByCell } from '../report/members';
import type { ReportRun } from '../report/run';
import { ensureIncome } from '../report/shared/income';
import type { ReportTable } from '../report/table';
import { csvDocument, csvLine, quote } from './csv-text';
import { sageZipName } from './sage-zip';
import { zipStreamed, type NamedBytes, type StreamedText, type TextFile, type ZipEntry } from './zip';

export interface ValidationOptions {
	/** False leaves out names, SSN and date of birth. */
	includeIdentifiers: boolean;
}

/** Columns of the client file: [header, SQL over u_client c, Client cl, Enrollment e, incomes]. */
const CLIENT_COLUMNS: [string, string][] = [
	['PersonalID', 'c.PersonalID'],
	['EnrollmentID', 'c.EnrollmentID'],
	['HouseholdID', 'c.HouseholdID'],
	['ProjectID', 'c.ProjectID'],
	['ProjectName', 'p.ProjectName'],
	['ProjectType', 'c.ProjectType'],
	['RelationshipToHoH', 'c.RelationshipToHoH'],
	['Age', 'c.Age'],
	['AgeClass', 'c.AgeClass'],
	['HouseholdType', 'c.HouseholdType'],
	['EntryDate', 'c.EntryDate'],
	['MoveInDate', 'c.MoveInDate'],
	['ExitDate', 'c.ExitDate'],
	['LeaverStayer', "CASE WHEN c.IsLeaver THEN 'leaver' ELSE 'stayer' END"],
	['Destination', 'c.Destination'],
	['DestinationSubsidyType', 'c.DestinationSubsidyType'],
	['Veteran', 'c.IsVeteran'],
	['Chronic', 'c.Chronic'],
	['Youth', 'c.IsYouth'],
	['ParentingYouth', 'c.IsParentingYouth'],
	['StayDays', 'c.StayDays'],
	['InDataQualityUniverse', 'c.InDQ'],
	['LivingSituation', 'e.LivingSituation'],
	['DisablingCondition', 'e.DisablingCondition'],
	['DateOfEngagement', 'e.DateOfEngagement'],
	['IncomeAtStart', 's.TotalIncome'],
	['IncomeAtStartStatus', 's.IncomeStatus'],
	['AnnualAssessmentStatus', 'a.AnnualStatus'],
	['IncomeAtAnnualAssessment', 'n.TotalIncome'],
	['IncomeAtAnnualAssessmentStatus', 'n.IncomeStatus'],
	['IncomeAtExit', 'x.TotalIncome'],
	['IncomeAtExitStatus', 'x.IncomeStatus']
];

/** Identifying columns, placed after RelationshipToHoH when asked for. */
const IDENTIFIER_COLUMNS: [string, string][] = [
	['FirstName', 'cl.FirstName'],
	['MiddleName', 'cl.MiddleName'],
	['LastName', 'cl.LastName'],
	['NameSuffix', 'cl.NameSuffix'],
	['SSN', 'cl.SSN'],
	['DOB', 'cl.DOB']
];

function clientColumns(options: ValidationOptions): [string, string][] {
	if (!options.includeIdentifiers) return CLIENT_COLUMNS;
	const at = CLIENT_COLUMNS.findIndex(([name]) => name === 'RelationshipToHoH') + 1;
	return [...CLIENT_COLUMNS.slice(0, at), ...IDENTIFIER_COLUMNS, ...CLIENT_COLUMNS.slice(at)];
}

/** One row per client of the report (their latest stay), ordered by PersonalID. */
export function clientRows(db: Database, run: ReportRun, options: ValidationOptions): TextFile {
	// The income tables are rebuilt from the run's universe, which stays in place until the next run.
	ensureIncome(run.context);
	const columns = clientColumns(options);
	const rows = all<Record<string, unknown>>(
		db,
		`SELECT ${columns.map(([name, sql]) => `${sql} AS "${name}"`).join(', ')}
		FROM u_client c
		JOIN Client cl ON cl.PersonalID = c.PersonalID
		JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
		LEFT JOIN u_project p ON p.ProjectID = c.ProjectID
		LEFT JOIN income_annual a ON a.PersonalID = c.PersonalID
		LEFT JOIN income_record s ON s.PersonalID = c.PersonalID AND s.Point = 'start'
		LEFT JOIN income_record n ON n.PersonalID = c.PersonalID AND n.Point = 'annual'
		LEFT JOIN income_record x ON x.PersonalID = c.PersonalID AND x.Point = 'exit'
		ORDER BY c.PersonalID`
	);
	const names = columns.map(([name]) => name);
	return {
		name: 'clients.csv',
		text: csvDocument(
			names,
			rows.map((r) => names.map((n) => r[n]))
		)
	};
}

/** Cells of a table in reading order: row by row, column by column. */
function cellOrder(table: ReportTable): string[] {
	const key = (ref: string): [number, string] => {
		const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
		return [Number(m[2]), m[1].padStart(3, ' ')];
	};
	return Object.keys(memberCounts(table)).sort((a, b) => {
		const [ra, ca] = key(a);
		const [rb, cb] = key(b);
		return ra - rb || (ca < cb ? -1 : ca > cb ? 1 : 0);
	});
}

/** A member's line of the cell membership file, after its table and cell. */
const memberLine = (personalId: string, enrollmentId: string, householdId: string) =>
	`${quote(personalId)},${quote(enrollmentId)},${quote(householdId)}\n`;

/**
 * A table's member lines by cell. A table counted from one membership query alone (most of them)
 * is read straight into lines, sorted and made unique by SQLite, with no member objects: on big
 * reports that is millions of rows. Other tables go through membersByCell, which merges sources.
 */
function memberLines(db: Database, table: ReportTable): Map<string, string[]> {
	const byCell = new Map<string, string[]>();
	const [query, ...more] = table.memberQueries;
	if (!query || more.length || Object.keys(table.members).length) {
		for (const [cell, members] of membersByCell(db, table)) {
			byCell.set(
				cell,
				members.map((m) => memberLine(m.personalId, m.enrollmentId, m.householdId))
			);
		}
		return byCell;
	}
	const stmt = db.prepare(
		`SELECT cell, PersonalID, MIN(EnrollmentID), MIN(HouseholdID)
		FROM (${query.sql}) GROUP BY cell, PersonalID ORDER BY cell, PersonalID`
	);
	try {
		if (query.params) stmt.bind(query.params);
		let cell = '';
		let lines: string[] = [];
		while (stmt.step()) {
			const row = stmt.get();
			if (row[0] !== cell) {
				cell = String(row[0]);
				lines = [];
				byCell.set(cell, lines);
			}
			lines.push(memberLine(String(row[1]), String(row[2]), String(row[3])));
		}
	} finally {
		stmt.free();
	}
	return byCell;
}

/** About how much text each piece of the cell membership file holds. */
const PIECE_CHARS = 1 << 20;

/**
 * One row per client per counted cell of every table, in the report's table order. Clients a
 * question put in a gray cell are left out: the upload has no number there to reconcile. The
 * file is written piece by piece (a line per client per cell: millions on big reports), one
 * table's members read at a time; the run's universe must stay in `db` until the last piece.
 */
export function cellMembers(db: Database, tables: ReportTable[]): StreamedText {
	return {
		name: 'cell-members.csv',
		*pieces() {
			let piece = csvLine(['Table', 'Cell', 'PersonalID', 'EnrollmentID', 'HouseholdID'].map(quote));
			for (const table of tables) {
				const gray = new Set(table.shape.gray);
				const lines = memberLines(db, table);
				for (const cell of cellOrder(table)) {
					if (gray.has(cell)) continue;
					const prefix = `${quote(table.shape.id)},${quote(cell)},`;
					for (const line of lines.get(cell) ?? []) {
						piece += prefix + line;
						if (piece.length < PIECE_CHARS) continue;
						yield piece;
						piece = '';
					}
				}
			}
			yield piece;
		}
	};
}

/** Both validation files of a finished run (its universe must still be in `db`). */
export function validationFiles(
	db: Database,
	run: ReportRun,
	options: ValidationOptions
): ZipEntry[] {
	return [clientRows(db, run, options), cellMembers(db, run.tables)];
}

/** The zip name of the validation files: the Sage zip's name with "-validation". */
export function validationZipName(run: ReportRun): string {
	return sageZipName(run.params).replace(/\.zip$/, '-validation.zip');
}

/** The validation files in a plain zip (the browser wraps the same entries with AES instead). */
export function validationZip(
	db: Database,
	run: ReportRun,
	options: ValidationOptions
): NamedBytes {
	return zipStreamed(validationZipName(run), validationFiles(db, run, options));
}
