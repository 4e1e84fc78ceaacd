// The project picker's column sort and its "only projects with clients in the range" filter,
// over the projects its search kept. Pure functions, so the picker's ordering is testable.
import type { ProjectSummary } from '../../engine/hmis/types';

export type ProjectSortKey = 'project' | 'organization' | 'type' | 'inRange' | 'inExport';

export type SortDirection = 'ascending' | 'descending';

export interface ProjectSort {
	key: ProjectSortKey;
	direction: SortDirection;
}

/** A project's clients in the range, or null while they are not known. */
export type ClientsInRange = (projectId: string) => number | null;

const NUMERIC: ProjectSortKey[] = ['inRange', 'inExport'];

/**
 * The sort after a click on a column: the same column flips its direction; another starts with
 * the biggest numbers first, or A to Z for text.
 */
export function nextSort(current: ProjectSort | null, key: ProjectSortKey): ProjectSort {
	if (current?.key === key) {
		return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
	}
	return { key, direction: NUMERIC.includes(key) ? 'descending' : 'ascending' };
}

function sortValue(p: ProjectSummary, key: ProjectSortKey, inRange: ClientsInRange) {
	switch (key) {
		case 'project':
			return p.projectName;
		case 'organization':
			return p.organizationName;
		case 'type':
			return p.projectTypeLabel;
		case 'inRange':
			return inRange(p.projectId);
		case 'inExport':
			return p.clients;
	}
}

/**
 * A sorted copy (null: the order given). Ties and unknown counts keep the order given, unknown
 * counts last in either direction.
 */
export function sortProjects(
	projects: ProjectSummary[],
	sort: ProjectSort | null,
	inRange: ClientsInRange
): ProjectSummary[] {
	if (!sort) return projects;
	const sign = sort.direction === 'ascending' ? 1 : -1;
	return [...projects].sort((a, b) => {
		const x = sortValue(a, sort.key, inRange);
		const y = sortValue(b, sort.key, inRange);
		if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
		if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
		return sign * String(x).localeCompare(String(y));
	});
}

/** The projects with at least one client in the range; every project while none is known. */
export function withClientsInRange(
	projects: ProjectSummary[],
	inRange: ClientsInRange
): ProjectSummary[] {
	return projects.filter((p) => (inRange(p.projectId) ?? 1) > 0);
}
