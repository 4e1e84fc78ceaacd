// Checks across files, run in SQL once everything is loaded and indexed: records whose parent is
// missing (orphans), PersonalIDs that disagree with their enrollment, households spread over
// projects, CoC codes the project does not have, and ExportIDs that are not Export.csv's.
import type { Database } from 'sql.js';
import { quoteId } from './tables';
import type { FindingLog } from './findings';
import { FILE_SPECS, type FileSpec } from './schema';
import type { Finding, Severity } from './types';

export interface CheckContext {
	/** Table → the file name it was loaded from (files absent from the export are skipped). */
	fileNames: Map<string, string>;
	exportIds: string[];
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Runs `sql` and keeps a finding per row while the log wants them; the rest are only counted.
 * One pass: counting first would scan a big table twice.
 */
function rowsOf(
	db: Database,
	log: FindingLog,
	file: string,
	code: string,
	sql: string,
	build: (row: (string | number | null)[]) => Finding
): void {
	const stmt = db.prepare(sql);
	let wanted = true;
	let skipped = 0;
	while (stmt.step()) {
		if (wanted && (wanted = log.want(file, code)))
			log.push(build(stmt.get() as (string | number | null)[]));
		else skipped++;
	}
	stmt.free();
	// The first refusal was counted by want().
	log.skip(file, code, skipped - 1);
}

/** An Enrollment without its Client or Project cannot be reported at all. */
const severityOf = (child: string): Severity => (child === 'Enrollment' ? 'error' : 'warning');

const hasColumns = (spec: FileSpec, ...names: string[]) =>
	names.every((n) => spec.columns.some((c) => c.name === n));

/** Records of an enrollment (Exit, Services, ...): their EnrollmentID and PersonalID are checked together. */
const enrollmentChild = (spec: FileSpec) =>
	spec.file !== 'Enrollment' && hasColumns(spec, 'EnrollmentID', 'PersonalID');

function orphanFinding(
	file: string,
	child: string,
	column: string,
	value: unknown,
	parentFile: string,
	row: unknown
): Finding {
	const parent = parentFile.replace(/\.csv$/i, '');
	return {
		severity: severityOf(child),
		file,
		row: Number(row),
		column,
		value: String(value),
		message: `${column} ${value} is not in ${parentFile}; reports cannot connect this record to it.`,
		action: `Export the missing ${parent} record too (it may be deleted or outside the export's scope), or fix the ${column}.`,
		code: 'orphan'
	};
}

/** References to another file's key, except those of enrollment records (see enrollmentRecords). */
function orphans(db: Database, log: FindingLog, ctx: CheckContext): void {
	for (const spec of FILE_SPECS['2026']) {
		const file = ctx.fileNames.get(spec.file);
		if (!file) continue;
		for (const col of spec.columns) {
			if (!col.references || col.name === 'ExportID' || col.name === 'UserID') continue;
			if (enrollmentChild(spec) && (col.name === 'EnrollmentID' || col.name === 'PersonalID'))
				continue;
			const [parent, parentCol] = col.references.split('.');
			if (FILE_SPECS['2026'].find((f) => f.file === parent)?.key !== parentCol) continue;
			const c = quoteId(col.name);
			const parentFile = ctx.fileNames.get(parent) ?? `${parent}.csv`;
			rowsOf(
				db,
				log,
				file,
				'orphan',
				`SELECT c.rowid, c.${c} FROM ${quoteId(spec.file)} c WHERE c.${c} IS NOT NULL
				AND NOT EXISTS (SELECT 1 FROM ${quoteId(parent)} p WHERE p.${quoteId(parentCol)} = c.${c}) ORDER BY c.rowid`,
				([row, value]) => orphanFinding(file, spec.file, col.name, value, parentFile, row)
			);
		}
	}
}

/**
 * One pass per enrollment record file with one Enrollment lookup per row: a record whose
 * enrollment is missing, or whose PersonalID differs from its enrollment's. Its PersonalID is
 * looked up in Client only then: when it equals the enrollment's, Enrollment's own check covers it.
 */
function enrollmentRecords(db: Database, log: FindingLog, ctx: CheckContext): void {
	const clients = ctx.fileNames.get('Client') ?? 'Client.csv';
	const enrollments = ctx.fileNames.get('Enrollment') ?? 'Enrollment.csv';
	for (const spec of FILE_SPECS['2026']) {
		const file = ctx.fileNames.get(spec.file);
		if (!file || !enrollmentChild(spec)) continue;
		const stmt = db.prepare(
			`SELECT c.rowid, c.EnrollmentID, c.PersonalID, e.PersonalID, e.rowid IS NULL,
				c.PersonalID IS NOT NULL AND NOT EXISTS (SELECT 1 FROM Client k WHERE k.PersonalID = c.PersonalID)
			FROM ${quoteId(spec.file)} c LEFT JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID
			WHERE c.EnrollmentID IS NOT NULL AND (e.rowid IS NULL OR c.PersonalID IS NOT e.PersonalID)
			ORDER BY c.rowid`
		);
		while (stmt.step()) {
			const [row, enrollment, person, theirs, noEnrollment, noClient] = stmt.get();
			if (noEnrollment && log.want(file, 'orphan'))
				log.push(orphanFinding(file, spec.file, 'EnrollmentID', enrollment, enrollments, row));
			if (noClient && log.want(file, 'orphan'))
				log.push(orphanFinding(file, spec.file, 'PersonalID', person, clients, row));
			if (!noEnrollment && log.want(file, 'person-mismatch'))
				log.push({
					severity: 'warning',
					file,
					row: Number(row),
					column: 'PersonalID',
					value: String(person),
					message: `PersonalID ${person} differs from the PersonalID of enrollment ${enrollment} (${theirs}).`,
					action: "Correct the record in the HMIS so it belongs to the enrollment's client.",
					code: 'person-mismatch'
				});
		}
		stmt.free();
	}
}

/** Users matter to no report, so unknown UserIDs get one finding per file, not one per row. */
function unknownUsers(db: Database, log: FindingLog, ctx: CheckContext): void {
	for (const spec of FILE_SPECS['2026']) {
		const file = ctx.fileNames.get(spec.file);
		if (!file || !spec.columns.some((c) => c.name === 'UserID') || spec.file === 'User') continue;
		const res = db.exec(
			`SELECT count(*), min(rowid), group_concat(DISTINCT UserID) FROM (SELECT rowid, UserID FROM ${quoteId(spec.file)} c
			WHERE UserID IS NOT NULL AND NOT EXISTS (SELECT 1 FROM User u WHERE u.UserID = c.UserID))`
		);
		const [n, row, ids] = res[0]?.values[0] ?? [0, null, null];
		if (!n) continue;
		const list = String(ids).split(',');
		const shown =
			list.slice(0, 5).join(', ') + (list.length > 5 ? `, … (${fmt(list.length)} in all)` : '');
		log.add({
			severity: 'info',
			file,
			row: Number(row),
			column: 'UserID',
			value: list[0],
			message: `${fmt(Number(n))} records name a UserID that is not in User.csv (${shown}).`,
			action: 'Nothing to do for the reports; a complete export lists every user in User.csv.',
			code: 'unknown-user'
		});
	}
}

function households(db: Database, log: FindingLog, ctx: CheckContext): void {
	const file = ctx.fileNames.get('Enrollment');
	if (!file) return;
	const grouped = `SELECT HouseholdID, min(rowid) AS r, count(DISTINCT ProjectID) AS n, group_concat(DISTINCT ProjectID) AS projects FROM Enrollment WHERE HouseholdID IS NOT NULL GROUP BY HouseholdID HAVING n > 1`;
	rowsOf(
		db,
		log,
		file,
		'household-projects',
		`SELECT r, HouseholdID, projects FROM (${grouped}) ORDER BY r`,
		([row, household, projects]) => ({
			severity: 'warning',
			file,
			row: Number(row),
			column: 'HouseholdID',
			value: String(household),
			message: `HouseholdID ${household} is used in more than one project (${String(projects).split(',').join(', ')}); reports take a household to be one project's.`,
			action: 'Give each project stay its own HouseholdID in the HMIS.',
			code: 'household-projects'
		})
	);
}

/** CoC codes an enrollment or inventory names that its project has no ProjectCoC row for. */
function cocCodes(db: Database, log: FindingLog, ctx: CheckContext): void {
	if (!ctx.fileNames.get('ProjectCoC')) return;
	for (const [table, column] of [
		['Enrollment', 'EnrollmentCoC'],
		['Inventory', 'CoCCode']
	]) {
		const file = ctx.fileNames.get(table);
		if (!file) continue;
		const from = `FROM ${table} c WHERE c.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ProjectCoC p WHERE p.ProjectID = c.ProjectID AND p.CoCCode = c.${column})`;
		rowsOf(
			db,
			log,
			file,
			'coc-mismatch',
			`SELECT c.rowid, c.${column}, c.ProjectID ${from} ORDER BY c.rowid`,
			([row, coc, project]) => ({
				severity: 'warning',
				file,
				row: Number(row),
				column,
				value: String(coc),
				message: `CoC code ${coc} is not one of project ${project}'s CoC codes in ProjectCoC.csv.`,
				action: 'Correct the CoC code, or add the CoC to the project in the HMIS.',
				code: 'coc-mismatch'
			})
		);
	}
}

/** One finding per file and foreign ExportID: every row of a file usually shares it. */
function exportIdMismatch(db: Database, log: FindingLog, ctx: CheckContext): void {
	if (!ctx.exportIds.length) return;
	const ids = ctx.exportIds.map((id) => `'${id.replace(/'/g, "''")}'`).join(', ');
	for (const spec of FILE_SPECS['2026']) {
		const file = ctx.fileNames.get(spec.file);
		if (!file || spec.file === 'Export') continue;
		const res = db.exec(
			`SELECT ExportID, count(*), min(rowid) FROM ${quoteId(spec.file)} WHERE ExportID IS NOT NULL AND ExportID NOT IN (${ids}) GROUP BY ExportID ORDER BY 3`
		);
		for (const [id, n, row] of res[0]?.values ?? []) {
			log.add({
				severity: 'warning',
				file,
				row: Number(row),
				column: 'ExportID',
				value: String(id),
				message: `${fmt(Number(n))} records carry ExportID ${id}, which is not Export.csv's (${ctx.exportIds.join(', ')}); the files may come from different exports.`,
				action: 'Load files of one export only: export everything again in one run.',
				code: 'export-id'
			});
		}
	}
}

export function runChecks(db: Database, log: FindingLog, ctx: CheckContext): void {
	orphans(db, log, ctx);
	enrollmentRecords(db, log, ctx);
	unknownUsers(db, log, ctx);
	households(db, log, ctx);
	cocCodes(db, log, ctx);
	exportIdMismatch(db, log, ctx);
}
