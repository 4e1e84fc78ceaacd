// The three record columns the income tables share: B at start (everyone in the population),
// C at the annual assessment (stayers), D at exit (leavers), each row carrying that record.
/** Who a table counts, as a predicate on u_client `c`. */
export type Population = string;

/** Q16-Q19: adults. */
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
