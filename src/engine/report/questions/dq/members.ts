// Cell members without moving text per cell: the dq membership queries return the rowid of a
// universe row (u_client or u_enrollment) and small integers, and the IDs behind each rowid are
// read once per run. On big exports, reading ID strings for every cell was most of the time.
import type { QuestionContext } from '../../question';
import { isGray, type Member, type ReportTable } from '../../table';

export type MemberSource = 'u_client' | 'u_enrollment';

const cache = new WeakMap<QuestionContext, Partial<Record<MemberSource, Member[]>>>();

interface IdRow {
	i: number;
	p: string;
	e: string;
	h: string;
}

/** The members of a universe table by rowid (each run has its own context and universe). */
export function membersByRowid(ctx: QuestionContext, source: MemberSource): Member[] {
	let bySource = cache.get(ctx);
	if (!bySource) cache.set(ctx, (bySource = {}));
	let members = bySource[source];
	if (!members) {
		members = [];
		const sql = `SELECT rowid AS i, PersonalID AS p, EnrollmentID AS e, HouseholdID AS h
			FROM ${source}`;
		for (const r of ctx.all<IdRow>(sql)) {
			members[r.i] = {
				personalId: String(r.p),
				enrollmentId: String(r.e),
				householdId: String(r.h)
			};
		}
		bySource[source] = members;
	}
	return members;
}

/**
 * Collects (cell, rowid) placements and fills a table's counts and members from them: each
 * cell counts distinct PersonalIDs, like fillCounts, with the Member objects shared.
 */
export class Placements {
	private readonly cells = new Map<string, number[]>();
	private readonly members: Member[];

	constructor(ctx: QuestionContext, source: MemberSource = 'u_client') {
		this.members = membersByRowid(ctx, source);
	}

	add(cell: string, rowid: number): void {
		const ids = this.cells.get(cell);
		if (ids) ids.push(rowid);
		else this.cells.set(cell, [rowid]);
	}

	fill(table: ReportTable): ReportTable {
		for (const [ref, ids] of this.cells) {
			if (isGray(table, ref)) throw new Error(`${table.shape.id}: gray cell ${ref} got members`);
			const seen = new Set<string>();
			const list: Member[] = [];
			for (const i of ids) {
				const m = this.members[i];
				if (seen.has(m.personalId)) continue;
				seen.add(m.personalId);
				list.push(m);
			}
			table.values[ref] = list.length;
			table.formats[ref] = 'count';
			table.members[ref] = list;
		}
		return table;
	}
}
