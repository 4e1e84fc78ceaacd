// What the printed report says about itself: which report, which period, which projects and
// CoCs, and when it was generated. Pure, so the wording is tested without a browser.
import type { ReportSummary } from '../../engine/api';
import type { ProjectSummary } from '../../engine/hmis/types';
import { REPORT_NAMES } from '../report-names';


const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' });

export interface PrintHeader {
	title: string;
	period: string;
	projects: string[];
	cocs: string;
	generated: string;
	/** One line repeated above every table, so a loose page still says what it belongs to. */
	running: string;
}

export function printHeader(
	summary: ReportSummary,
	projects: ProjectSummary[],
	generatedAt: Date
): PrintHeader {
	const { params } = summary;
	const names = new Map(projects.map((p) => [p.projectId, p]));
	const title = `${REPORT_NAMES[params.report].full}, FY2026`;
	const period = `${params.start} to ${params.end}`;
	const generated = when.format(generatedAt);
	const projectIds = params.projectIds.join(', ');
	return {
		title,
		period,
		projects: params.projectIds.map((id) => {
			const p = names.get(id);
			return p ? `${p.projectName} (${id}), ${p.organizationName}` : id;
		}),
		cocs: params.cocCodes?.length ? params.cocCodes.join(', ') : 'all',
		generated,
		running: `${params.report.toUpperCase()} ${period} · project ${projectIds} · generated ${generated}`
	};
}
