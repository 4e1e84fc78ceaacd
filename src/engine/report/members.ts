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
	const found = new Map<string, Map<string, Member>>();
	const add = (cell: string, m: Member) => {
		let cellMembers = found.get(cell);
		if (!cellMembers) found.set(cell, (cellMembers = new Map()));
		if (!cellMembers.has(m.personalId)) cellMembers.set(m.personalId, m);
	};
	for (const [cell, members] of Object.entries(table.members)) {
		for (const m of members) add(cell, m);
	}
	for (const q of table.memberQueries) {
		const rows = all<IdRow & { cell: string }>(
			db,
			`SELECT cell, PersonalID, MIN(EnrollmentID) AS EnrollmentID,
				MIN(HouseholdID) AS HouseholdID
			FROM (${q.sql}) GROUP BY cell, PersonalID`,
			q.params
		);
		for (const r of rows) add(r.cell, member(r));
	}
	const sorted = [...found].map(([cell, members]) => [cell, [...members.values()].sort(byPerson)]);
	return new Map(sorted as [string, Member[]][]);
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
