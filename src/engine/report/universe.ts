// The report universe, built once per run as temporary tables that every question reads:
// the selected projects, the active enrollments, each client's latest stay with the facts the
// questions share (age, household type, leaver or stayer, chronic homelessness, ...).
// Rules: ../shared/spec/reports/definitions.md (section numbers below), where HUD's reference
// code (the Data Lab R code that produced the test kit) reads the spec differently we follow it.
import type { Database } from 'sql.js';
import { run } from '../db/query';
import type { ReportParams } from './params';

/** Age in whole years on `d` of someone born on `dob` (birthday-aware), as SQL. */
export function ageSql(dob: string, d: string): string {
	return `(CAST(strftime('%Y', ${d}) AS INTEGER) - CAST(strftime('%Y', ${dob}) AS INTEGER)
		- (strftime('%m-%d', ${d}) < strftime('%m-%d', ${dob})))`;
}

/**
 * The stay's one exit: an export can carry two Exit rows for one enrollment; the later wins
 * (then the later DateUpdated, the greater ExitID). As SQL: the winning Exit row's rowid.
 */
export function latestExitSql(enrollmentId: string): string {
	return `(SELECT x2.rowid FROM Exit x2 WHERE x2.EnrollmentID = ${enrollmentId}
			ORDER BY x2.ExitDate DESC, x2.DateUpdated DESC, x2.ExitID DESC LIMIT 1)`;
}

/** The columns activeStaySql reads: SQL expressions of the query that uses it. */
export interface ActiveStayColumns {
	/** Alias of the Enrollment row (its EntryDate and EnrollmentID are read). */
	enrollment: string;
	/** The stay's exit date as recorded (latestExitSql), NULL when it has none. */
	exitDate: string;
	projectType: string;
	start: string;
	end: string;
}

/**
 * §2 a stay active in the report range, as an SQL condition. Method 1 (start/exit) for every
 * type; night-by-night shelters (type 1) also need an exit in the range or a bed night in it
 * (§2.3). The reference code bounds bed nights by EntryDate and the report dates only, not by
 * the exit date. An exit after the end is no exit in the range, so it keeps a stay active.
 */
export function activeStaySql(c: ActiveStayColumns): string {
	const e = c.enrollment;
	return `${e}.EntryDate <= ${c.end}
			AND (${c.exitDate} IS NULL OR ${c.exitDate} >= ${c.start})
			AND (${c.projectType} <> 1
				OR ${c.exitDate} BETWEEN ${c.start} AND ${c.end}
				OR EXISTS (SELECT 1 FROM Services s
					WHERE s.EnrollmentID = ${e}.EnrollmentID AND s.RecordType = 200 AND s.TypeProvided = 200
						AND s.DateProvided BETWEEN ${c.start} AND ${c.end}
						AND s.DateProvided >= ${e}.EntryDate))`;
}

