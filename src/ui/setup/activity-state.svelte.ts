// The project picker's counts of clients active in the setup's date range: the engine is asked
// once the dates have stopped changing, and only the answer for the latest dates is kept.
import type { ProjectActivity } from '../../engine/api';
import { isAbort, type EngineClient } from '../../worker/client';
import { isIsoDate } from './date-presets';

export type ActivityHandle = Pick<EngineClient, 'projectActivity'>;

/** How long the dates must stay unchanged before the engine is asked, in milliseconds. */
export const ACTIVITY_DELAY = 400;

export interface DateRange {
	start: string;
	end: string;
}

export class ActivityState {
	/** By project id, the counts for `range`; a project absent from it has no active stay. */
	counts = $state.raw<ReadonlyMap<string, ProjectActivity> | null>(null);
	/** The range the counts are for. */
	range = $state.raw<DateRange | null>(null);
	/** True from a change of dates until the engine has answered for them. */
	pending = $state(false);
	/** Why the counts could not be had, in plain words. */
	problem = $state<string | null>(null);

	#engine: ActivityHandle;
	#delay: number;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Bumped by every request and reset: an answer whose ticket is not the latest is dropped. */
	#ticket = 0;

	constructor(engine: ActivityHandle, delay = ACTIVITY_DELAY) {
		this.#engine = engine;
		this.#delay = delay;
	}

	/** The clients of `projectId` active in `range`: null while no counts are known. */
	clientsOf(projectId: string): number | null {
		return this.counts ? (this.counts.get(projectId)?.clients ?? 0) : null;
	}

	/** The dates changed: count again once they stay so for the delay. */
	request(start: string, end: string): void {
		clearTimeout(this.#timer);
		const ticket = ++this.#ticket;
		if (!isIsoDate(start) || !isIsoDate(end) || start > end) {
			// No range, nothing active in it: counts for older dates would mislead.
			this.#clear();
			return;
		}
		if (this.range?.start === start && this.range.end === end && this.problem === null) {
			this.pending = false;
			return;
		}
		this.pending = true;
		this.#timer = setTimeout(() => void this.#ask(ticket, { start, end }), this.#delay);
	}

	async #ask(ticket: number, range: DateRange): Promise<void> {
		try {
			const answer = await this.#engine.projectActivity(range.start, range.end);
			if (ticket !== this.#ticket) return;
			this.counts = new Map(answer.map((a) => [a.projectId, a]));
			this.range = range;
			this.problem = null;
		} catch (error) {
			// A cancel resets the whole app, this state included.
			if (ticket !== this.#ticket || isAbort(error)) return;
			this.counts = null;
			this.range = null;
			this.problem = `The clients in the range could not be counted: ${
				error instanceof Error ? error.message : String(error)
			}`;
		} finally {
			if (ticket === this.#ticket) this.pending = false;
		}
	}

	/** Drops the counts and any answer still to come (a new export, forget). */
	reset(): void {
		clearTimeout(this.#timer);
		this.#ticket++;
		this.#clear();
	}

	#clear(): void {
		this.counts = null;
		this.range = null;
		this.pending = false;
		this.problem = null;
	}
}
