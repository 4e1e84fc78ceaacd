// Plain-language help for the data-quality tables Q6a-Q6f: for each row, what its errors mean
// and how to fix them in the HMIS. Written for HMIS leads from the APR's data-quality rules
// (FY2026, and the FY2024 Gender row); keyed by HUD's row labels, exactly as the shells give them.

export interface DqRowHelp {
	/** What the row counts as a problem. */
	meaning: string;
	/** Where to go in the HMIS and what to change. */
	fix: string;
}

/** What the error columns of Q6a-Q6c mean, the same for every row. */
export const DQ_COLUMN_HELP: Record<string, string> = {
	'Client Doesn’t Know/Prefers Not to Answer':
		'The answer recorded is “Client doesn’t know” or “Client prefers not to answer”. HUD counts ' +
		'these as gaps: ask again at the next contact if the client is willing.',
	'Information Missing':
		'Nothing usable is recorded: the field is blank, says “Data not collected”, or the record ' +
		'itself is absent (for example no income record dated the project start).',
	'Data Issues':
		'Something is recorded but cannot be right: it contradicts another field or is not a ' +
		'possible value.'
};

const PROJECT_START_RECORD =
	'On the project start record, complete Prior Living Situation (3.917) in full: where the ' +
	'client stayed the night before, how long, whether they came from the street, a shelter or a ' +
	'safe haven, when this episode of homelessness began, and how many times and months they were ' +
	'homeless in the past three years.';

