// Protects the setup's warnings: several projects (Sage takes one per zip), projects without a
// funder of the report's program (list 2.06.1), and Coordinated Entry projects.
import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../../src/engine/hmis/types';
import { VALUE_LISTS } from '../../../src/engine/hmis/schema';
import { COC_FUNDERS, ESG_FUNDERS, fundedFor, setupWarnings } from '../../../src/ui/setup/funders';

function project(id: string, funders: number[], projectType = 3): ProjectSummary {
	return {
		projectId: id,
		projectName: `Project ${id}`,
		organizationId: 'O1',
		organizationName: 'Org',
		projectType,
		projectTypeLabel: 'PH - Permanent Supportive Housing',
		rrhSubType: null,
		funders: funders.map((code) => ({ code, label: String(code) })),
		cocCodes: ['XX-500'],
		enrollments: 1,
		clients: 1,
		operatingStartDate: null,
		operatingEndDate: null
	};
}

describe('report funders', () => {
	it('lists HUD CoC Program and ESG funding sources that exist in list 2.06.1', () => {
		const list: Record<string, string> = VALUE_LISTS['2026']['2.06.1'].values;
		for (const code of COC_FUNDERS)
			expect(list[code], `code ${code}`).toMatch(/^HUD: (CoC|Unsheltered|Rural)/);
		for (const code of ESG_FUNDERS) expect(list[code], `code ${code}`).toMatch(/^HUD: ESG/);
		// Every "HUD: CoC" answer of the list is a CoC funder.
		for (const [code, label] of Object.entries(list)) {
			if (label.startsWith('HUD: CoC')) expect(COC_FUNDERS).toContain(Number(code));
		}
	});

	it('says whether a project has a funder of the report', () => {
		expect(fundedFor(project('1', [2]), 'apr')).toBe(true);
		expect(fundedFor(project('1', [8, 46]), 'apr')).toBe(false);
		expect(fundedFor(project('1', [8, 46]), 'caper')).toBe(true);
	});
});

describe('setup warnings', () => {
	it('says nothing for one CoC-funded project', () => {
		expect(setupWarnings([project('1', [3])], 'apr')).toEqual([]);
	});

	it('warns when several projects are picked', () => {
		const warnings = setupWarnings([project('1', [3]), project('2', [2])], 'apr');
		expect(warnings.map((w) => w.id)).toEqual(['several-projects']);
		expect(warnings[0].message).toContain('one project per upload zip');
	});

	it('names the projects with no CoC funder', () => {
		const warnings = setupWarnings([project('1', [3]), project('2', [8])], 'apr');
		expect(warnings.map((w) => w.id)).toEqual(['several-projects', 'funders']);
		expect(warnings[1].message).toContain('Project 2 (ID 2)');
		expect(warnings[1].message).not.toContain('Project 1 (ID 1)');
	});

	it('warns that Coordinated Entry projects cannot be in the report', () => {
		const warnings = setupWarnings([project('9', [3], 14)], 'apr');
		expect(warnings.map((w) => w.id)).toEqual(['coordinated-entry']);
	});
});
