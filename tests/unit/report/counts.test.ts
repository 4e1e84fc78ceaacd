// Some tables count their cells with a cheaper query than their membership query (e.g. the Total
// column as the sum of the household-type columns): over a pooled run of the generated sample,
// every counted cell of the APR and of the CAPER must hold exactly the clients its members are.
import type { Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { membersByCell } from '../../../src/engine/report/members';
import type { ReportKind } from '../../../src/engine/report/params';
import type { ReportRun } from '../../../src/engine/report/run';
import { pooledSample } from './pooled-sample';

let db: Database;
let pooled: (report: ReportKind) => ReportRun;

beforeAll(async () => {
	({ db, pooled } = await pooledSample(7));
});

describe.each(['apr', 'caper'] as ReportKind[])('counts of the %s', (report) => {
	it('equal the clients behind each counted cell', () => {
		const run = pooled(report);
		const wrong: string[] = [];
		let cells = 0;
		for (const table of run.tables) {
			const members = membersByCell(db, table);
			for (const [cell, n] of Object.entries(table.counts)) {
				if (table.members[cell]) continue;
				cells++;
				const found = members.get(cell)?.length ?? 0;
				if (found !== n) wrong.push(`${table.shape.id} ${cell}: ${n} counted, ${found} members`);
			}
			for (const [cell, list] of members) {
				if (!table.members[cell] && !(cell in table.counts) && list.length) {
					wrong.push(`${table.shape.id} ${cell}: not counted, ${list.length} members`);
				}
			}
		}
		expect(wrong.slice(0, 10)).toEqual([]);
		expect(cells).toBeGreaterThan(1000);
	});
});
