// The project picker's search: words typed match anywhere in a project's organization, name,
// ID, type, funders or CoC codes; the type filter keeps one HMIS project type.
import type { ProjectSummary } from '../../engine/hmis/types';

/** Everything a search can match in a project, lower-cased once. */
function haystack(p: ProjectSummary): string {
	return [
		p.organizationName,
		p.projectName,
		p.projectId,
		p.projectTypeLabel,
		...p.funders.map((f) => f.label),
		...p.cocCodes
	]
		.join('\n')
		.toLowerCase();
}

/**
 * Projects that contain every word of `text` and have project type `type` (null: any type),
 * sorted by organization, then project name.
 */
export function filterProjects(
	projects: ProjectSummary[],
	text: string,
	type: number | null
): ProjectSummary[] {
	const words = text.toLowerCase().split(/\s+/).filter(Boolean);
	return projects
		.filter((p) => type === null || p.projectType === type)
		.filter((p) => {
			const hay = haystack(p);
			return words.every((w) => hay.includes(w));
		})
		.sort(
			(a, b) =>
				a.organizationName.localeCompare(b.organizationName) ||
				a.projectName.localeCompare(b.projectName)
		);
}

/** The project types present in the export, for the type filter, in type-code order. */
export function projectTypes(projects: ProjectSummary[]): { code: number; label: string }[] {
	const byCode = new Map<number, string>();
	for (const p of projects) {
		if (p.projectType !== null) byCode.set(p.projectType, p.projectTypeLabel);
	}
	return [...byCode].sort(([a], [b]) => a - b).map(([code, label]) => ({ code, label }));
}

/** The CoC codes of the export's projects, sorted, for the optional CoC filter. */
export function cocCodesOf(projects: ProjectSummary[]): string[] {
	return [...new Set(projects.flatMap((p) => p.cocCodes))].sort();
}
