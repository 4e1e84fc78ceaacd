// The clients behind one cell, loaded from the engine in pages of 5,000 so the panel shows the
// first ones at once and fills in the rest; opening another cell or closing stops the loading.
import type { MemberDetail } from '../../engine/api';
import type { EngineClient } from '../../worker/client';
import { isAbort } from '../../worker/client';

export type MembersHandle = Pick<EngineClient, 'cellMembers'>;

export interface CellAddress {
	table: string;
	cell: string;
}

export const PAGE_SIZE = 5_000;
/** The panel stops here: beyond this many rows, the validation file is the better tool. */
export const MAX_ROWS = 100_000;

export type MembersStatus = 'idle' | 'loading' | 'done' | 'failed';

export class MembersState {
	cell = $state.raw<CellAddress | null>(null);
	/** How many clients the cell has in all (may be more than MAX_ROWS). */
	total = $state(0);
	members = $state.raw<MemberDetail[]>([]);
	/** Headings of the fields that put a client in this cell (each member's facts). */
	fields = $state.raw<string[]>([]);
	status = $state<MembersStatus>('idle');
	error = $state('');

	#engine: MembersHandle;
	/** Bumped by every open and close: a loop that sees another value stops. */
	#generation = 0;

	constructor(engine: MembersHandle) {
		this.#engine = engine;
	}

	/** Whether every client the panel will hold is loaded. */
	get complete(): boolean {
		return this.status === 'done';
	}

	/** Loads every page of the cell's clients, up to MAX_ROWS. */
	async open(address: CellAddress): Promise<void> {
		const generation = ++this.#generation;
		this.cell = address;
		this.total = 0;
		this.members = [];
		this.fields = [];
		this.error = '';
		this.status = 'loading';
		let offset = 0;
		try {
			for (;;) {
				const limit = Math.min(PAGE_SIZE, MAX_ROWS - offset);
				const page = await this.#engine.cellMembers(address.table, address.cell, offset, limit);
				if (generation !== this.#generation) return;
				this.total = page.total;
				this.fields = page.fields;
				this.members = offset === 0 ? page.members : [...this.members, ...page.members];
				offset += page.members.length;
				if (page.members.length === 0 || offset >= Math.min(page.total, MAX_ROWS)) break;
			}
			this.status = 'done';
		} catch (error) {
			if (generation !== this.#generation || isAbort(error)) return;
			this.error = error instanceof Error ? error.message : String(error);
			this.status = 'failed';
		}
	}

	close(): void {
		this.#generation++;
		this.cell = null;
		this.total = 0;
		this.members = [];
		this.fields = [];
		this.error = '';
		this.status = 'idle';
	}
}
