// The fields that put a client in a cell: each question names, table by table, the HMIS fields
// and derived values its rule reads, and this module reads them for the clients a page shows.
import type { Database } from 'sql.js';
import { VALUE_LISTS } from '../hmis/schema';
import type { ReportParams } from './params';

export interface CellField {
	/** The HMIS CSV column ("Destination") or, for a derived value, plain words ("Days in project"). */
	label: string;
	/** HUD value list ("3.12.1") whose names explain the codes. */
	list?: string;
}

export interface FieldSet {
	fields: CellField[];
	/**
	 * Selects EnrollmentID, then one column per field in the same order, for the enrollments
	 * listed in `picked` (one column, EnrollmentID). :start and :end are the report dates.
	 * One row per picked enrollment; a missing row shows empty fields.
	 */
	sql: string;
}

const lists = VALUE_LISTS['2026'];

/** A field's value as the panel shows it: a coded value with its HUD name, "Yes (1)". */
export function fieldText(value: unknown, field: CellField): string {
	if (value === null || value === undefined) return '';
	const name = field.list ? lists[field.list]?.values[String(value)] : undefined;
	return name ? `${name} (${value})` : String(value);
}

/** The fields of each enrollment, as text in the set's order, by EnrollmentID. */
export function readFields(
	db: Database,
	set: FieldSet,
	enrollmentIds: string[],
	params: Pick<ReportParams, 'start' | 'end'>
): Map<string, string[]> {
	const bind: Record<string, string> = { ':ids': JSON.stringify(enrollmentIds) };
	if (set.sql.includes(':start')) bind[':start'] = params.start;
	if (set.sql.includes(':end')) bind[':end'] = params.end;
	const stmt = db.prepare(
		`WITH picked(EnrollmentID) AS (SELECT DISTINCT value FROM json_each(:ids))
		SELECT * FROM (${set.sql})`
	);
	const out = new Map<string, string[]>();
	try {
		stmt.bind(bind);
		while (stmt.step()) {
			const [id, ...values] = stmt.get();
			out.set(
				String(id),
				set.fields.map((f, i) => fieldText(values[i], f))
			);
		}
	} finally {
		stmt.free();
	}
	return out;
}
