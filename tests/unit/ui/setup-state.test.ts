// Protects the report setup's state: the default period, the parameters it gives the engine
// (the CoC filter only when one is chosen) and the problems that keep the report from running.
import { describe, expect, it } from 'vitest';
import { SetupState } from '../../../src/ui/setup/setup-state.svelte';

describe('SetupState', () => {
	it('starts on the APR over the last federal fiscal year, with nothing picked', () => {
		const setup = new SetupState(() => '2026-12-03');
		expect(setup.params).toEqual({
			report: 'apr',
			start: '2025-10-01',
			end: '2026-09-30',
			projectIds: []
		});
		expect(setup.problems).toEqual(['Pick at least one project.']);
	});

	it('adds and removes projects, and gives the CoC filter only when chosen', () => {
		const setup = new SetupState(() => '2026-12-03');
		setup.toggleProject('101', true);
		setup.toggleProject('202', true);
		setup.toggleProject('101', true);
		setup.toggleProject('202', false);
		expect(setup.params.projectIds).toEqual(['101']);
		expect(setup.params.cocCodes).toBeUndefined();
		setup.cocCodes = ['XX-500'];
		expect(setup.params.cocCodes).toEqual(['XX-500']);
		expect(setup.problems).toEqual([]);
	});

	it('says what is wrong with the dates', () => {
		const setup = new SetupState(() => '2026-12-03');
		setup.toggleProject('101', true);
		setup.start = '2026-10-01';
		expect(setup.problems).toEqual(['The report period starts after it ends.']);
		setup.start = '';
		setup.end = '2026-02-30';
		expect(setup.problems).toEqual([
			'Enter the first day of the report period.',
			'Enter the last day of the report period.'
		]);
		setup.reset();
		expect(setup.start).toBe('2025-10-01');
		expect(setup.projectIds).toEqual([]);
	});
});
