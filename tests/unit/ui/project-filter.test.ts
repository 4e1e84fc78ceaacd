// Protects the project picker's search: every word must match some field, the type filter, the
// order, and the lists of types and CoC codes offered.
import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../../src/engine/hmis/types';
import { cocCodesOf, filterProjects, projectTypes } from '../../../src/ui/setup/project-filter';

const base = {
	organizationId: 'O',
	rrhSubType: null,
	enrollments: 1,
	clients: 1,
	operatingStartDate: null,
	operatingEndDate: null
};
const projects: ProjectSummary[] = [
	{
		...base,
		projectId: '202',
		projectName: 'Northside Rapid Re-Housing',
		organizationName: 'Northside Housing',
		projectType: 13,
		projectTypeLabel: 'PH - Rapid Re-Housing',
		funders: [{ code: 3, label: 'HUD: CoC - Rapid Re-Housing' }],
		cocCodes: ['XX-500']
	},
	{
		...base,
		projectId: '101',
		projectName: 'Harbor Light Shelter',
		organizationName: 'Harbor Light',
		projectType: 0,
		projectTypeLabel: 'Emergency Shelter - Entry Exit',
		funders: [{ code: 8, label: 'HUD: ESG - Emergency Shelter' }],
		cocCodes: ['XX-501', 'XX-500']
	}
];

describe('filterProjects', () => {
	it('lists every project sorted by organization when nothing is typed', () => {
		expect(filterProjects(projects, '  ', null).map((p) => p.projectId)).toEqual(['101', '202']);
	});

	it('matches every word in any field, ignoring case', () => {
		const ids = (text: string) => filterProjects(projects, text, null).map((p) => p.projectId);
		expect(ids('northside')).toEqual(['202']);
		expect(ids('ESG shelter')).toEqual(['101']);
		expect(ids('xx-501')).toEqual(['101']);
		expect(ids('202')).toEqual(['202']);
		expect(ids('harbor rapid')).toEqual([]);
	});

	it('keeps one project type', () => {
		expect(filterProjects(projects, '', 13).map((p) => p.projectId)).toEqual(['202']);
	});
});

describe('project types and CoC codes', () => {
	it('lists the types present, by code, and the CoC codes once each', () => {
		expect(projectTypes(projects)).toEqual([
			{ code: 0, label: 'Emergency Shelter - Entry Exit' },
			{ code: 13, label: 'PH - Rapid Re-Housing' }
		]);
		expect(cocCodesOf(projects)).toEqual(['XX-500', 'XX-501']);
	});
});
