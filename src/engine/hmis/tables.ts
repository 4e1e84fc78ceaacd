// The database layout every report query relies on: one table per HUD file with every FY2026
// column in its SQLite type, and the indexes the report joins use.
//
// The tables live in an attached in-memory schema, `hmis`: sql.js keeps its main database in a
// file of Emscripten's in-memory file system, which costs a quarter more CPU per insert and
// holds the data twice (file plus page cache). Queries name the tables unqualified as usual;
// an index on one of them must name the schema: CREATE INDEX hmis.my_index ON Enrollment (...).
import type { Database } from 'sql.js';
import { SQL_TYPES } from './coerce';
import { FILE_SPECS } from './schema';

export const SCHEMA = 'hmis';

export const quoteId = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A HUD table's qualified name, e.g. hmis."Enrollment". */
export const tableRef = (file: string) => `${SCHEMA}.${quoteId(file)}`;

/** Attaches the schema (once per database) and drops and recreates every FY2026 table, empty. */
export function createTables(db: Database): void {
	const attached = db.exec('PRAGMA database_list')[0].values.some((r) => r[1] === SCHEMA);
	// Big pages: about a tenth less CPU per insert and per index build than 4 KiB ones (measured).
	if (!attached) db.run(`ATTACH ':memory:' AS ${SCHEMA}; PRAGMA ${SCHEMA}.page_size = 65536`);
	const pragmas = `PRAGMA ${SCHEMA}.journal_mode = OFF; PRAGMA ${SCHEMA}.synchronous = OFF; PRAGMA temp_store = MEMORY;`;
	const sql = FILE_SPECS['2026'].map((f) => {
		const cols = f.columns.map((c) => `${quoteId(c.name)} ${SQL_TYPES[c.type]}`).join(', ');
		return `DROP TABLE IF EXISTS ${tableRef(f.file)}; CREATE TABLE ${tableRef(f.file)} (${cols});`;
	});
	db.run(pragmas + sql.join('\n'));
}

/**
 * Indexes for the joins reports and checks make. Some carry extra columns so the common
 * lookups are answered from the index alone (covering).
 */
export const INDEXES: [table: string, columns: string[]][] = [
	// PersonalID too: the cross-file check compares it for every row of every enrollment file.
	['Enrollment', ['EnrollmentID', 'PersonalID']],
	['Enrollment', ['ProjectID', 'EntryDate']],
	['Enrollment', ['PersonalID']],
	['Enrollment', ['HouseholdID', 'ProjectID']],
	// In the universe's tie-break order, so the latest exit of a stay is the index's first entry.
	['Exit', ['EnrollmentID', 'ExitDate', 'DateUpdated', 'ExitID', 'Destination']],
	['Client', ['PersonalID']],
	['Project', ['ProjectID']],
	['Organization', ['OrganizationID']],
	['User', ['UserID']],
	['Assessment', ['AssessmentID']],
	['Services', ['EnrollmentID', 'RecordType', 'DateProvided']],
	['IncomeBenefits', ['EnrollmentID', 'DataCollectionStage', 'InformationDate']],
	['Disabilities', ['EnrollmentID', 'DataCollectionStage']],
	['HealthAndDV', ['EnrollmentID', 'DataCollectionStage']],
	['CurrentLivingSituation', ['EnrollmentID', 'InformationDate']],
	['Funder', ['ProjectID']],
	['ProjectCoC', ['ProjectID']]
];

export function createIndexes(db: Database, onIndex: (table: string) => void = () => {}): void {
	for (const [table, cols] of INDEXES) {
		onIndex(table);
		const name = quoteId(`ix_${table}_${cols.join('_')}`);
		db.run(
			`CREATE INDEX IF NOT EXISTS ${SCHEMA}.${name} ON ${quoteId(table)} (${cols.map(quoteId).join(', ')})`
		);
	}
	db.run('ANALYZE');
}