const STEPS: [string, string][] = [
	[
		'u_params',
		`CREATE TEMP TABLE u_params AS SELECT :start AS ReportStart, :end AS ReportEnd`
	],
	[
		// §1: the selected projects; Pay for Success = type 7 with funder 35, PATH = funder 21.
		'u_project',
		`CREATE TEMP TABLE u_project AS
		SELECT p.ProjectID, p.ProjectType, p.RRHSubType, p.OrganizationID, p.ProjectName,
			(p.ProjectType = 7 AND EXISTS (SELECT 1 FROM Funder f WHERE f.ProjectID = p.ProjectID AND f.Funder = 35)) AS IsPFS,
			EXISTS (SELECT 1 FROM Funder f WHERE f.ProjectID = p.ProjectID AND f.Funder = 21) AS IsPATH
		FROM Project p
		WHERE p.ProjectID IN (SELECT value FROM json_each(:projects)) AND p.ProjectType IS NOT 14`
	],
	[
		// One exit per enrollment (latestExitSql). Read from the selected projects' enrollments, so
		// a small project in a big export reads only its own exits. NOTE: CROSS JOIN fixes the join
		// order: u_project has no statistics yet, and the planner would otherwise scan all of
		// Enrollment to probe it.
		'u_exit',
		`CREATE TEMP TABLE u_exit AS
		SELECT x.EnrollmentID, x.ExitDate, x.Destination, x.DestinationSubsidyType, x.ExitID,
			x.DateCreated AS ExitCreated
		FROM u_project p
		CROSS JOIN Enrollment e ON e.ProjectID = p.ProjectID
		CROSS JOIN Exit x ON x.rowid = ${latestExitSql('e.EnrollmentID')}`
	],
	['u_exit_idx', `CREATE INDEX u_exit_enrollment ON u_exit (EnrollmentID)`],
	[
		// §2 active enrollments (activeStaySql). §2.1: an exit after the report end does not
		// exist for this report (ExitDate is NULL).
		'u_enrollment',
		`CREATE TEMP TABLE u_enrollment AS
		SELECT e.EnrollmentID, e.PersonalID, e.HouseholdID, e.ProjectID, p.ProjectType, p.RRHSubType,
			p.IsPFS, p.IsPATH, e.EntryDate, x.ExitDate AS ExitDateRaw,
			CASE WHEN x.ExitDate <= u.ReportEnd THEN x.ExitDate END AS ExitDate,
			CASE WHEN x.ExitDate <= u.ReportEnd THEN x.Destination END AS Destination,
			CASE WHEN x.ExitDate <= u.ReportEnd THEN x.DestinationSubsidyType END AS DestinationSubsidyType,
			e.RelationshipToHoH, e.DateCreated, e.EnrollmentCoC
		FROM u_project p
		CROSS JOIN Enrollment e ON e.ProjectID = p.ProjectID
		JOIN Client c ON c.PersonalID = e.PersonalID
		CROSS JOIN u_params u
		LEFT JOIN u_exit x ON x.EnrollmentID = e.EnrollmentID
		WHERE ${activeStaySql({
			enrollment: 'e',
			exitDate: 'x.ExitDate',
			projectType: 'p.ProjectType',
			start: 'u.ReportStart',
			end: 'u.ReportEnd'
		})}
			AND (:cocs IS NULL
				OR e.EnrollmentCoC IN (SELECT value FROM json_each(:cocs))
				OR (e.EnrollmentCoC IS NULL AND EXISTS (SELECT 1 FROM ProjectCoC pc
					WHERE pc.ProjectID = e.ProjectID AND pc.CoCCode IN (SELECT value FROM json_each(:cocs)))))`
	],
	['u_enrollment_idx', `CREATE INDEX u_enrollment_household ON u_enrollment (HouseholdID, PersonalID)`],
	[
		// §3 latest stay per client. HUD leaves ties on EntryDate open; ours: an open stay or the
		// later exit, then the later DateCreated, then the greater EnrollmentID.
		'u_latest',
		`CREATE TEMP TABLE u_latest AS
		SELECT * FROM (
			SELECT ue.*, ROW_NUMBER() OVER (PARTITION BY ue.PersonalID ORDER BY ue.EntryDate DESC,
				ue.ExitDate IS NULL DESC, ue.ExitDate DESC, ue.DateCreated DESC, ue.EnrollmentID DESC) AS n
			FROM u_enrollment ue
		) WHERE n = 1`
	],
	[
		// §4 age at the later of the latest project start and the report start. A DOB after that
		// date gives a negative age, which the reference code counts as a child; so do we.
		'u_age',
		`CREATE TEMP TABLE u_age AS
		SELECT l.PersonalID, c.DOB, c.DOBDataQuality,
			CASE WHEN c.DOB IS NOT NULL THEN ${ageSql('c.DOB', 'MAX(l.EntryDate, u.ReportStart)')} END AS Age
		FROM u_latest l JOIN Client c ON c.PersonalID = l.PersonalID CROSS JOIN u_params u`
	],
	['u_age_idx', `CREATE INDEX u_age_person ON u_age (PersonalID)`],
	[
		// §5 household type from every active member's age; §4 youth household: the oldest
		// known age is 24 or less (unknown ages do not disqualify).
		'u_household',
		`CREATE TEMP TABLE u_household AS
		SELECT ue.HouseholdID,
			SUM(a.Age >= 18) AS Adults, SUM(a.Age < 18) AS Children, SUM(a.Age IS NULL) AS UnknownAges,
			CASE
				WHEN SUM(a.Age >= 18) > 0 AND SUM(a.Age < 18) > 0 THEN 'with_children_and_adults'
				WHEN SUM(a.Age IS NULL) > 0 THEN 'unknown'
				WHEN SUM(a.Age >= 18) > 0 THEN 'without_children'
				WHEN SUM(a.Age < 18) > 0 THEN 'only_children'
				ELSE 'unknown'
			END AS HouseholdType,
			MAX(a.Age) BETWEEN 0 AND 24 AS IsYouthHousehold,
			MAX(a.Age < 18 AND ue.RelationshipToHoH = 2) AS HasChildOfHead
		FROM (SELECT DISTINCT HouseholdID, PersonalID, RelationshipToHoH FROM u_enrollment) ue
		JOIN u_age a ON a.PersonalID = ue.PersonalID
		GROUP BY ue.HouseholdID`
	],
	['u_household_idx', `CREATE INDEX u_household_id ON u_household (HouseholdID)`],
	[
		// §7.1 chronic homelessness at project start, per enrollment of every household in the
		// report (members outside the range matter for the household adjustment).
		'u_ch_individual',
		`CREATE TEMP TABLE u_ch_individual AS
		SELECT e.EnrollmentID, e.PersonalID, e.HouseholdID, e.EntryDate, e.RelationshipToHoH,
			CASE WHEN c.DOB IS NOT NULL THEN ${ageSql('c.DOB', 'MAX(e.EntryDate, u.ReportStart)')} END AS Age,
			CASE
				WHEN NOT (e.DisablingCondition = 1 OR EXISTS (SELECT 1 FROM Disabilities d
					WHERE d.EnrollmentID = e.EnrollmentID AND d.DataCollectionStage = 1 AND (
						(d.DisabilityType IN (6, 8) AND d.DisabilityResponse = 1)
						OR (d.DisabilityType IN (5, 7, 9) AND d.DisabilityResponse = 1 AND d.IndefiniteAndImpairs = 1)
						OR (d.DisabilityType = 10 AND d.DisabilityResponse IN (1, 2, 3) AND d.IndefiniteAndImpairs = 1))))
				THEN CASE WHEN e.DisablingCondition = 0 THEN 'N' WHEN e.DisablingCondition IN (8, 9) THEN 'DK' ELSE 'M' END
				WHEN p.ProjectType IN (0, 1, 4, 8) OR e.LivingSituation BETWEEN 100 AND 199 THEN 'H'
				WHEN e.LivingSituation IS NULL THEN 'M'
				WHEN e.LOSUnderThreshold = 0 THEN 'N'
				WHEN e.LOSUnderThreshold IS NOT 1 THEN 'M'
				WHEN e.PreviousStreetESSH = 0 THEN 'N'
				WHEN e.PreviousStreetESSH IS NOT 1 THEN 'M'
				ELSE 'H'
			END AS Step1,
			CASE
				-- 3.917 homeless history: the reference code reads "a year or more" as a full calendar year.
				WHEN e.DateToStreetESSH IS NOT NULL AND e.DateToStreetESSH <= date(e.EntryDate, '-1 year') THEN 'Y'
				WHEN e.TimesHomelessPastThreeYears IN (1, 2, 3) THEN 'N'
				WHEN e.TimesHomelessPastThreeYears IN (8, 9) THEN 'DK'
				WHEN e.TimesHomelessPastThreeYears IS NOT 4 THEN 'M'
				WHEN e.MonthsHomelessPastThreeYears IN (112, 113) THEN 'Y'
				WHEN e.MonthsHomelessPastThreeYears BETWEEN 101 AND 111 THEN 'N'
				WHEN e.MonthsHomelessPastThreeYears IN (8, 9) THEN 'DK'
				ELSE 'M'
			END AS History
		FROM Enrollment e
		JOIN Project p ON p.ProjectID = e.ProjectID
		LEFT JOIN Client c ON c.PersonalID = e.PersonalID
		CROSS JOIN u_params u
		WHERE e.HouseholdID IN (SELECT HouseholdID FROM u_enrollment)`
	],
	[
		// §7.2 household adjustment: members present on the household's first day share a YES;
		// children present then take NO from an adult or the head, else the head's status.
		'u_chronic',
		`CREATE TEMP TABLE u_chronic AS
		WITH s AS (
			SELECT i.*, CASE WHEN Step1 = 'H' THEN History ELSE Step1 END AS Own,
				EntryDate = MIN(EntryDate) OVER (PARTITION BY HouseholdID) AS AtStart
			FROM u_ch_individual i
		), h AS (
			SELECT HouseholdID,
				MAX(AtStart AND Own = 'Y') AS AnyYes,
				MAX(AtStart AND Own = 'N' AND (Age >= 18 OR RelationshipToHoH = 1)) AS AdultNo,
				MAX(CASE WHEN AtStart AND RelationshipToHoH = 1 THEN Own END) AS HeadStatus
			FROM s GROUP BY HouseholdID
		)
		SELECT s.EnrollmentID, s.PersonalID, s.Own AS Individual,
			CASE
				WHEN s.AtStart AND h.AnyYes THEN 'Y'
				WHEN s.AtStart AND s.Age < 18 AND s.RelationshipToHoH IS NOT 1 AND h.AdultNo THEN 'N'
				WHEN s.AtStart AND s.Age < 18 AND s.RelationshipToHoH IS NOT 1 AND h.HeadStatus IS NOT NULL THEN h.HeadStatus
				ELSE s.Own
			END AS Chronic
		FROM s JOIN h ON h.HouseholdID = s.HouseholdID`
	],
	['u_chronic_idx', `CREATE INDEX u_chronic_enrollment ON u_chronic (EnrollmentID)`],
	[
		// §13 housing move-in: the head's date, when it falls inside the head's stay and not after
		// the report end, passes to members present on it; later joiners move in on entry.
		'u_move_in',
		`CREATE TEMP TABLE u_move_in AS
		WITH head AS (
			SELECT e.HouseholdID, MIN(e.MoveInDate) AS MoveInDate
			FROM u_enrollment ue CROSS JOIN Enrollment e ON e.EnrollmentID = ue.EnrollmentID
			CROSS JOIN u_params u
			WHERE ue.RelationshipToHoH = 1 AND e.MoveInDate >= e.EntryDate AND e.MoveInDate <= u.ReportEnd
				AND (ue.ExitDate IS NULL OR e.MoveInDate <= ue.ExitDate)
			GROUP BY e.HouseholdID
		)
		SELECT ue.EnrollmentID, head.MoveInDate AS HoHMoveInDate,
			CASE
				WHEN head.MoveInDate IS NULL THEN NULL
				WHEN ue.EntryDate <= head.MoveInDate THEN
					CASE WHEN ue.ExitDate IS NULL OR ue.ExitDate >= head.MoveInDate THEN head.MoveInDate END
				ELSE ue.EntryDate
			END AS MoveInDate
		FROM u_enrollment ue LEFT JOIN head ON head.HouseholdID = ue.HouseholdID
		WHERE ue.ProjectType IN (3, 9, 10, 13) OR ue.IsPFS`
	],
	['u_move_in_idx', `CREATE INDEX u_move_in_enrollment ON u_move_in (EnrollmentID)`],
	[
		// One row per client: the latest stay and everything the questions share.
		'u_client',
		`CREATE TEMP TABLE u_client AS
		SELECT l.PersonalID, l.EnrollmentID, l.HouseholdID, l.ProjectID, l.ProjectType, l.RRHSubType,
			l.IsPFS, l.IsPATH, l.EntryDate, l.ExitDate, l.Destination, l.DestinationSubsidyType,
			l.RelationshipToHoH,
			a.DOB, a.Age,
			CASE WHEN a.Age >= 18 THEN 'adult' WHEN a.Age < 18 THEN 'child' ELSE 'unknown' END AS AgeClass,
			CASE WHEN a.Age IS NULL THEN CASE WHEN a.DOBDataQuality IN (8, 9) THEN 'dkpnta' ELSE 'dnc' END END AS UnknownAge,
			a.Age >= 18 AS IsAdult,
			a.Age < 18 AS IsChild,
			l.RelationshipToHoH = 1 AS IsHoH,
			l.ExitDate IS NOT NULL AS IsLeaver,
			l.ExitDate IS NULL AS IsStayer,
			(a.Age >= 18 AND c.VeteranStatus = 1) AS IsVeteran,
			h.HouseholdType,
			COALESCE(ch.Chronic, 'M') AS Chronic,
			(h.IsYouthHousehold AND a.Age BETWEEN 12 AND 24) AS IsYouth,
			-- §4 parenting youth (reference code): every youth of a youth household with an
			-- active child of the head (RelationshipToHoH 2, under 18).
			(h.IsYouthHousehold AND a.Age BETWEEN 12 AND 24 AND h.HasChildOfHead) AS IsParentingYouth,
			m.MoveInDate, m.HoHMoveInDate,
			-- §2.4 length of stay: bed nights for night-by-night shelters, else days to exit or end.
			CASE WHEN l.ProjectType = 1 THEN (
				SELECT COUNT(DISTINCT s.DateProvided) FROM Services s
				WHERE s.EnrollmentID = l.EnrollmentID AND s.RecordType = 200
					AND s.DateProvided BETWEEN l.EntryDate AND u.ReportEnd)
			ELSE CAST(julianday(COALESCE(l.ExitDate, date(u.ReportEnd, '+1 day'))) - julianday(l.EntryDate) AS INTEGER)
			END AS StayDays,
			-- §9.1 data-quality universe: street outreach stays count only once engaged.
			NOT (l.ProjectType = 4 AND (e.DateOfEngagement IS NULL OR e.DateOfEngagement > u.ReportEnd)) AS InDQ
		FROM u_latest l
		JOIN u_age a ON a.PersonalID = l.PersonalID
		JOIN Client c ON c.PersonalID = l.PersonalID
		JOIN Enrollment e ON e.EnrollmentID = l.EnrollmentID
		JOIN u_household h ON h.HouseholdID = l.HouseholdID
		LEFT JOIN u_chronic ch ON ch.EnrollmentID = l.EnrollmentID
		LEFT JOIN u_move_in m ON m.EnrollmentID = l.EnrollmentID
		CROSS JOIN u_params u`
	],
	['u_client_idx', `CREATE UNIQUE INDEX u_client_person ON u_client (PersonalID)`],
	// Sizes for the query planner: without them it takes a universe table for a big one and
	// scans the export's Client or Enrollment table to probe it, whatever the report's size.
	['u_analyze', `ANALYZE temp`],
];

