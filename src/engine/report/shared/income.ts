// Which Income and Sources record each client's start, annual-assessment and exit data come from,
// and the total income on it: shared by the income questions (Q16-Q21, Q27g-i) and DQ (Q6c).
// Rules: definitions.md §10 (annual assessment) and §11 (record selection, total income).
//
// ensureIncome(ctx) builds two temp tables once per report run (on first use, from the universe):
//
// income_annual: one row per client of u_client (their latest stay)
//   PersonalID, EnrollmentID, HouseholdID
//   AnniversaryBase  the household's start date anniversaries count from (NULL: no head found)
//   AnnualYears      whole years (age method) from AnniversaryBase to the report end
//   AnniversaryDate  AnniversaryBase + AnnualYears; NULL when AnnualYears is 0 or unknown
//   AnnualExpected   1 for a stayer expected to have an annual assessment, else 0
//   AnnualStatus     'leaver' | 'not_yet_required' | 'missing' (expected, no record in the
//                    window) | 'found'
//   AnnualRecordID   IncomeBenefitsID of the relevant annual assessment ('found' only)
//   AnnualRowID      that record's IncomeBenefits rowid
//
// income_record: one row per client and collection point that applies to them
//   PersonalID, EnrollmentID, HouseholdID
//   Point            'start' (every client), 'annual' (stayers expected to have one),
//                    'exit' (leavers)
//   IncomeBenefitsID the record; NULL when it is missing
//   RecordRowID      the record's IncomeBenefits rowid (NULL when missing)
//   IncomeFromAnySource  raw 4.02.2 answer (NULL when missing)
//   CashSources      how many of the 15 cash income source flags are 1
//   TotalIncome      §11 total monthly income, unrounded; NULL when unknown
//   EarnedIncome     EarnedAmount when Earned = 1 and the amount > 0, else 0 (NULL if unknown)
//   OtherIncome      TotalIncome - EarnedIncome (NULL if unknown; may be negative when the
//                    earned amount exceeds the total)
//   IncomeStatus     'known' | 'dkpnta' (unknown, 4.02.2 is 8/9) | 'missing'
// Source, benefit and insurance flags: LEFT JOIN IncomeBenefits ib ON ib.rowid = RecordRowID (a
// rowid lookup needs no index; an inner join may let SQLite scan IncomeBenefits instead).
import { run } from '../../db/query';
import type { QuestionContext } from '../question';
import { ageSql } from '../universe';

/** The 15 cash income sources of 4.02, in HUD's row order: [flag column, amount column]. */
export const CASH_SOURCES: [string, string][] = [
	['Earned', 'EarnedAmount'],
	['Unemployment', 'UnemploymentAmount'],
	['SSI', 'SSIAmount'],
	['SSDI', 'SSDIAmount'],
	['VADisabilityService', 'VADisabilityServiceAmount'],
	['VADisabilityNonService', 'VADisabilityNonServiceAmount'],
	['PrivateDisability', 'PrivateDisabilityAmount'],
	['WorkersComp', 'WorkersCompAmount'],
	['TANF', 'TANFAmount'],
	['GA', 'GAAmount'],
	['SocSecRetirement', 'SocSecRetirementAmount'],
	['Pension', 'PensionAmount'],
	['ChildSupport', 'ChildSupportAmount'],
	['Alimony', 'AlimonyAmount'],
	['OtherIncomeSource', 'OtherIncomeAmount']
];

/** `base` plus `years` calendar years; a Feb 29 base lands on Feb 28 in common years. */
function addYears(base: string, years: string): string {
	const plain = `date(${base}, '+' || ${years} || ' years')`;
	return `CASE WHEN strftime('%m-%d', ${base}) = '02-29' AND strftime('%m', ${plain}) = '03'
		THEN date(${plain}, '-1 day') ELSE ${plain} END`;
}

const ANNUAL = `CREATE TEMP TABLE income_annual AS
WITH base AS (
	-- §10 step 1, as HUD's reference code does it: the LATEST head-of-household start of the
	-- HouseholdID anywhere in the export (the Glossary back-dates to the earliest head's start).
	SELECT e.HouseholdID, MAX(e.EntryDate) AS AnniversaryBase
	FROM Enrollment e
	WHERE e.RelationshipToHoH = 1 AND e.HouseholdID IN (SELECT HouseholdID FROM u_client)
	GROUP BY e.HouseholdID
), years AS (
	SELECT b.HouseholdID, b.AnniversaryBase, ${ageSql('b.AnniversaryBase', 'u.ReportEnd')} AS AnnualYears
	FROM base b CROSS JOIN u_params u
), client AS (
	-- §10 steps 2-4: every stayer of a household a year or more old is expected to have one.
	-- The reference code does not exempt members who joined after the anniversary (Glossary
	-- step 7), so neither do we.
	SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, y.AnniversaryBase, y.AnnualYears,
		CASE WHEN y.AnnualYears > 0 THEN ${addYears('y.AnniversaryBase', 'y.AnnualYears')} END AS AnniversaryDate,
		c.IsStayer
	FROM u_client c LEFT JOIN years y ON y.HouseholdID = c.HouseholdID
), record AS (
	-- §10 step 5: the latest annual assessment within 30 days of the anniversary. The
	-- reference code does not cap the window at the report end (Glossary step 8), nor do we.
	SELECT a.EnrollmentID, ib.IncomeBenefitsID, ib.rowid AS RecordRowID,
		ROW_NUMBER() OVER (PARTITION BY a.EnrollmentID
			ORDER BY ib.InformationDate DESC, ib.DateUpdated DESC, ib.IncomeBenefitsID DESC) AS n
	FROM client a JOIN IncomeBenefits ib ON ib.EnrollmentID = a.EnrollmentID
	WHERE a.IsStayer AND a.AnniversaryDate IS NOT NULL AND ib.DataCollectionStage = 5
		AND ib.InformationDate BETWEEN date(a.AnniversaryDate, '-30 days') AND date(a.AnniversaryDate, '+30 days')
)
SELECT a.PersonalID, a.EnrollmentID, a.HouseholdID, a.AnniversaryBase, a.AnnualYears, a.AnniversaryDate,
	(a.IsStayer AND a.AnniversaryDate IS NOT NULL) AS AnnualExpected,
	CASE
		WHEN NOT a.IsStayer THEN 'leaver'
		WHEN a.AnniversaryDate IS NULL THEN 'not_yet_required'
		WHEN r.IncomeBenefitsID IS NULL THEN 'missing'
		ELSE 'found'
	END AS AnnualStatus,
	r.IncomeBenefitsID AS AnnualRecordID, r.RecordRowID AS AnnualRowID
FROM client a LEFT JOIN record r ON r.EnrollmentID = a.EnrollmentID AND r.n = 1`;

