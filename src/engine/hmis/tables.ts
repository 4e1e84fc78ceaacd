// The database layout every report query relies on: one table per HUD file with every FY2026
// column in its SQLite type, and the indexes the report joins use.
import type { Database } from 'sql.js';
import { quoteId } from './columns';
import { SQL_TYPES } from './coerce';
import { FILE_SPECS } from './schema';

export const PRAGMAS = 'PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;';

/** Drops and recreates every FY2026 table, empty. */
export function createTables(db: Database): void {
	const sql = FILE_SPECS['2026'].map((f) => {
		const cols = f.columns.map((c) => `${quoteId(c.name)} ${SQL_TYPES[c.type]}`).join(', ');
		return `DROP TABLE IF EXISTS ${quoteId(f.file)}; CREATE TABLE ${quoteId(f.file)} (${cols});`;
	});
	db.run(PRAGMAS + sql.join('\n'));
}

/**
 * Indexes for the joins reports and checks make. Some carry extra columns so the common
 * lookups are answered from the index alone (covering).
 */
export const INDEXES: [table: string, columns: string[]][] = [
	['Enrollment', ['EnrollmentID']],
	['Enrollment', ['ProjectID', 'EntryDate']],
	['Enrollment', ['PersonalID']],
	['Enrollment', ['HouseholdID', 'ProjectID']],
	['Exit', ['EnrollmentID', 'ExitDate', 'Destination']],
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
		db.run(`CREATE INDEX IF NOT EXISTS ${name} ON ${quoteId(table)} (${cols.map(quoteId).join(', ')})`);
	}
	db.run('ANALYZE');
}
