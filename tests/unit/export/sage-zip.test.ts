// The Sage zip: every table of the report as a flat <Id>.csv entry, the same bytes every time
// and in every time zone, and a loud failure when a table is missing.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { sageZip, sageZipName } from '../../../src/engine/export/sage-zip';
import { APR_TABLES, CAPER_TABLES } from '../../../src/engine/report/compositions';
import type { ReportParams } from '../../../src/engine/report/params';
import { shapeOf } from '../../../src/engine/report/question';
import { emptyTable, setValue } from '../../../src/engine/report/table';

const PARAMS: ReportParams = {
	report: 'apr',
	start: '2025-10-01',
	end: '2026-09-30',
	projectIds: ['441']
};

function allTables(ids = APR_TABLES) {
	return ids.map((id) => {
		const t = emptyTable(shapeOf(id));
		if (id === 'Q5a') setValue(t, 'C2', 37, 'count');
		return t;
	});
}

describe('sageZip', () => {
	const tz = process.env.TZ;
	afterEach(() => {
		if (tz === undefined) delete process.env.TZ;
		else process.env.TZ = tz;
	});

	it('holds exactly the 67 APR tables as flat CSV files, all-zero tables included', () => {
		const zip = sageZip(PARAMS, allTables());
		const entries = unzipSync(zip.bytes);
		expect(Object.keys(entries)).toEqual(APR_TABLES.map((id) => `${id}.csv`));
		expect(Object.keys(entries)).toHaveLength(67);
		expect(strFromU8(entries['Q5a.csv']).split('\n')[1]).toBe(
			'"Total number of persons served",0,37'
		);
		expect(strFromU8(entries['Q27m.csv']).length).toBeGreaterThan(0);
	});

	it('gives the same bytes for the same report, whatever the time zone', () => {
		process.env.TZ = 'UTC';
		const a = sageZip(PARAMS, allTables()).bytes;
		process.env.TZ = 'Pacific/Honolulu';
		const b = sageZip(PARAMS, allTables()).bytes;
		process.env.TZ = 'Asia/Tokyo';
		const c = sageZip(PARAMS, allTables()).bytes;
		expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
		expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
		// Local file header: DOS time at offset 10 (0 = 00:00:00), date at 12 (1980-01-01 = 0x21).
		const view = new DataView(a.buffer, a.byteOffset);
		expect(view.getUint32(0, true)).toBe(0x04034b50);
		expect(view.getUint16(10, true)).toBe(0);
		expect(view.getUint16(12, true)).toBe(0x21);
	});

	it('changes when a value changes', () => {
		const tables = allTables();
		const before = sageZip(PARAMS, tables).bytes;
		setValue(tables[1], 'C3', 20, 'count');
		expect(Buffer.from(sageZip(PARAMS, tables).bytes).equals(Buffer.from(before))).toBe(false);
	});

	it('holds exactly the 40 CAPER tables, its own three included, in Sage order', () => {
		const caper: ReportParams = { ...PARAMS, report: 'caper', projectIds: ['1546'] };
		const zip = sageZip(caper, allTables(CAPER_TABLES));
		expect(zip.name).toBe('CAPER-FY2026-1546-2025-10-01-2026-09-30.zip');
		const entries = unzipSync(zip.bytes);
		expect(Object.keys(entries)).toEqual(CAPER_TABLES.map((id) => `${id}.csv`));
		expect(Object.keys(entries)).toHaveLength(40);
		const q24a = strFromU8(entries['Q24a.csv']).trimEnd().split('\n');
		expect(q24a).toHaveLength(16);
		expect(q24a[0].split(',')).toEqual(
			['', ...shapeOf('Q24a').columns].map((label) => `"${label}"`)
		);
		expect(q24a[14]).toBe('"Data not collected (no exit interview completed)",0,0,0,0,0');
		expect(q24a[15]).toBe('"Total",0,0,0,0,0');
		expect(strFromU8(entries['Q22a2.csv']).trimEnd().split('\n')).toHaveLength(15);
		expect(strFromU8(entries['Q22d.csv']).trimEnd().split('\n')).toHaveLength(12);
		// A CAPER's tables are not enough for an APR, and an APR's not for a CAPER.
		expect(() => sageZip(PARAMS, allTables(CAPER_TABLES))).toThrow(/Q22a1/);
		expect(() => sageZip(caper, allTables())).toThrow(/3 are not computed yet: Q22a2, Q22d, Q24a/);
	});

	it('refuses to write when tables are missing and names them', () => {
		const tables = allTables().filter((t) => !['Q12', 'Q27m'].includes(t.shape.id));
		expect(() => sageZip(PARAMS, tables)).toThrow(/2 are not computed yet: Q12, Q27m/);
	});
});

describe('sageZipName', () => {
	it('names the report, project and dates', () => {
		expect(sageZipName(PARAMS)).toBe('APR-FY2026-441-2025-10-01-2026-09-30.zip');
		expect(sageZipName({ ...PARAMS, report: 'caper' })).toBe(
			'CAPER-FY2026-441-2025-10-01-2026-09-30.zip'
		);
	});

	it('joins up to three pooled projects with +, and counts the rest beyond that', () => {
		expect(sageZipName({ ...PARAMS, projectIds: ['1554', '1555'] })).toBe(
			'APR-FY2026-1554+1555-2025-10-01-2026-09-30.zip'
		);
		expect(sageZipName({ ...PARAMS, projectIds: ['1', '2', '3', '4', '5'] })).toBe(
			'APR-FY2026-1+4-more-2025-10-01-2026-09-30.zip'
		);
	});

	it('keeps project ids safe as file names', () => {
		expect(sageZipName({ ...PARAMS, projectIds: ['a/b c'] })).toBe(
			'APR-FY2026-a_b_c-2025-10-01-2026-09-30.zip'
		);
	});
});
