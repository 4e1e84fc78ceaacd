// Q9a Number of Persons Contacted / Q9b Number of Persons Newly Engaged: adults and heads of
// household whose latest stay is in street outreach or a night-by-night shelter, by how often
// they were contacted (up to engagement) and where the first contact found them.
import type { FieldSet } from '../../cell-fields';
import type { Question } from '../../question';
import { numberAt, ratio, setValue } from '../../table';
import { placeCells } from '../common';
import { PICKED_CLIENTS } from './fields';

const COLUMNS = ['B', 'C', 'D', 'E'];

// Contacts: current living situations on the latest stay from its start up to the exit, the
// date of engagement and the report end (earlier than the report start included); the date of
// engagement is one more contact, of unknown situation, when no contact is dated on it.
// First contact column: C not homeless (17 other, 200-499), D homeless (100-199), E worker
// unable to determine (anything else, and the engagement-date contact).
// Universe: Q9a a contact inside the report range or an engagement in it; Q9b an engagement in
// the range (like the reference code, not re-checked against the stay's start and exit).
// `clients` names the clients looked at: c their u_client row, e their latest stay's Enrollment.
// u is read four times, so it is built once (for a members page, each read would otherwise go
// through the page's ids again for every contact).
const persons = (clients: string) => `
WITH u AS MATERIALIZED (
	SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, c.EntryDate, c.ExitDate,
		e.DateOfEngagement AS Engaged, p.ReportStart, p.ReportEnd
	FROM ${clients} CROSS JOIN u_params p
	WHERE c.ProjectType IN (1, 4) AND (c.IsAdult OR c.IsHoH)
), real AS (
	-- Several contacts on one day each count (Glossary), but the reference code counts two
	-- records with the same date and situation once; so do we.
	SELECT u.PersonalID, s.InformationDate AS d, s.CurrentLivingSituation AS Situation,
		MIN(s.CurrentLivingSitID) AS id
	FROM u JOIN CurrentLivingSituation s ON s.EnrollmentID = u.EnrollmentID
	WHERE s.InformationDate >= u.EntryDate
		AND (u.ExitDate IS NULL OR s.InformationDate <= u.ExitDate)
		AND (u.Engaged IS NULL OR s.InformationDate <= u.Engaged)
		AND s.InformationDate <= u.ReportEnd
	GROUP BY u.PersonalID, s.InformationDate, s.CurrentLivingSituation
), contact AS (
	SELECT * FROM real
	UNION ALL
	SELECT u.PersonalID, u.Engaged, NULL, NULL FROM u
	WHERE u.Engaged <= u.ReportEnd AND u.PersonalID NOT IN (
		SELECT r.PersonalID FROM real r JOIN u x ON x.PersonalID = r.PersonalID WHERE r.d = x.Engaged)
), ranked AS (
	SELECT contact.*,
		ROW_NUMBER() OVER (PARTITION BY PersonalID ORDER BY d, id IS NULL, id) AS k,
		COUNT(*) OVER (PARTITION BY PersonalID) AS Contacts,
		MAX(d >= p.ReportStart) OVER (PARTITION BY PersonalID) AS ContactInRange
	FROM contact CROSS JOIN u_params p
)
SELECT u.PersonalID, u.EnrollmentID, u.HouseholdID, u.Engaged, r.Contacts, r.d AS FirstContact,
	r.Situation AS FirstSituation,
	CASE WHEN r.Contacts = 1 THEN 2 WHEN r.Contacts <= 5 THEN 3 WHEN r.Contacts <= 9 THEN 4 ELSE 5
	END AS row,
	CASE
		WHEN r.Situation = 17 OR r.Situation BETWEEN 200 AND 499 THEN 'C'
		WHEN r.Situation BETWEEN 100 AND 199 THEN 'D'
		ELSE 'E'
	END AS col,
	u.Engaged BETWEEN u.ReportStart AND u.ReportEnd AS EngagedInRange,
	r.ContactInRange
FROM u JOIN ranked r ON r.PersonalID = u.PersonalID AND r.k = 1`;

const PERSONS = persons('u_client c JOIN Enrollment e ON e.EnrollmentID = c.EnrollmentID');

// The contacts the row counts, the first one the column reads, and the engagement; Q9b's clients
// are Q9a's engaged ones, read the same way.
const FIELDS: FieldSet = {
	fields: [
		{ label: 'Contacts' },
		{ label: 'First contact' },
		{ label: 'CurrentLivingSituation at first contact', list: '3.12.1' },
		{ label: 'DateOfEngagement' }
	],
	sql: `SELECT EnrollmentID, Contacts, FirstContact, FirstSituation, Engaged
	FROM (${persons(PICKED_CLIENTS)})`
};

/** Each person in B and the first contact's column, on the row of their count and row 6. */
const CELLS = [`'B' || row`, `col || row`, `'B6'`, `col || 6`];

export const q09: Question = {
	tables: ['Q9a', 'Q9b'],
	fields: { Q9a: FIELDS, Q9b: FIELDS },
	compute(ctx) {
		// Q9b's people are Q9a's engaged ones: the contacts are worked out once for both.
		const people = ctx.temp('q09_person', PERSONS);
		const contacted = `SELECT * FROM ${people} WHERE ContactInRange OR EngagedInRange`;
		const engaged = `SELECT * FROM ${people} WHERE EngagedInRange`;
		const q9a = ctx.counted('Q9a', placeCells(contacted, CELLS));
		const q9b = ctx.counted('Q9b', placeCells(engaged, CELLS));
		// Row 7: rate of engagement, per column, engaged over contacted.
		for (const col of COLUMNS) {
			const rate = ratio(numberAt(q9b, `${col}6`), numberAt(q9a, `${col}6`));
			setValue(q9b, `${col}7`, rate, 'percent');
		}
		return [q9a, q9b];
	}
};