const sourceSum = CASH_SOURCES.map(([flag, amount]) =>
	`CASE WHEN ib.${flag} = 1 AND ib.${amount} > 0 THEN ib.${amount} ELSE 0 END`).join(' + ');
const sourceCount = CASH_SOURCES.map(([flag]) => `(ib.${flag} IS 1)`).join(' + ');

const RECORD = `CREATE TEMP TABLE income_record AS
WITH point AS (
	-- §11 at start: stage 1 dated on the project start of the latest stay; at exit: stage 3
	-- dated on the exit of a leaver's latest stay. One record per point (the latest updated),
	-- looked up through the index per client rather than ranked over every record.
	SELECT c.PersonalID, c.EnrollmentID, c.HouseholdID, p.Point,
		(SELECT ib.rowid FROM IncomeBenefits ib
			WHERE ib.EnrollmentID = c.EnrollmentID AND ib.DataCollectionStage = p.Stage
				AND ib.InformationDate = CASE p.Stage WHEN 1 THEN c.EntryDate ELSE c.ExitDate END
			ORDER BY ib.DateUpdated DESC, ib.IncomeBenefitsID DESC LIMIT 1) AS RecordRowID
	FROM u_client c
	JOIN (SELECT 'start' AS Point, 1 AS Stage UNION ALL SELECT 'exit', 3) p ON p.Stage = 1 OR c.IsLeaver
	UNION ALL
	SELECT a.PersonalID, a.EnrollmentID, a.HouseholdID, 'annual', a.AnnualRowID
	FROM income_annual a WHERE a.AnnualExpected
), amounts AS (
	SELECT p.*, ib.IncomeBenefitsID, ib.IncomeFromAnySource, ib.TotalMonthlyIncome,
		CASE WHEN ib.IncomeBenefitsID IS NULL THEN 0 ELSE ${sourceCount} END AS CashSources,
		${sourceSum} AS SourceSum,
		CASE WHEN ib.Earned = 1 AND ib.EarnedAmount > 0 THEN ib.EarnedAmount ELSE 0 END AS Earned
	FROM point p LEFT JOIN IncomeBenefits ib ON ib.rowid = p.RecordRowID
), total AS (
	-- §11 "Determining Total and Earned Income", rules in order.
	SELECT *, CASE
		WHEN IncomeBenefitsID IS NULL THEN NULL
		WHEN TotalMonthlyIncome > 0 THEN TotalMonthlyIncome
		WHEN SourceSum > 0 THEN SourceSum
		WHEN IncomeFromAnySource = 0 THEN 0
		WHEN TotalMonthlyIncome <= 0 AND (IncomeFromAnySource = 1 OR IncomeFromAnySource IS NULL) THEN 0
	END AS TotalIncome
	FROM amounts
)
SELECT PersonalID, EnrollmentID, HouseholdID, Point, IncomeBenefitsID, RecordRowID, IncomeFromAnySource, CashSources,
	TotalIncome,
	CASE WHEN TotalIncome IS NOT NULL THEN Earned END AS EarnedIncome,
	TotalIncome - CASE WHEN TotalIncome IS NOT NULL THEN Earned END AS OtherIncome,
	CASE
		WHEN TotalIncome IS NOT NULL THEN 'known'
		WHEN IncomeFromAnySource IN (8, 9) THEN 'dkpnta'
		ELSE 'missing'
	END AS IncomeStatus
FROM total`;

const built = new WeakSet<QuestionContext>();

/**
 * Creates income_annual and income_record for this run if they are not there yet. Keyed on the
 * run's context: each run rebuilds the universe and gets a new context, so tables never go stale.
 */
export function ensureIncome(ctx: QuestionContext): void {
	if (built.has(ctx)) return;
	run(ctx.db, 'DROP TABLE IF EXISTS temp.income_record; DROP TABLE IF EXISTS temp.income_annual');
	run(ctx.db, ANNUAL);
	run(ctx.db, 'CREATE UNIQUE INDEX temp.income_annual_person ON income_annual (PersonalID)');
	run(ctx.db, RECORD);
	run(ctx.db, 'CREATE UNIQUE INDEX temp.income_record_point ON income_record (PersonalID, Point)');
	built.add(ctx);
}
