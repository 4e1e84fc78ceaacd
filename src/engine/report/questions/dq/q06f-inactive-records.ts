// Q6f Data Quality: Inactive Records: Street Outreach and Emergency Shelter (Glossary DQ Q7):
// open stays of 90 days or more with no contact (row 2) or bed night (row 3) in the last 90 days.
import type { FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { numberAt, ratio, setValue } from '../../table';
import { placeCells } from '../common';
import { yesNo } from '../fields';
import { PICKED_CLIENTS } from './fields';

// Records: DQ-universe stayers who entered at least 90 days before the report end (the
// Glossary says "more than 90 days"; the reference code uses "on or before", so do we).
// Row 2, as the reference code builds it: adults and heads of household in street outreach or
// PATH-funded services only, and also every client of a night-by-night shelter (FY2026 took
// those out of the row in the spec). Inactive: no current living situation dated inside the
// report range in the last 90 days.
// Row 3: every client of a night-by-night shelter; inactive: no bed night in the last 90 days.
// `clients` names the clients looked at (c: their u_client rows).
const records = (clients: string) => `
WITH base AS (
	SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, c.ProjectType,
		(c.ProjectType = 1 OR ((c.ProjectType = 4 OR (c.ProjectType = 6 AND c.IsPATH))
			AND (c.IsAdult OR c.IsHoH))) AS ContactRow,
		date(u.ReportEnd, '-90 days') AS Since, u.ReportStart, u.ReportEnd
	FROM ${clients} CROSS JOIN u_params u
	WHERE c.InDQ AND c.IsStayer AND c.EntryDate <= date(u.ReportEnd, '-90 days')
)
SELECT PersonalID, EnrollmentID, HouseholdID, ProjectType, ContactRow, ProjectType = 1 AS BedRow,
	ContactRow AND EXISTS (SELECT 1 FROM CurrentLivingSituation s
		WHERE s.EnrollmentID = b.EnrollmentID
			AND s.InformationDate >= MAX(b.Since, b.ReportStart) AND s.InformationDate <= b.ReportEnd
	) AS Contacted,
	ProjectType = 1 AND EXISTS (SELECT 1 FROM Services s
		WHERE s.EnrollmentID = b.EnrollmentID AND s.RecordType = 200 AND s.TypeProvided = 200
			AND s.DateProvided >= b.Since AND s.DateProvided <= b.ReportEnd
	) AS Slept
FROM base b
WHERE ContactRow OR ProjectType = 1`;

const SQL = records('u_client c');

const CELLS = [
	`CASE WHEN ContactRow THEN 'B2' END`,
	`CASE WHEN ContactRow AND NOT Contacted THEN 'C2' END`,
	`CASE WHEN BedRow THEN 'B3' END`,
	`CASE WHEN BedRow AND NOT Slept THEN 'C3' END`
];

// The latest contact and bed night up to the report end, and whether the rows found one in the
// last 90 days (empty for a row the client is not in).
const FIELDS: FieldSet = {
	fields: [
		{ label: 'ProjectType', list: '2.02.6' },
		{ label: 'Latest contact' },
		{ label: 'Contact in the last 90 days' },
		{ label: 'Latest bed night' },
		{ label: 'Bed night in the last 90 days' }
	],
	sql: `SELECT r.EnrollmentID, r.ProjectType,
		(SELECT MAX(s.InformationDate) FROM CurrentLivingSituation s
			WHERE s.EnrollmentID = r.EnrollmentID AND s.InformationDate <= :end),
		CASE WHEN r.ContactRow THEN ${yesNo('r.Contacted')} END,
		(SELECT MAX(s.DateProvided) FROM Services s WHERE s.EnrollmentID = r.EnrollmentID
			AND s.RecordType = 200 AND s.TypeProvided = 200 AND s.DateProvided <= :end),
		CASE WHEN r.BedRow THEN ${yesNo('r.Slept')} END
	FROM (${records(PICKED_CLIENTS)}) r`
};

export const q06f: Question = {
	tables: ['Q6f'],
	fields: { Q6f: FIELDS },
	compute(ctx) {
		const table = ctx.counted('Q6f', placeCells(SQL, CELLS));
		for (const r of [2, 3]) {
			const inactive = ratio(numberAt(table, `C${r}`), numberAt(table, `B${r}`));
			setValue(table, `D${r}`, inactive, 'percent');
		}
		return [table];
	}
};
