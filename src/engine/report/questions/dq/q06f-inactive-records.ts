// Q6f Data Quality: Inactive Records: Street Outreach and Emergency Shelter (Glossary DQ Q7):
// open stays of 90 days or more with no contact (row 2) or bed night (row 3) in the last 90 days.
import type { Question } from '../../question';
import { numberAt, ratio, setValue } from '../../table';
import { placeCells } from '../common';

// Records: DQ-universe stayers who entered at least 90 days before the report end (the
// Glossary says "more than 90 days"; the reference code uses "on or before", so do we).
// Row 2, as the reference code builds it: adults and heads of household in street outreach or
// PATH-funded services only, and also every client of a night-by-night shelter (FY2026 took
// those out of the row in the spec). Inactive: no current living situation dated inside the
// report range in the last 90 days.
// Row 3: every client of a night-by-night shelter; inactive: no bed night in the last 90 days.
const SQL = `
WITH base AS (
	SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, c.ProjectType,
		(c.ProjectType = 1 OR ((c.ProjectType = 4 OR (c.ProjectType = 6 AND c.IsPATH))
			AND (c.IsAdult OR c.IsHoH))) AS ContactRow,
		date(u.ReportEnd, '-90 days') AS Since, u.ReportStart, u.ReportEnd
	FROM u_client c CROSS JOIN u_params u
	WHERE c.InDQ AND c.IsStayer AND c.EntryDate <= date(u.ReportEnd, '-90 days')
)
SELECT PersonalID, EnrollmentID, HouseholdID, ContactRow, ProjectType = 1 AS BedRow,
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

const CELLS = [
	`CASE WHEN ContactRow THEN 'B2' END`,
	`CASE WHEN ContactRow AND NOT Contacted THEN 'C2' END`,
	`CASE WHEN BedRow THEN 'B3' END`,
	`CASE WHEN BedRow AND NOT Slept THEN 'C3' END`
];

export const q06f: Question = {
	tables: ['Q6f'],
	compute(ctx) {
		const table = ctx.counted('Q6f', placeCells(SQL, CELLS));
		for (const r of [2, 3]) {
			const inactive = ratio(numberAt(table, `C${r}`), numberAt(table, `B${r}`));
			setValue(table, `D${r}`, inactive, 'percent');
		}
		return [table];
	}
};
