// The fixed calendar of the sample: report year FY2026 and the history before it. Every date in
// the export derives from these constants, never from the clock, so a seed always gives the
// same bytes.
import { dayOf } from './dates';

/** First day of the federal fiscal year the sample is built around (FY2026). */
export const REPORT_START = dayOf(2025, 10, 1);
/** Last day of FY2026; also the export's end: nothing in the sample happens after it. */
export const REPORT_END = dayOf(2026, 9, 30);
/** Earliest project start in the sample (long-stayers in permanent housing). */
export const DATA_START = dayOf(2020, 10, 1);

export const EXPORT_DATE = '2026-10-05 06:30:00';
export const CSV_VERSION = '2026 v1.0';
export const SOFTWARE_NAME = 'APR Preflight sample generator';
export const SOFTWARE_VERSION = '1.0';
/** Zip entry timestamps, in local time because the zip format stores local time. */
export const ZIP_MTIME = new Date(2026, 9, 5, 6, 30, 0);
