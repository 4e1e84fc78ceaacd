// Whether a project's funders fit the report, and the setup's warnings about the projects
// picked. Funding source codes are HMIS list 2.06.1 (FY2026).
import type { ProjectSummary } from '../../engine/hmis/types';
import type { ReportKind } from '../../engine/report/params';

/**
 * HUD CoC Program funding sources: the "HUD: CoC - ..." components (1-7, YHDP 43, Joint
 * TH/RRH 44), the Unsheltered and Rural Special NOFO awards (54, 55), which are CoC Program
 * grants, and CoC Builds (56, new in FY2026). These projects report in the CoC APR.
 */
export const COC_FUNDERS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 43, 44, 54, 55, 56];

/** HUD ESG funding sources (ESG-CV 47 and ESG-RUSH 53 included): they report in the CAPER. */
export const ESG_FUNDERS: readonly number[] = [8, 9, 10, 11, 47, 53];

/** HMIS project type 14: its clients report in the Coordinated Entry APR, not here. */
const COORDINATED_ENTRY = 14;

export function reportFunders(report: ReportKind): readonly number[] {
	return report === 'apr' ? COC_FUNDERS : ESG_FUNDERS;
}

export function fundedFor(project: ProjectSummary, report: ReportKind): boolean {
	const codes = reportFunders(report);
	return project.funders.some((f) => codes.includes(f.code));
}

export interface SetupWarning {
	/** Stable key, for tests and for {#each}. */
	id: 'several-projects' | 'funders' | 'coordinated-entry';
	message: string;
}

function names(projects: ProjectSummary[]): string {
	const all = projects.map((p) => `${p.projectName} (ID ${p.projectId})`);
	return all.length <= 3
		? all.join(', ')
		: `${all.slice(0, 3).join(', ')} and ${all.length - 3} more`;
}

/** What the user should know about the projects picked before running the report. */
export function setupWarnings(picked: ProjectSummary[], report: ReportKind): SetupWarning[] {
	const warnings: SetupWarning[] = [];
	if (picked.length > 1) {
		warnings.push({
			id: 'several-projects',
			message:
				`${picked.length} projects are picked: the report pools them into one. Sage takes one ` +
				'project per upload zip, so run each project on its own for the upload.'
		});
	}
	const unfunded = picked.filter((p) => !fundedFor(p, report));
	if (unfunded.length > 0) {
		const kind = report === 'apr' ? 'HUD CoC Program' : 'HUD ESG';
		const reportName = report === 'apr' ? 'the CoC APR' : 'the ESG CAPER';
		warnings.push({
			id: 'funders',
			message:
				`No ${kind} funder is recorded for ${names(unfunded)}. ${reportName} is for ` +
				`${kind}-funded projects: check the project's funding sources (2.06) in the HMIS.`
		});
	}
	const entry = picked.filter((p) => p.projectType === COORDINATED_ENTRY);
	if (entry.length > 0) {
		warnings.push({
			id: 'coordinated-entry',
			message:
				`${names(entry)} ${entry.length === 1 ? 'is a Coordinated Entry project' : 'are Coordinated Entry projects'}: ` +
				'they report in the Coordinated Entry APR, and this report cannot include them.'
		});
	}
	return warnings;
}
