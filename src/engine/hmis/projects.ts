// The loaded export's projects as the report setup lists them: organization, type, funders,
// CoC codes and how many enrollments and clients each has.
import type { Database } from 'sql.js';
import { all } from '../db/query';
import { VALUE_LISTS } from './schema';
import type { ProjectSummary } from './types';

const lists = VALUE_LISTS['2026'];

interface ProjectRow {
	ProjectID: string;
	ProjectName: string | null;
	OrganizationID: string | null;
	OrganizationName: string | null;
	ProjectType: number | null;
	RRHSubType: number | null;
	OperatingStartDate: string | null;
	OperatingEndDate: string | null;
	enrollments: number | null;
	clients: number | null;
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
	return out;
}

export function projectSummaries(db: Database): ProjectSummary[] {
	const projects = all<ProjectRow>(
		db,
		`WITH counts AS (
			SELECT ProjectID, count(*) AS enrollments, count(DISTINCT PersonalID) AS clients
			FROM Enrollment GROUP BY ProjectID
		)
		SELECT p.ProjectID, p.ProjectName, p.OrganizationID, o.OrganizationName, p.ProjectType,
			p.RRHSubType, p.OperatingStartDate, p.OperatingEndDate, c.enrollments, c.clients
		FROM Project p
		LEFT JOIN Organization o ON o.OrganizationID = p.OrganizationID
		LEFT JOIN counts c ON c.ProjectID = p.ProjectID
		ORDER BY o.OrganizationName, p.ProjectName, p.ProjectID`
	);
	const funders = groupBy(
		all<{ ProjectID: string; Funder: number }>(
			db,
			'SELECT DISTINCT ProjectID, Funder FROM Funder WHERE Funder IS NOT NULL ORDER BY Funder'
		),
		(r) => r.ProjectID
	);
	const cocs = groupBy(
		all<{ ProjectID: string; CoCCode: string }>(
			db,
			'SELECT DISTINCT ProjectID, CoCCode FROM ProjectCoC WHERE CoCCode IS NOT NULL ORDER BY CoCCode'
		),
		(r) => r.ProjectID
	);
	return projects.map((p) => ({
		projectId: p.ProjectID,
		projectName: p.ProjectName ?? '',
		organizationId: p.OrganizationID ?? '',
		organizationName: p.OrganizationName ?? '',
		projectType: p.ProjectType,
		projectTypeLabel:
			p.ProjectType === null
				? ''
				: (lists['2.02.6'].values[p.ProjectType] ?? `Unknown type ${p.ProjectType}`),
		rrhSubType: p.RRHSubType,
		funders: (funders.get(p.ProjectID) ?? []).map((f) => ({
			code: f.Funder,
			label: lists['2.06.1'].values[f.Funder] ?? `Unknown funder ${f.Funder}`
		})),
		cocCodes: (cocs.get(p.ProjectID) ?? []).map((c) => c.CoCCode),
		enrollments: p.enrollments ?? 0,
		clients: p.clients ?? 0,
		operatingStartDate: p.OperatingStartDate,
		operatingEndDate: p.OperatingEndDate
	}));
}
