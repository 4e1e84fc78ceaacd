// Small helpers over sql.js statements, shared by the loader and the report questions.
import type { BindParams, Database, SqlValue } from 'sql.js';

export type Row = Record<string, SqlValue>;

/**
 * Runs a query and returns every row as an object keyed by column name. Rows are read as
 * arrays and named here: sql.js's getAsObject looks the names up again for every row, which
 * made reading big membership queries three times slower.
 */
export function all<T = Row>(db: Database, sql: string, params?: BindParams): T[] {
	const stmt = db.prepare(sql);
	try {
		if (params) stmt.bind(params);
		const names = stmt.getColumnNames();
		const rows: T[] = [];
		while (stmt.step()) {
			const values = stmt.get();
			const row: Row = {};
			for (let i = 0; i < names.length; i++) row[names[i]] = values[i];
			rows.push(row as T);
		}
		return rows;
	} finally {
		stmt.free();
	}
}

/** Runs a query and returns its first row, or undefined. */
export function one<T = Row>(db: Database, sql: string, params?: BindParams): T | undefined {
	return all<T>(db, sql, params)[0];
}

/** Runs one or more statements that return nothing. */
export function run(db: Database, sql: string, params?: BindParams): void {
	if (params) db.run(sql, params);
	else db.exec(sql);
}
