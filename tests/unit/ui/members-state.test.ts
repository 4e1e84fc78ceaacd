// Protects the members panel's loading: pages of 5,000 until the cell's total, the 100,000-row
// stop, and that opening another cell or closing the panel stops a loading in progress.
import { describe, expect, it, vi } from 'vitest';
import type { MemberDetail, MemberPage } from '../../../src/engine/api';
import {
	MAX_ROWS,
	MembersState,
	PAGE_SIZE,
	type MembersHandle
} from '../../../src/ui/review/members-state.svelte';

function member(i: number): MemberDetail {
	return {
		personalId: String(i),
		enrollmentId: `e${i}`,
		householdId: `h${i}`,
		projectId: 'P1',
		entryDate: '2025-10-01',
		exitDate: null,
		age: 40,
		householdType: 'without_children',
		facts: ['Yes (1)']
	};
}

/** An engine whose cells have `totals[cell]` clients, numbered from 0. */
function fakeEngine(totals: Record<string, number>) {
	const cellMembers = vi.fn(
		async (_table: string, cell: string, offset: number, limit: number): Promise<MemberPage> => {
			const total = totals[cell] ?? 0;
			const end = Math.min(total, offset + limit);
			return {
				total,
				offset,
				fields: ['VeteranStatus'],
				members: Array.from({ length: Math.max(0, end - offset) }, (_, i) => member(offset + i))
			};
		}
	);
	return { cellMembers } satisfies MembersHandle;
}

describe('MembersState', () => {
	it('loads every client of a cell in pages of 5,000', async () => {
		const engine = fakeEngine({ B2: 12_345 });
		const members = new MembersState(engine);
		await members.open({ table: 'Q7a', cell: 'B2' });
		expect(members.status).toBe('done');
		expect(members.total).toBe(12_345);
		expect(members.members.length).toBe(12_345);
		expect(members.members[12_344].personalId).toBe('12344');
		expect(members.fields).toEqual(['VeteranStatus']);
		expect(engine.cellMembers.mock.calls.map((c) => c[2])).toEqual([0, 5_000, 10_000]);
		expect(engine.cellMembers.mock.calls.every((c) => c[3] === PAGE_SIZE)).toBe(true);
	});

	it('stops at 100,000 clients and keeps the real total', async () => {
		const engine = fakeEngine({ B2: 150_000 });
		const members = new MembersState(engine);
		await members.open({ table: 'Q7a', cell: 'B2' });
		expect(members.total).toBe(150_000);
		expect(members.members.length).toBe(MAX_ROWS);
		expect(engine.cellMembers).toHaveBeenCalledTimes(MAX_ROWS / PAGE_SIZE);
	});

	it('finishes at once for a cell with no clients', async () => {
		const members = new MembersState(fakeEngine({}));
		await members.open({ table: 'Q7a', cell: 'C9' });
		expect(members.status).toBe('done');
		expect(members.members).toEqual([]);
	});

	it('drops a loading in progress when another cell opens or the panel closes', async () => {
		const engine = fakeEngine({ B2: 20_000, C2: 3 });
		const members = new MembersState(engine);
		const first = members.open({ table: 'Q7a', cell: 'B2' });
		const second = members.open({ table: 'Q7a', cell: 'C2' });
		await Promise.all([first, second]);
		expect(members.cell).toEqual({ table: 'Q7a', cell: 'C2' });
		expect(members.members.map((m) => m.personalId)).toEqual(['0', '1', '2']);
		members.close();
		expect(members.fields).toEqual([]);
		expect(engine.cellMembers.mock.calls.filter((c) => c[1] === 'B2').length).toBe(1);
		const third = members.open({ table: 'Q7a', cell: 'B2' });
		members.close();
		await third;
		expect(members.cell).toBeNull();
		expect(members.members).toEqual([]);
		expect(members.status).toBe('idle');
	});

	it('says why the clients could not be read', async () => {
		const members = new MembersState({
			cellMembers: vi.fn(async () => {
				throw new Error('Run a report first.');
			})
		});
		await members.open({ table: 'Q7a', cell: 'B2' });
		expect(members.status).toBe('failed');
		expect(members.error).toBe('Run a report first.');
	});
});