/** What each universe table holds, in words, for a run's progress (its index is built with it). */
const LABELS: Record<string, string> = {
	u_params: 'report dates',
	u_project: 'selected projects',
	u_exit: 'exits',
	u_enrollment: 'active enrollments',
	u_latest: 'latest stay of each client',
	u_age: 'ages',
	u_household: 'household types',
	u_ch_individual: 'chronic homelessness at project start',
	u_chronic: 'chronic homelessness of households',
	u_move_in: 'housing move-in dates',
	u_client: 'one row per client',
	u_analyze: 'table sizes for the query planner'
};

export interface UniverseStep {
	label: string;
	run(): void;
}

/**
 * The universe build as steps to run in order, one per table with its index, so a caller can
 * report progress and stop between them. The first step drops the last run's tables.
 */
export function universeSteps(db: Database, params: ReportParams): UniverseStep[] {
	const bind = {
		':start': params.start,
		':end': params.end,
		':projects': JSON.stringify(params.projectIds),
		':cocs': params.cocCodes?.length ? JSON.stringify(params.cocCodes) : null
	};
	const exec = (sql: string) => {
		const names = Object.keys(bind).filter((k) => sql.includes(k));
		if (names.length) run(db, sql, Object.fromEntries(names.map((k) => [k, bind[k as keyof typeof bind]])));
		else run(db, sql);
	};
	const steps: { label: string; sql: string[] }[] = [];
	for (const [name, sql] of STEPS) {
		if (name.endsWith('_idx')) steps[steps.length - 1].sql.push(sql);
		else steps.push({ label: `Universe: ${LABELS[name] ?? name}`, sql: [sql] });
	}
	return steps.map(({ label, sql }, i) => ({
		label,
		run() {
			if (i === 0) dropUniverse(db);
			sql.forEach(exec);
		}
	}));
}

/** Drops and rebuilds the universe tables for a run. */
export function buildUniverse(db: Database, params: ReportParams): void {
	for (const step of universeSteps(db, params)) step.run();
}

const TABLES = [
	'u_params', 'u_project', 'u_exit', 'u_enrollment', 'u_latest', 'u_age', 'u_household',
	'u_ch_individual', 'u_chronic', 'u_move_in', 'u_client'
];

export function dropUniverse(db: Database): void {
	for (const t of TABLES) run(db, `DROP TABLE IF EXISTS temp.${t}`);
}
