// What a report run is asked for: which report, which dates, which projects.

export type ReportKind = 'apr' | 'caper';

export interface ReportParams {
	report: ReportKind;
	/** First day of the report period, YYYY-MM-DD, inclusive. */
	start: string;
	/** Last day of the report period, YYYY-MM-DD, inclusive. */
	end: string;
	/** Projects pooled into one report. */
	projectIds: string[];
	/** Optional CoC filter: keep only enrollments in these CoCs. */
	cocCodes?: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems with the parameters, in plain words; empty when they can be run. */
export function validateParams(p: ReportParams): string[] {
	const problems: string[] = [];
	for (const [name, value] of [['start', p.start], ['end', p.end]] as const) {
		if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
			problems.push(`The report ${name} date "${value}" is not a date in the form YYYY-MM-DD.`);
		}
	}
	if (!problems.length && p.start > p.end) {
		problems.push(`The report starts (${p.start}) after it ends (${p.end}).`);
	}
	if (!p.projectIds.length) problems.push('Choose at least one project.');
	return problems;
}
