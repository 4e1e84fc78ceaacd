// Which projects the benchmark reports on, from the export's project list (the same list the
// page shows): the biggest one alone, and every project pooled.
import type { ProjectSummary } from '../../src/engine/hmis/types';

/** Coordinated Entry projects (type 14) report in the CE APR; the engine refuses them here. */
const CE = 14;

/** The project with the most enrollments that the APR covers. */
export function biggestProject(projects: ProjectSummary[]): { id: string; enrollments: number } {
	const [top] = projects
		.filter((p) => p.projectType !== CE)
		.sort((a, b) => b.enrollments - a.enrollments || a.projectId.localeCompare(b.projectId));
	if (!top) throw new Error('the export has no project the APR covers');
	return { id: top.projectId, enrollments: top.enrollments };
}

/** Every project the APR covers, pooled as someone picking them all would. */
export const everyProject = (projects: ProjectSummary[]) =>
	projects.filter((p) => p.projectType !== CE).map((p) => p.projectId);
