// Protects what the printed report says about itself: the report, its period, its projects by
// name (or id when the export has no such project), the CoC filter and when it was generated.
import { describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../../src/engine/api';
import type { ProjectSummary } from '../../../src/engine/hmis/types';
import { printHeader } from '../../../src/ui/download/print-header';

function summary(params: Partial<ReportSummary['params']>): ReportSummary {
	return {
		ok: true,
		problems: [],
		params: { report: 'apr', start: '2025-10-01', end: '2026-09-30', projectIds: [], ...params },
		tables: [],
		missing: [],
		checks: [],
		timings: {}
	};
}

const shelter = {
	projectId: 'P1',
	projectName: 'Harbor Shelter',
	organizationName: 'Harbor House'
} as ProjectSummary;

const at = new Date(2026, 10, 2, 14, 5);

describe('printHeader', () => {
	it('names the report, the period, the projects and the time it was generated', () => {
		const header = printHeader(summary({ projectIds: ['P1'] }), [shelter], at);
		expect(header).toEqual({
			title: 'CoC Annual Performance Report (APR), FY2026',
			period: '2025-10-01 to 2026-09-30',
			projects: ['Harbor Shelter (P1), Harbor House'],
			cocs: 'all',
			generated: 'November 2, 2026 at 2:05 PM',
			running: 'APR 2025-10-01 to 2026-09-30 · project P1 · generated November 2, 2026 at 2:05 PM'
		});
	});

	it('keeps the id of a project the export does not name, and lists the CoC filter', () => {
		const header = printHeader(
			summary({ report: 'caper', projectIds: ['P1', 'P9'], cocCodes: ['XX-500', 'XX-501'] }),
			[shelter],
			at
		);
		expect(header.title).toContain('CAPER');
		expect(header.projects).toEqual(['Harbor Shelter (P1), Harbor House', 'P9']);
		expect(header.cocs).toBe('XX-500, XX-501');
		expect(header.running).toContain('project P1, P9');
	});
});
