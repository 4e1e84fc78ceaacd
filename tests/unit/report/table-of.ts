// A report table built by hand for rule tests: the FY2026 shape with the given cells set.
import { shapeOf } from '../../../src/engine/report/question';
import { emptyTable, setValue, type ReportTable } from '../../../src/engine/report/table';

/** Whole numbers are set as counts, others as percents; `rowCount` for variable tables (Q4a). */
export function tableOf(
	id: string,
	values: Record<string, number> = {},
	rowCount?: number
): ReportTable {
	const t = emptyTable(shapeOf(id));
	for (const [ref, v] of Object.entries(values))
		setValue(t, ref, v, Number.isInteger(v) ? 'count' : 'percent');
	if (rowCount !== undefined) t.rowCount = rowCount;
	return t;
}
