// How the page names each report: short in buttons and messages, in full in titles.
import type { ReportKind } from '../engine/report/params';

export const REPORT_NAMES: Record<ReportKind, { short: string; full: string }> = {
	apr: { short: 'APR', full: 'CoC Annual Performance Report (APR)' },
	caper: {
		short: 'CAPER',
		full: 'ESG Consolidated Annual Performance and Evaluation Report (CAPER)'
	}
};
