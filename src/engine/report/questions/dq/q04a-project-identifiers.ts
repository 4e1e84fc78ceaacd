// Q4a Project Identifiers in HMIS: one row per project of the run, from the project descriptor
// files, plus the project's active clients and households (their latest stay is in it).
import pkg from '../../../../../package.json';
import type { FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { setValue, type CellFormat } from '../../table';
import { placeCells } from '../common';
import { PICKED_CLIENTS } from './fields';

/** Column M: the software that produced the report, repeated on every row. */
export const SOFTWARE_NAME = `APR Preflight ${pkg.version}`;

interface ProjectRow {
	OrganizationName: string | null;
	OrganizationID: string | null;
	ProjectName: string | null;
	ProjectID: string;
	ProjectType: number;
	RRHSubType: number | null;
	AccessPoint: number;
	Affiliated: number;
	Affiliations: string | null;
	CoCs: string | null;
	Geocodes: string | null;
	VictimServiceProvider: number | null;
}

// G: the CE participation record in effect on the operating end date when the project closed
// inside the report (start <= end date < report end), else on the report end; several records
// in effect: latest end (open counts as latest), then latest start, then latest update.
// H: residential affiliation only for services-only projects (6, or 13 with subtype 1).
/** Per project of the run, the distinct values of `file`.`column`, sorted, as "a, b, c". */
function listed(file: string, column: string, name: string): string {
	return `
	SELECT ProjectID, group_concat(${column}, ', ') AS ${name} FROM (
		SELECT DISTINCT f.ProjectID, f.${column}
		FROM ${file} f JOIN u_project up ON up.ProjectID = f.ProjectID
		WHERE f.${column} IS NOT NULL ORDER BY f.${column}
	) GROUP BY ProjectID`;
}

/** The order of the table's rows. */
const PROJECT_ORDER = 'p.ProjectName, p.ProjectID';

const SQL = `
WITH asof AS (
	SELECT p.ProjectID,
		CASE WHEN p.OperatingEndDate >= :start AND p.OperatingEndDate < :end
			THEN p.OperatingEndDate ELSE :end END AS AsOf
	FROM Project p JOIN u_project up ON up.ProjectID = p.ProjectID
), access AS (
	SELECT ProjectID, AccessPoint FROM (
		SELECT ce.ProjectID, ce.AccessPoint, ROW_NUMBER() OVER (PARTITION BY ce.ProjectID
			ORDER BY ce.CEParticipationStatusEndDate IS NULL DESC, ce.CEParticipationStatusEndDate DESC,
				ce.CEParticipationStatusStartDate DESC, ce.DateUpdated DESC) AS n
		FROM CEParticipation ce JOIN asof a ON a.ProjectID = ce.ProjectID
		WHERE ce.CEParticipationStatusStartDate <= a.AsOf
			AND (ce.CEParticipationStatusEndDate IS NULL OR ce.CEParticipationStatusEndDate >= a.AsOf)
	) WHERE n = 1
), coc AS (${listed('ProjectCoC', 'CoCCode', 'CoCs')}
), geo AS (${listed('ProjectCoC', 'Geocode', 'Geocodes')}
), affiliations AS (${listed('Affiliation', 'ResProjectID', 'Affiliations')}
)
SELECT o.OrganizationName, p.OrganizationID, p.ProjectName, p.ProjectID, p.ProjectType,
	CASE WHEN p.ProjectType = 13 THEN p.RRHSubType END AS RRHSubType,
	COALESCE(access.AccessPoint, 0) AS AccessPoint,
	CASE WHEN p.ProjectType = 6 OR (p.ProjectType = 13 AND p.RRHSubType = 1)
		THEN COALESCE(p.ResidentialAffiliation, 0) ELSE 0 END AS Affiliated,
	affiliations.Affiliations, coc.CoCs, geo.Geocodes, o.VictimServiceProvider
FROM Project p
JOIN u_project up ON up.ProjectID = p.ProjectID
LEFT JOIN Organization o ON o.OrganizationID = p.OrganizationID
LEFT JOIN access ON access.ProjectID = p.ProjectID
LEFT JOIN coc ON coc.ProjectID = p.ProjectID
LEFT JOIN geo ON geo.ProjectID = p.ProjectID
LEFT JOIN affiliations ON affiliations.ProjectID = p.ProjectID
ORDER BY ${PROJECT_ORDER}`;

// P, Q: the clients whose latest stay is in the project, and the heads of household, on the
// project's row (rows in the order above).
const CLIENTS = placeCells(
	`WITH r AS (
		SELECT p.ProjectID, ROW_NUMBER() OVER (ORDER BY ${PROJECT_ORDER}) + 1 AS row
		FROM Project p JOIN u_project up ON up.ProjectID = p.ProjectID
	)
	SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, c.IsHoH, r.row
	FROM u_client c JOIN r ON r.ProjectID = c.ProjectID`,
	[`'P' || row`, `CASE WHEN IsHoH THEN 'Q' || row END`]
);

// Why a client is on a project's row: that project holds the latest of their active stays (how
// many they have is told); Q: they head its household.
const FIELDS: FieldSet = {
	fields: [
		{ label: 'RelationshipToHoH', list: '3.15.1' },
		{ label: 'Active stays in the report' }
	],
	sql: `SELECT pk.EnrollmentID, c.RelationshipToHoH,
		(SELECT COUNT(DISTINCT ue.EnrollmentID) FROM Enrollment o
			JOIN u_enrollment ue ON ue.HouseholdID = o.HouseholdID AND ue.PersonalID = o.PersonalID
				AND ue.EnrollmentID = o.EnrollmentID
			WHERE o.PersonalID = c.PersonalID) AS Stays
	FROM ${PICKED_CLIENTS}`
};

export const q04a: Question = {
	tables: ['Q4a'],
	fields: { Q4a: FIELDS },
	compute(ctx) {
		const table = ctx.counted('Q4a', CLIENTS);
		const rows = ctx.all<ProjectRow>(SQL);
		rows.forEach((p, i) => {
			const r = i + 2;
			const cells: [string, string | number | null, CellFormat][] = [
				['A', p.OrganizationName, 'text'],
				['B', p.OrganizationID, 'text'],
				['C', p.ProjectName, 'text'],
				['D', p.ProjectID, 'text'],
				['E', p.ProjectType, 'count'],
				['F', p.RRHSubType, 'count'],
				['G', p.AccessPoint, 'count'],
				['H', p.Affiliated, 'count'],
				['I', p.Affiliated === 1 ? p.Affiliations : null, 'text'],
				['J', p.CoCs, 'text'],
				['K', p.Geocodes, 'text'],
				['L', p.VictimServiceProvider, 'count'],
				['M', SOFTWARE_NAME, 'text'],
				['N', ctx.params.start, 'date'],
				['O', ctx.params.end, 'date'],
				['P', table.counts[`P${r}`] ?? 0, 'count'],
				['Q', table.counts[`Q${r}`] ?? 0, 'count']
			];
			for (const [col, value, format] of cells) setValue(table, `${col}${r}`, value, format);
		});
		table.rowCount = rows.length;
		return [table];
	}
};
