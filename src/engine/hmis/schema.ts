// The shape of HUD's HMIS CSV specification as the engine uses it: files, columns, value lists.
import columns2024 from './spec/columns-fy2024';
import columns2026 from './spec/columns-fy2026';
import lists2024 from './spec/lists-fy2024';
import lists2026 from './spec/lists-fy2026';

export type ColumnType = 'string' | 'integer' | 'date' | 'datetime' | 'money';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
	nullable: boolean;
	/** HUD list number (e.g. "1.8") whose codes the column must use. */
	list?: string;
	/** "File.Column" this column points at. */
	references?: string;
	/** The list depends on another column's value (e.g. Disabilities.DisabilityResponse). */
	conditionalList?: unknown;
	/** Codes of the shared list that this column must not use. */
	excludeValues?: (string | number)[];
}

export interface FileSpec {
	/** File base name without ".csv", also the SQLite table name. */
	file: string;
	key: string;
	columns: ColumnSpec[];
}

export interface ValueList {
	name: string;
	values: Record<string, string>;
	classification?: Record<string, string>;
}

export type ValueLists = Record<string, ValueList>;

export type SpecVersion = '2024' | '2026';

export const FILE_SPECS: Record<SpecVersion, FileSpec[]> = { '2024': columns2024, '2026': columns2026 };
export const VALUE_LISTS: Record<SpecVersion, ValueLists> = { '2024': lists2024, '2026': lists2026 };

/** Client.csv's race and ethnicity columns (3.04), in HUD's column order. */
export const RACE_COLUMNS = [
	'AmIndAKNative',
	'Asian',
	'BlackAfAmerican',
	'HispanicLatinao',
	'MidEastNAfrican',
	'NativeHIPacific',
	'White'
] as const;

export function fileSpec(version: SpecVersion, file: string): FileSpec | undefined {
	return FILE_SPECS[version].find((f) => f.file.toLowerCase() === file.toLowerCase());
}
