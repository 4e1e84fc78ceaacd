// Checks across files, run in SQL once everything is loaded and indexed: records whose parent is
// missing (orphans), PersonalIDs that disagree with their enrollment, households spread over
// projects, CoC codes the project does not have, and ExportIDs that are not Export.csv's.
import type { Database } from 'sql.js';
import { quoteId } from './columns';
import type { FindingLog } from './findings';
import { FILE_SPECS } from './schema';
import type { Finding, Severity } from './types';

export interface CheckContext {
	/** Table → the file name it was loaded from (files absent from the export are skipped). */
	fileNames: Map<string, string>;
	exportIds: string[];
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Runs `sql` (which must select rowid first) and keeps a finding per row the log still wants. */
function rowsOf(
	db: Database,
	log: FindingLog,
	file: string,
	code: string,
	countSql: string,
	sql: string,
	build: (row: (string | number | null)[]) => Finding
): void {
	const total = Number(db.exec(countSql)[0]?.values[0][0] ?? 0);
	if (!total) return;
	const stmt = db.prepare(sql);
	let built = 0;
	while (stmt.step()) {
		if (!log.want(file, code)) break;
		log.push(build(stmt.get() as (string | number | null)[]));
		built++;
	}
	stmt.free();
	log.skip(file, code, total - built - (built < total ? 1 : 0));
}

/** An Enrollment without its Client or Project cannot be reported at all. */
const severityOf = (child: string): Severity => (child === 'Enrollment' ? 'error' : 'warning');

function orphans(db: Database, log: FindingLog, ctx: CheckContext): void {
	for (const spec of FILE_SPECS['2026']) {
		const file = ctx.fileNames.get(spec.file);
		if (!file) continue;
		for (const col of spec.columns) {
			if (!col.references || col.name === 'ExportID' || col.name === 'UserID') continue;
			const [parent, parentCol] = col.references.split('.');
			if (FILE_SPECS['2026'].find((f) => f.file === parent)?.key !== parentCol) continue;
			const c = quoteId(col.name);
			const where = `FROM ${quoteId(spec.file)} c WHERE c.${c} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${quoteId(parent)} p WHERE p.${quoteId(parentCol)} = c.${c})`;
			const parentFile = ctx.fileNames.get(parent) ?? `${parent}.csv`;
			const severity = severityOf(spec.file);
			rowsOf(db, log, file, 'orphan', `SELECT count(*) ${where}`, `SELECT c.rowid, c.${c} ${where} ORDER BY c.rowid`, ([row, value]) => ({
				severity,
				file,
				row: Number(row),
				column: col.name,
				value: String(value),
				message: `${col.name} ${value} is not in ${parentFile}; reports cannot connect this record to it.`,
				action: `Export the missing ${parent} record too (it may be deleted or outside the export's scope), or fix the ${col.name}.`,
				code: 'orphan'
			}));
		}
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
		const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? `, … (${fmt(list.length)} in all)` : '');
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

/** Child records whose PersonalID is not the PersonalID of their enrollment. */
function personMismatch(db: Database, log: FindingLog, ctx: CheckContext): void {
	for (const spec of FILE_SPECS['2026']) {
		const file = ctx.fileNames.get(spec.file);
		const names = new Set(spec.columns.map((c) => c.name));
		if (!file || spec.file === 'Enrollment' || !names.has('EnrollmentID') || !names.has('PersonalID')) continue;
		const from = `FROM ${quoteId(spec.file)} c JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID WHERE c.PersonalID <> e.PersonalID`;
		rowsOf(db, log, file, 'person-mismatch', `SELECT count(*) ${from}`, `SELECT c.rowid, c.PersonalID, e.PersonalID, c.EnrollmentID ${from} ORDER BY c.rowid`, ([row, own, theirs, enrollment]) => ({
			severity: 'warning',
			file,
			row: Number(row),
			column: 'PersonalID',
			value: String(own),
			message: `PersonalID ${own} differs from the PersonalID of enrollment ${enrollment} (${theirs}).`,
			action: 'Correct the record in the HMIS so it belongs to the enrollment\'s client.',
			code: 'person-mismatch'
		}));
	}
}

function households(db: Database, log: FindingLog, ctx: CheckContext): void {
	const file = ctx.fileNames.get('Enrollment');
	if (!file) return;
	const grouped = `SELECT HouseholdID, min(rowid) AS r, count(DISTINCT ProjectID) AS n, group_concat(DISTINCT ProjectID) AS projects FROM Enrollment WHERE HouseholdID IS NOT NULL GROUP BY HouseholdID HAVING n > 1`;
	rowsOf(db, log, file, 'household-projects', `SELECT count(*) FROM (${grouped})`, `SELECT r, HouseholdID, projects FROM (${grouped}) ORDER BY r`, ([row, household, projects]) => ({
		severity: 'warning',
		file,
		row: Number(row),
		column: 'HouseholdID',
		value: String(household),
		message: `HouseholdID ${household} is used in more than one project (${String(projects).split(',').join(', ')}); reports take a household to be one project's.`,
		action: 'Give each project stay its own HouseholdID in the HMIS.',
		code: 'household-projects'
	}));
}

/** CoC codes an enrollment or inventory names that its project has no ProjectCoC row for. */
function cocCodes(db: Database, log: FindingLog, ctx: CheckContext): void {
	if (!ctx.fileNames.get('ProjectCoC')) return;
	for (const [table, column] of [['Enrollment', 'EnrollmentCoC'], ['Inventory', 'CoCCode']]) {
		const file = ctx.fileNames.get(table);
		if (!file) continue;
		const from = `FROM ${table} c WHERE c.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ProjectCoC p WHERE p.ProjectID = c.ProjectID AND p.CoCCode = c.${column})`;
		rowsOf(db, log, file, 'coc-mismatch', `SELECT count(*) ${from}`, `SELECT c.rowid, c.${column}, c.ProjectID ${from} ORDER BY c.rowid`, ([row, coc, project]) => ({
			severity: 'warning',
			file,
			row: Number(row),
			column,
			value: String(coc),
			message: `CoC code ${coc} is not one of project ${project}'s CoC codes in ProjectCoC.csv.`,
			action: 'Correct the CoC code, or add the CoC to the project in the HMIS.',
			code: 'coc-mismatch'
		}));
	}
}

/** One finding per file and foreign ExportID: every row of a file usually shares it. */
function exportIdMismatch(db: Database, log: FindingLog, ctx: CheckContext): void {
	if (!ctx.exportIds.length) return;
	const ids = ctx.exportIds.map((id) => `'${id.replace(/'/g, "''")}'`).join(', ');
	for (const spec of FILE_SPECS['2026']) {
		const file = ctx.fileNames.get(spec.file);
		if (!file || spec.file === 'Export') continue;
		const res = db.exec(`SELECT ExportID, count(*), min(rowid) FROM ${quoteId(spec.file)} WHERE ExportID IS NOT NULL AND ExportID NOT IN (${ids}) GROUP BY ExportID ORDER BY 3`);
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
	unknownUsers(db, log, ctx);
	personMismatch(db, log, ctx);
	households(db, log, ctx);
	cocCodes(db, log, ctx);
	exportIdMismatch(db, log, ctx);
}
