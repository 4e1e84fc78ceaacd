// What a question module is: a function from the shared universe to one or more tables.
import type { BindParams, Database } from 'sql.js';
import { all, run } from '../db/query';
import type { FieldSet } from './cell-fields';
import type { ReportParams } from './params';
import shapes from './spec/tables';
import { emptyTable, fillCountsFrom, type MemberQuery, type ReportTable, type TableShape } from './table';

export interface QuestionContext {
	db: Database;
	params: ReportParams;
	/** The FY2026 shape of a table ("Q5a"). */
	shape(id: string): TableShape;
	/** A fresh all-zero table of that shape. */
	table(id: string): ReportTable;
	/** Rows of a query; :start and :end are bound to the report dates when the SQL names them. */
	all<T = Record<string, unknown>>(sql: string, params?: BindParams): T[];
	/**
	 * A fresh table with its counts filled from a membership query (cell, PersonalID,
	 * EnrollmentID, HouseholdID): SQLite counts distinct clients per cell, and the query is kept
	 * so the members of a cell can be read when asked for. A CountedQuery brings a cheaper query
	 * for the counts.
	 */
	counted(id: string, sql: string | CountedQuery, params?: BindParams): ReportTable;
	/**
	 * Creates temp table `name` from a query once per run (later calls return at once) and gives
	 * its name: rows several tables read, built once. It lives as long as the universe, so
	 * membership queries may read it; `index` lists columns to index it on.
	 */
	temp(name: string, sql: string, index?: string[]): string;
}

/**
 * A membership query with a query giving the same counts more cheaply: rows (cell, n), n the
 * distinct clients of the cell in `membership` (cells without clients may be absent).
 */
export interface CountedQuery {
	membership: string;
	counts: string;
}

export interface Question {
	/** The tables this module computes, in the order it returns them. */
	tables: string[];
	compute(ctx: QuestionContext): ReportTable[];
	/** By table id: the fields that put a client in the table's cells (see cell-fields.ts). */
	fields?: Record<string, FieldSet>;
}

export function shapeOf(id: string, version = '2026'): TableShape {
	const shape = shapes.find((s) => s.id === id && s.versions.includes(version));
	if (!shape) throw new Error(`No FY${version} shape for table ${id}`);
	return shape;
}

export function createContext(db: Database, params: ReportParams): QuestionContext {
	const dates = { ':start': params.start, ':end': params.end };
	const bound = (sql: string, extra?: BindParams): BindParams | undefined => {
		const own = Object.fromEntries(Object.entries(dates).filter(([k]) => sql.includes(k)));
		if (extra && !Array.isArray(extra)) return { ...own, ...extra };
		return Object.keys(own).length ? own : extra;
	};
	const query = (sql: string, extra?: BindParams): MemberQuery => {
		const params = bound(sql, extra);
		if (Array.isArray(params)) throw new Error('Membership queries take named parameters only');
		return { sql, params: params as MemberQuery['params'] };
	};
	const temps = new Set<string>();
	const ctx: QuestionContext = {
		db,
		params,
		shape: (id) => shapeOf(id),
		table: (id) => emptyTable(shapeOf(id)),
		all: (sql, extra) => all(db, sql, bound(sql, extra)),
		counted(id, membership, extra) {
			const table = ctx.table(id);
			const sql = typeof membership === 'string' ? membership : membership.membership;
			const countSql =
				typeof membership === 'string'
					? `SELECT cell, COUNT(DISTINCT PersonalID) AS n FROM (${sql}) GROUP BY cell`
					: membership.counts;
			const q = query(sql, extra);
			const counts = all<{ cell: string; n: number }>(db, countSql, query(countSql, extra).params);
			fillCountsFrom(table, counts, q);
			return table;
		},
		temp(name, sql, index) {
			if (temps.has(name)) return name;
			run(db, `DROP TABLE IF EXISTS temp.${name}`);
			run(db, `CREATE TEMP TABLE ${name} AS ${sql}`, bound(sql));
			if (index) run(db, `CREATE INDEX temp.${name}_idx ON ${name} (${index.join(', ')})`);
			temps.add(name);
			return name;
		}
	};
	return ctx;
}
