// The clients behind a cell are read again from the cell's membership query when asked for:
// they must be exactly the clients the count counted, once each, whatever the query repeats.
import { describe, expect, test } from 'vitest';
import {
	cellsOfClient,
	memberCounts,
	membersByCell,
	membersOf
} from '../../../src/engine/report/members';
import { createContext } from '../../../src/engine/report/question';
import { setValue } from '../../../src/engine/report/table';
import { buildUniverse } from '../../../src/engine/report/universe';
import { FY2026, loadFixture } from './fixture';

const people = ['A', 'B', 'C'].map((id) => ({ PersonalID: id, DOB: '1980-01-01' }));
const stays = ['A', 'B', 'C'].map((id) => ({
	EnrollmentID: `e${id}`,
	PersonalID: id,
	HouseholdID: `h${id}`,
	EntryDate: '2025-11-01'
}));

describe('cell members', () => {
	test('are the distinct clients of the cell, sorted, with counts to match', async () => {
		const db = await loadFixture({ Client: people, Enrollment: stays });
		const params = { ...FY2026, projectIds: ['P1'] };
		buildUniverse(db, params);
		const ctx = createContext(db, params);
		// A and B land in B2 twice (a UNION ALL repeats them); everyone is in the total B3.
		const table = ctx.counted(
			'Q7a',
			`SELECT 'B2' AS cell, PersonalID, EnrollmentID, HouseholdID FROM u_client WHERE PersonalID <> 'C'
			UNION ALL SELECT 'B2', PersonalID, EnrollmentID, HouseholdID FROM u_client WHERE PersonalID <> 'C'
			UNION ALL SELECT 'B3', PersonalID, EnrollmentID, HouseholdID FROM u_client
				WHERE EntryDate >= :start`
		);
		expect([table.values.B2, table.values.B3]).toEqual([2, 3]);
		expect(memberCounts(table)).toEqual({ B2: 2, B3: 3 });
		expect(membersOf(db, table, 'B2')).toEqual([
			{ personalId: 'A', enrollmentId: 'eA', householdId: 'hA' },
			{ personalId: 'B', enrollmentId: 'eB', householdId: 'hB' }
		]);
		expect(membersOf(db, table, 'B3').map((m) => m.personalId)).toEqual(['A', 'B', 'C']);
		expect(membersOf(db, table, 'D4')).toEqual([]);
		expect(cellsOfClient(db, table, 'C')).toEqual(['B3']);
		expect(cellsOfClient(db, table, 'A').sort()).toEqual(['B2', 'B3']);
		// All cells at once, with members kept in JS (a computed cell) merged in.
		const c = { personalId: 'C', enrollmentId: 'eC', householdId: 'hC' };
		setValue(table, 'B3', 3, 'count', [c]);
		setValue(table, 'C4', 1.5, 'average', [c]);
		const all = membersByCell(db, table);
		expect([...all.keys()].sort()).toEqual(['B2', 'B3', 'C4']);
		for (const cell of ['B2', 'B3', 'C4']) {
			expect(all.get(cell)).toEqual(membersOf(db, table, cell));
		}
		expect(all.get('C4')).toEqual([c]);
	});
});
