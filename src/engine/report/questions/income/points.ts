// The three record columns the income tables share: B at start (everyone in the population),
// C at the annual assessment (stayers), D at exit (leavers), each row carrying that record.

/** Who a table counts, as a predicate on u_client `c`. */
export type Population = string;

/** Q21: every client. */
export const EVERYONE: Population = '1';

/** Q16-Q20: adults. */
export const ADULTS: Population = 'c.IsAdult';

/** Q27g-Q27i: youth aged 18-24 and youth heads of household of any youth age. */
export const YOUTH: Population = 'c.IsYouth AND (c.IsAdult OR c.IsHoH)';

/**
 * SELECT of one row per person of the population and column (B, C, D) that applies to them:
 * PersonalID, EnrollmentID, HouseholdID, Col, Due (column C only: the income_annual status),
 * then the income_record columns of that point (NULL where there is no record row).
 * Needs the income tables: call ensureIncome(ctx) first.
 */
export function pointRows(population: Population): string {
	return `SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, p.Col,
		CASE WHEN p.Col = 'C' THEN a.AnnualStatus END AS Due,
		r.IncomeBenefitsID, r.RecordRowID, r.IncomeFromAnySource, r.CashSources, r.TotalIncome,
		r.EarnedIncome, r.OtherIncome, COALESCE(r.IncomeStatus, 'missing') AS IncomeStatus
	FROM u_client c
	JOIN income_annual a ON a.PersonalID = c.PersonalID
	JOIN (SELECT 'B' AS Col, 'start' AS Point UNION ALL SELECT 'C', 'annual' UNION ALL SELECT 'D', 'exit') p
		ON p.Col = 'B' OR (p.Col = 'C' AND c.IsStayer) OR (p.Col = 'D' AND c.IsLeaver)
	LEFT JOIN income_record r ON r.PersonalID = c.PersonalID AND r.Point = p.Point
	WHERE ${population}`;
}

/**
 * SELECT of the people with two usable income data points (Q17 row 17, Q18 row 12, the Q19a
 * universes): column C or D rows whose later record and whose start record both answer 4.02.2
 * with 0 or 1. Columns: the pointRows ones plus StartTotal, StartEarned, StartOther.
 */
export function comparableRows(population: Population): string {
	return `SELECT p.*, s.TotalIncome AS StartTotal, s.EarnedIncome AS StartEarned, s.OtherIncome AS StartOther
	FROM (${pointRows(population)}) p
	JOIN income_record s ON s.PersonalID = p.PersonalID AND s.Point = 'start'
	WHERE p.Col IN ('C', 'D') AND p.IncomeFromAnySource IN (0, 1) AND s.IncomeFromAnySource IN (0, 1)`;
}
