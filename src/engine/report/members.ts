// The clients behind a cell, read when someone asks: from the members a question kept in JS,
// or by running the cell's membership query again over the run's universe tables.
import type { Database } from 'sql.js';
import { all } from '../db/query';
import type { Member, MemberQuery, ReportTable } from './table';

interface IdRow {
	PersonalID: string;
	EnrollmentID: string;
	HouseholdID: string;
}

const byPerson = (a: Member, b: Member) =>
	a.personalId < b.personalId ? -1 : a.personalId > b.personalId ? 1 : 0;

function member(r: IdRow): Member {
	return {
		personalId: String(r.PersonalID),
		enrollmentId: String(r.EnrollmentID),
		householdId: String(r.HouseholdID)
	};
}

function membersByQuery(db: Database, q: MemberQuery, cell: string): IdRow[] {
	return all<IdRow>(
		db,
		`SELECT PersonalID, MIN(EnrollmentID) AS EnrollmentID, MIN(HouseholdID) AS HouseholdID
		FROM (${q.sql}) WHERE cell = :memberCell GROUP BY PersonalID`,
		{ ...q.params, ':memberCell': cell }
	);
}

/** The clients behind one cell, once each, by PersonalID. */
export function membersOf(db: Database, table: ReportTable, cell: string): Member[] {
	const found = new Map<string, Member>();
	for (const m of table.members[cell] ?? []) found.set(m.personalId, m);
	for (const q of table.memberQueries) {
		for (const r of membersByQuery(db, q, cell)) {
			if (!found.has(String(r.PersonalID))) found.set(String(r.PersonalID), member(r));
		}
	}
	return [...found.values()].sort(byPerson);
}

/**
 * The clients behind every cell of a table, as membersOf gives them cell by cell, with each kept
 * query run once (the validation file writes them all; a query per cell took minutes).
 */
export function membersByCell(db: Database, table: ReportTable): Map<string, Member[]> {
	const byCell = new Map<string, Member[]>();
	const push = (cell: string, m: Member) => {
		const list = byCell.get(cell);
		if (list) list.push(m);
		else byCell.set(cell, [m]);
	};
	for (const [cell, members] of Object.entries(table.members)) {
		for (const m of members) push(cell, m);
	}
	// Millions of rows on big exports: read as arrays, sorted by SQLite, no row objects.
	for (const q of table.memberQueries) {
		const stmt = db.prepare(
			`SELECT cell, PersonalID, MIN(EnrollmentID), MIN(HouseholdID)
			FROM (${q.sql}) GROUP BY cell, PersonalID ORDER BY cell, PersonalID`
		);
		try {
			if (q.params) stmt.bind(q.params);
			while (stmt.step()) {
				const [cell, personalId, enrollmentId, householdId] = stmt.get();
				push(String(cell), {
					personalId: String(personalId),
					enrollmentId: String(enrollmentId),
					householdId: String(householdId)
				});
			}
		} finally {
			stmt.free();
		}
	}
	// A cell with members from more than one source: each client once (the first source's), by
	// PersonalID, as membersOf gives them.
	const mixed = new Set(Object.keys(table.members));
	if (table.memberQueries.length > 1) for (const cell of byCell.keys()) mixed.add(cell);
	for (const cell of mixed) {
		const once = new Map<string, Member>();
		for (const m of byCell.get(cell) ?? []) {
			if (!once.has(m.personalId)) once.set(m.personalId, m);
		}
		byCell.set(cell, [...once.values()].sort(byPerson));
	}
	return byCell;
}

/** How many clients are behind each cell that has any. */
export function memberCounts(table: ReportTable): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const [cell, members] of Object.entries(table.members)) counts[cell] = members.length;
	return { ...counts, ...table.counts };
}

/** The cells of a table that count this client. */
export function cellsOfClient(db: Database, table: ReportTable, personalId: string): string[] {
	const cells = new Set<string>();
	for (const [cell, members] of Object.entries(table.members)) {
		if (members.some((m) => m.personalId === personalId)) cells.add(cell);
	}
	for (const q of table.memberQueries) {
		const rows = all<{ cell: string }>(
			db,
			`SELECT DISTINCT cell FROM (${q.sql}) WHERE PersonalID = :memberPerson`,
			{ ...q.params, ':memberPerson': personalId }
		);
		for (const r of rows) cells.add(r.cell);
	}
	return [...cells];
}
