// Protects the project picker's column sort (direction flips on a second click, numbers start
// with the biggest, unknown counts last, ties in the order given) and its filter on clients in
// the report period.
import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../../src/engine/hmis/types';
import {
	nextSort,
	sortProjects,
	withClientsInRange
} from '../../../src/ui/setup/project-sort';

function project(id: string, name: string, organization: string, clients: number): ProjectSummary {
	return {
		projectId: id,
		projectName: name,
		organizationId: organization,
		organizationName: organization,
		projectType: 3,
		projectTypeLabel: id === 'c' ? 'PH - Rapid Re-Housing' : 'PH - Permanent Supportive Housing',
		rrhSubType: null,
		funders: [],
		cocCodes: [],
		enrollments: clients,
		clients,
		operatingStartDate: null,
		operatingEndDate: null
	};
}

const projects = [
	project('a', 'Harbor', 'Beta', 40),
	project('b', 'Anchor', 'Alpha', 10),
	project('c', 'Cove', 'Beta', 40)
];
const inRange = (id: string) => ({ a: 5, b: 0, c: 12 })[id] ?? null;
const ids = (list: ProjectSummary[]) => list.map((p) => p.projectId);

describe('nextSort', () => {
	it('starts text columns A to Z and counts biggest first, then flips', () => {
		expect(nextSort(null, 'project')).toEqual({ key: 'project', direction: 'ascending' });
		expect(nextSort(null, 'inRange')).toEqual({ key: 'inRange', direction: 'descending' });
		const flipped = nextSort({ key: 'inRange', direction: 'descending' }, 'inRange');
		expect(flipped).toEqual({ key: 'inRange', direction: 'ascending' });
		expect(nextSort(flipped, 'inExport')).toEqual({ key: 'inExport', direction: 'descending' });
	});
});

describe('sortProjects', () => {
	it('keeps the order given without a sort', () => {
		expect(ids(sortProjects(projects, null, inRange))).toEqual(['a', 'b', 'c']);
	});

	it('sorts by a text column either way', () => {
		const up = sortProjects(projects, { key: 'project', direction: 'ascending' }, inRange);
		expect(ids(up)).toEqual(['b', 'c', 'a']);
		const down = sortProjects(projects, { key: 'project', direction: 'descending' }, inRange);
		expect(ids(down)).toEqual(['a', 'c', 'b']);
		const byType = sortProjects(projects, { key: 'type', direction: 'ascending' }, inRange);
		expect(ids(byType)).toEqual(['a', 'b', 'c']);
	});

	it('sorts by the clients in range or in the export, ties in the order given', () => {
		const active = sortProjects(projects, { key: 'inRange', direction: 'descending' }, inRange);
		expect(ids(active)).toEqual(['c', 'a', 'b']);
		const fewest = sortProjects(projects, { key: 'inRange', direction: 'ascending' }, inRange);
		expect(ids(fewest)).toEqual(['b', 'a', 'c']);
		const all = sortProjects(projects, { key: 'inExport', direction: 'descending' }, inRange);
		expect(ids(all)).toEqual(['a', 'c', 'b']);
	});

	it('puts projects whose count is unknown last in either direction', () => {
		const partly = (id: string) => (id === 'a' ? null : inRange(id));
		for (const direction of ['ascending', 'descending'] as const) {
			const sorted = sortProjects(projects, { key: 'inRange', direction }, partly);
			expect(sorted.at(-1)?.projectId).toBe('a');
		}
	});
});

describe('withClientsInRange', () => {
	it('keeps the projects with a client in range, every project while counts are unknown', () => {
		expect(ids(withClientsInRange(projects, inRange))).toEqual(['a', 'c']);
		expect(ids(withClientsInRange(projects, () => null))).toEqual(['a', 'b', 'c']);
	});
});
