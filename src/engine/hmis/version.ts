// Which HMIS CSV specification an export was written in: from Export.csv's CSVVersion, or from
// Client.csv's header when CSVVersion is empty.
import type { SpecVersion } from './schema';

export type VersionVerdict =
	| { version: SpecVersion; note: string | null }
	| { version: null; fatal: string };

const unsupported = (found: string) =>
	`This export is in a format this app does not read (${found}). It reads HMIS CSV FY2026 ` +
	`("2026 v1.x") and FY2024 ("2024 v1.x") exports: export again in the FY2026 format.`;

/**
 * Producers write CSVVersion freely ("2026 v1.0", "FY2024", "2024 (v1.3 csv)"), so the year is
 * read as a substring. `clientHeader` is only used when CSVVersion is empty.
 */
export function detectVersion(csvVersion: string, clientHeader: string[] | null): VersionVerdict {
	const text = csvVersion.trim();
	if (text) {
		if (/2026/.test(text)) return { version: '2026', note: null };
		if (/2024/.test(text)) return { version: '2024', note: null };
		return { version: null, fatal: unsupported(`Export.csv says CSVVersion "${text}"`) };
	}
	const names = new Set((clientHeader ?? []).map((h) => h.trim().toLowerCase()));
	if (names.has('sex'))
		return {
			version: '2026',
			note: 'Export.csv has no CSVVersion; read as FY2026 because Client.csv has a Sex column.'
		};
	if (names.has('woman'))
		return {
			version: '2024',
			note: 'Export.csv has no CSVVersion; read as FY2024 because Client.csv has a Woman column.'
		};
	if (names.has('female'))
		return {
			version: null,
			fatal: unsupported('Export.csv has no CSVVersion and Client.csv has FY2022 gender columns')
		};
	return {
		version: '2026',
		note: 'Export.csv has no CSVVersion and Client.csv does not tell the version; read as FY2026.'
	};
}
