// Protects the picker's "clients in range" counts: the engine is asked once the dates stop
// changing, an answer for dates changed since is dropped, bad dates clear the counts, a reset
// drops an answer still to come, and a failure is said in plain words.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectActivity } from '../../../src/engine/api';
import { ActivityState } from '../../../src/ui/setup/activity-state.svelte';
import { deferred } from './deferred';

/** An engine whose answers the test gives, one per call, in the order asked. */
function fakeEngine() {
	const answers: ReturnType<typeof deferred<ProjectActivity[]>>[] = [];
	const engine = {
		projectActivity: vi.fn(() => {
			const answer = deferred<ProjectActivity[]>();
			answers.push(answer);
			return answer.promise;
		})
	};
	return { engine, answers };
}

const counts = (clients: number): ProjectActivity[] => [
	{ projectId: '101', clients, enrollments: clients + 1 }
];

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('ActivityState', () => {
	it('asks once the dates have stayed the same for the delay, with the last dates', async () => {
		const { engine, answers } = fakeEngine();
		const activity = new ActivityState(engine, 300);
		activity.request('2025-10-01', '2026-09-30');
		vi.advanceTimersByTime(200);
		activity.request('2025-01-01', '2025-12-31');
		expect(activity.pending).toBe(true);
		vi.advanceTimersByTime(299);
		expect(engine.projectActivity).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(engine.projectActivity).toHaveBeenCalledExactlyOnceWith('2025-01-01', '2025-12-31');
		answers[0].resolve(counts(7));
		await vi.runAllTimersAsync();
		expect(activity.pending).toBe(false);
		expect(activity.range).toEqual({ start: '2025-01-01', end: '2025-12-31' });
		expect(activity.clientsOf('101')).toBe(7);
		expect(activity.clientsOf('999')).toBe(0);
		expect(activity.counts?.get('101')?.enrollments).toBe(8);
	});

	it('drops an answer for dates that changed while it was computed', async () => {
		const { engine, answers } = fakeEngine();
		const activity = new ActivityState(engine, 300);
		activity.request('2025-10-01', '2026-09-30');
		vi.advanceTimersByTime(300);
		activity.request('2025-01-01', '2025-12-31');
		vi.advanceTimersByTime(300);
		expect(engine.projectActivity).toHaveBeenCalledTimes(2);
		answers[1].resolve(counts(2));
		await vi.runAllTimersAsync();
		answers[0].resolve(counts(1));
		await vi.runAllTimersAsync();
		expect(activity.range).toEqual({ start: '2025-01-01', end: '2025-12-31' });
		expect(activity.clientsOf('101')).toBe(2);
		expect(activity.pending).toBe(false);
	});

	it('does not ask again for the dates it has counts for, even after a change undone', async () => {
		const { engine, answers } = fakeEngine();
		const activity = new ActivityState(engine, 300);
		activity.request('2025-10-01', '2026-09-30');
		vi.advanceTimersByTime(300);
		answers[0].resolve(counts(3));
		await vi.runAllTimersAsync();
		activity.request('2025-10-01', '2026-09-03');
		expect(activity.pending).toBe(true);
		activity.request('2025-10-01', '2026-09-30');
		expect(activity.pending).toBe(false);
		await vi.runAllTimersAsync();
		expect(engine.projectActivity).toHaveBeenCalledOnce();
		expect(activity.clientsOf('101')).toBe(3);
	});

	it('clears the counts for dates that are no range, without asking', async () => {
		const { engine, answers } = fakeEngine();
		const activity = new ActivityState(engine, 300);
		activity.request('2025-10-01', '2026-09-30');
		vi.advanceTimersByTime(300);
		answers[0].resolve(counts(3));
		await vi.runAllTimersAsync();
		for (const [start, end] of [
			['2025-10-01', ''],
			['2025-02-30', '2025-03-01'],
			['2026-10-01', '2026-09-30']
		]) {
			activity.request(start, end);
			await vi.runAllTimersAsync();
			expect(activity.counts).toBeNull();
			expect(activity.clientsOf('101')).toBeNull();
			expect(activity.pending).toBe(false);
		}
		expect(engine.projectActivity).toHaveBeenCalledOnce();
	});

	it('drops an answer still to come on reset, and says why counting failed', async () => {
		const { engine, answers } = fakeEngine();
		const activity = new ActivityState(engine, 300);
		activity.request('2025-10-01', '2026-09-30');
		vi.advanceTimersByTime(300);
		activity.reset();
		answers[0].resolve(counts(3));
		await vi.runAllTimersAsync();
		expect(activity.counts).toBeNull();
		expect(activity.pending).toBe(false);
		activity.request('2025-10-01', '2026-09-30');
		vi.advanceTimersByTime(300);
		answers[1].reject(new Error('The engine stopped unexpectedly (out of memory).'));
		await vi.runAllTimersAsync();
		expect(activity.problem).toBe(
			'The clients in the range could not be counted: The engine stopped unexpectedly (out of memory).'
		);
		expect(activity.counts).toBeNull();
		// The same dates are asked again after a failure.
		activity.request('2025-10-01', '2026-09-30');
		vi.advanceTimersByTime(300);
		expect(engine.projectActivity).toHaveBeenCalledTimes(3);
	});
});
