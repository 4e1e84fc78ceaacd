// What the report setup has chosen: the report, its dates, the projects and the optional CoC
// filter. The form edits it; the run reads it as ReportParams.
import type { ReportKind, ReportParams } from '../../engine/report/params';
import { isIsoDate, lastFederalFiscalYear, localToday } from './date-presets';

export class SetupState {
	report = $state<ReportKind>('apr');
	start = $state('');
	end = $state('');
	projectIds = $state<string[]>([]);
	/** Empty: no CoC filter, every enrollment of the projects counts. */
	cocCodes = $state<string[]>([]);

	#today: () => string;

	/** `today` is injectable so tests do not depend on the calendar. */
	constructor(today: () => string = () => localToday()) {
		this.#today = today;
		this.reset();
	}

	/** Back to the defaults: the APR over the last federal fiscal year, nothing picked. */
	reset(): void {
		const { start, end } = lastFederalFiscalYear(this.#today());
		this.report = 'apr';
		this.start = start;
		this.end = end;
		this.projectIds = [];
		this.cocCodes = [];
	}

	toggleProject(projectId: string, picked: boolean): void {
		const others = this.projectIds.filter((id) => id !== projectId);
		this.projectIds = picked ? [...others, projectId] : others;
	}

	get params(): ReportParams {
		const params: ReportParams = {
			report: this.report,
			start: this.start,
			end: this.end,
			projectIds: [...this.projectIds]
		};
		if (this.cocCodes.length > 0) params.cocCodes = [...this.cocCodes];
		return params;
	}

	/** What stops the report from running, in plain words; empty when it can run. */
	get problems(): string[] {
		const problems: string[] = [];
		if (!isIsoDate(this.start)) problems.push('Enter the first day of the report period.');
		if (!isIsoDate(this.end)) problems.push('Enter the last day of the report period.');
		if (!problems.length && this.start > this.end) {
			problems.push('The report period starts after it ends.');
		}
		if (this.projectIds.length === 0) problems.push('Pick at least one project.');
		return problems;
	}
}