export const DQ_HELP: Record<string, Record<string, DqRowHelp>> = {
	Q6a: {
		'Name (3.01)': {
			meaning:
				'The first or last name is blank, or the name quality says the client did not know, ' +
				'preferred not to answer, or was not asked. A data issue means only a partial name, a ' +
				'street name or a code name is recorded.',
			fix:
				'Open the client’s profile, enter the first and last name the client gives, and set ' +
				'Name Data Quality to “Full name reported”. Update a partial or street name once the ' +
				'client shares their full name.'
		},
		'Social Security Number (3.02)': {
			meaning:
				'The SSN is blank or marked not collected, or the client did not know or preferred not ' +
				'to answer. A data issue means the number cannot be a real SSN (not nine digits, letters, ' +
				'a 000, 666 or 9xx start, 00 in the middle, 0000 at the end, one digit repeated, ' +
				'123456789), or it is recorded as partial.',
			fix:
				'Check the number against the client’s documents and correct typing errors. Record ' +
				'every digit the client knows; set SSN Data Quality to match what was reported.'
		},
		'Date of Birth (3.03)': {
			meaning:
				'No date of birth is recorded (with or without a reason). A data issue means the date ' +
				'is approximate, contradicts its quality field, is before 1915, is after the record was ' +
				'created, or puts an adult or head of household’s birth on or after the project start.',
			fix:
				'Enter the full date of birth and set DOB Data Quality to “Full DOB reported”. Correct ' +
				'impossible dates (often a project start date typed into the DOB field). If only an ' +
				'estimate is possible, record it as approximate and replace it when known.'
		},
		'Race/Ethnicity (3.04)': {
			meaning:
				'No race or ethnicity is selected, it is marked not collected, or the client did not ' +
				'know or preferred not to answer.',
			fix:
				'Ask the client and select every race and ethnicity they identify with; the client ' +
				'may choose more than one.'
		},
		'Gender (3.06)': {
			meaning:
				'No gender is selected, it is marked not collected, or the client did not know or ' +
				'preferred not to answer (FY2024 exports only).',
			fix: 'Ask the client and record each gender they identify with.'
		},
		'Overall Score': {
			meaning:
				'The number of different clients with at least one problem in the rows above: a client ' +
				'with both a missing SSN and a missing name counts once.',
			fix: 'Fixing the rows above lowers this score; start with the row with the most clients.'
		}
	},
	Q6b: {
		'Veteran Status (3.07)': {
			meaning:
				'For adults: veteran status is blank, not collected, or the client did not know or ' +
				'preferred not to answer. A data issue is a child (under 18) recorded as a veteran.',
			fix:
				'Ask every adult whether they served on active duty and record Yes or No. For a child ' +
				'shown as a veteran, correct the veteran status, or the date of birth if that is wrong.'
		},
		'Project Start Date (3.10)': {
			meaning:
				'The client’s stay starts while an earlier stay of theirs in the same project was still ' +
				'open (overlapping enrollments), or the stay’s start date is after its exit date.',
			fix:
				'Compare the client’s enrollments in this project. Exit the earlier one on the day the ' +
				'client actually left, delete a duplicate enrollment, or correct the start or exit date.'
		},
		'Relationship to Head of Household (3.15)': {
			meaning:
				'The relationship is blank or not a valid answer, or the client’s household has no ' +
				'head of household or more than one (then every member of it is counted).',
			fix:
				'Open the household’s enrollment and mark exactly one member as “Self (head of ' +
				'household)”; give every other member their relationship to that person.'
		},
		'Enrollment CoC (3.16)': {
			meaning:
				'For heads of household: the CoC where the client lives is not recorded at project ' +
				'start, or it is not a valid HUD CoC code.',
			fix:
				'On the head of household’s project start, select the CoC code (for example XX-500) of ' +
				'the place the household was staying when it enrolled.'
		},
		'Disabling Condition (3.08)': {
			meaning:
				'Disabling condition is blank, not collected, or the client did not know or preferred ' +
				'not to answer. A data issue is “No” while the client’s latest disability records show ' +
				'a disabling condition (a developmental disability, HIV/AIDS, or a long-lasting condition ' +
				'that impairs independent living).',
			fix:
				'Ask the question at project start and record Yes or No. Where it says No, review the ' +
				'disability records (4.05-4.10): either the condition answer or those records is wrong.'
		}
	},
	Q6c: {
		'Destination (3.12)': {
			meaning:
				'For leavers: where the client went is blank, “No exit interview completed”, not ' +
				'collected, or the client did not know or preferred not to answer.',
			fix:
				'Open the exit record and enter where the client went to stay. If staff did not see ' +
				'the client leave, ask the client, their household or their case manager.'
		},
		'Income and Sources (4.02) at Start': {
			meaning:
				'For adults and heads of household: no income record is dated the project start date, ' +
				'“Income from any source” is blank or not collected, or the answers contradict each ' +
				'other (“No” income with a source marked Yes, or “Yes” with no source marked).',
			fix:
				'Add or correct the project start income assessment so its information date equals the ' +
				'project start date, mark each source Yes or No, and make “Income from any source” agree.'
		},
		'Income and Sources (4.02) at Annual Assessment': {
			meaning:
				'For adults and heads of household still enrolled a year or more: no income record with ' +
				'the stage “Annual assessment” within 30 days of the anniversary of the head of ' +
				'household’s project start, or its answers are blank, unknown or contradictory.',
			fix:
				'Record the annual assessment for every household member, with the stage “Annual ' +
				'assessment” and an information date no more than 30 days before or after the ' +
				'anniversary of the head of household’s project start.'
		},
		'Income and Sources (4.02) at Exit': {
			meaning:
				'For adult and head of household leavers: no income record is dated the exit date, or ' +
				'its answers are blank, unknown or contradictory.',
			fix:
				'Complete the exit income assessment with the stage “Project exit” and the exit date ' +
				'as its information date, and make “Income from any source” agree with the sources.'
		}
	},
	Q6d: {
		'ES-EE, ES-NbN, SH, Street Outreach': {
			meaning:
				'Adults and heads of household who entered a shelter, safe haven or street outreach ' +
				'(since October 2016) without the answers needed to tell whether they are chronically ' +
				'homeless: when this episode began, how many times, or how many months they were ' +
				'homeless in the past three years. These clients are all expected to answer.',
			fix: PROJECT_START_RECORD
		},
		TH: {
			meaning:
				'Adults and heads of household who entered transitional housing without the length of ' +
				'their stay in an institution or in housing, or (when they came from homelessness) ' +
				'without when the episode began, how many times or how many months they were homeless.',
			fix: PROJECT_START_RECORD
		},
		'PH (all)': {
			meaning:
				'As for TH, for adults and heads of household who entered permanent housing (rapid ' +
				're-housing, permanent supportive housing and other permanent housing).',
			fix: PROJECT_START_RECORD
		},
		CE: {
			meaning: 'Coordinated Entry projects report in their own APR: this row is always 0 here.',
			fix: 'Nothing to fix in this report.'
		},
		'SSO, Day Shelter, HP': {
			meaning:
				'As for TH, for adults and heads of household who entered services only, a day ' +
				'shelter or homelessness prevention.',
			fix: PROJECT_START_RECORD
		},
		Total: {
			meaning:
				'All the rows above together. The last column is the share of records for which ' +
				'chronic homelessness cannot be worked out.',
			fix: 'Fix the rows above; the total follows.'
		}
	},
	Q6e: {
		'< 0 days': {
			meaning:
				'Records entered before the day they describe: a project start or exit dated in the ' +
				'future when it was typed in. These are usually typing mistakes in the date.',
			fix:
				'Check the start or exit date against the case file and correct it. Enter starts and ' +
				'exits when they happen, not in advance.'
		},
		'0 days': {
			meaning: 'Starts and exits entered on the day they happened: the aim.',
			fix: 'Nothing to fix.'
		},
		'1-3 days': {
			meaning: 'Starts and exits entered one to three days after they happened.',
			fix: 'Usually within a CoC’s timeliness standard; check your CoC’s own rule.'
		},
		'4-6 days': {
			meaning: 'Starts and exits entered four to six days after they happened.',
			fix: 'Entry is falling behind: agree with the project how soon starts and exits are entered.'
		},
		'7-10 days': {
			meaning: 'Starts and exits entered a week or more after they happened.',
			fix:
				'Late entry makes point-in-time counts and bed use wrong while it lasts. Set a ' +
				'routine (for example daily entry) with the project.'
		},
		'11+ days': {
			meaning:
				'Starts and exits entered more than ten days late, often a batch typed in from paper ' +
				'long afterwards.',
			fix:
				'Find out why entry was late (staffing, paper forms, access to the HMIS) and fix that ' +
				'first; the open clients of this project are the ones to catch up on.'
		}
	},
	Q6f: {
		'Contact (Adults and Heads of Household in Street Outreach or PATH-funded SSO)': {
			meaning:
				'Adults and heads of household enrolled 90 days or more in street outreach (or a ' +
				'PATH-funded services-only project) and not exited, with no contact recorded in the ' +
				'last 90 days of the report: probably people the project lost touch with.',
			fix:
				'Record each contact as a Current Living Situation. Exit clients the outreach team no ' +
				'longer sees, dated their last contact, with the destination if known.'
		},
		'Contact (Adults and Heads of Household in Street Outreach or ES – NbN)': {
			meaning:
				'Adults and heads of household enrolled 90 days or more in street outreach or a ' +
				'night-by-night shelter and not exited, with no contact recorded in the last 90 days ' +
				'of the report (FY2024 exports).',
			fix:
				'Record each contact as a Current Living Situation, and exit clients the project no ' +
				'longer sees.'
		},
		'Bed Night (All clients in ES – NbN)': {
			meaning:
				'Clients enrolled 90 days or more in a night-by-night shelter and not exited, with no ' +
				'bed night recorded in the last 90 days of the report.',
			fix:
				'Record every night a client stays (Bed Night, 4.14). Exit clients who stopped coming, ' +
				'with the exit date the day after their last bed night.'
		}
	}
};

/** The help for a row of a Q6 table, or null when the table is not a data-quality table. */
export function dqHelp(tableId: string, rowLabel: string): DqRowHelp | null {
	return DQ_HELP[tableId]?.[rowLabel] ?? null;
}

export function isDqTable(tableId: string): boolean {
	return tableId in DQ_HELP;
}
