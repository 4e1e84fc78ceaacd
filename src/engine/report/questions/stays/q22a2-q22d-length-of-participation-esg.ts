// The CAPER's length of participation: Q22a2 by leavers and stayers and Q22d by household type,
// in the ESG ranges (short stays split by the week), over the same length of stay as Q22a1.
import { householdColumn } from '../common';
import { EVERYONE } from './cells';
import { LEAVERS_AND_STAYERS, lengthRanges } from './q22-length-of-participation';

/** Q22a2 rows 2..13 (upper bounds, inclusive); more than 1,825 days is row 14, Total row 15. */
const ESG_BOUNDS = [7, 14, 21, 30, 60, 90, 180, 365, 730, 1095, 1460, 1825];
/** Q22d stops at two years: rows 2..10, then "731 days or more" (row 11) and Total (row 12). */
const HOUSEHOLD_BOUNDS = ESG_BOUNDS.slice(0, 9);

export const q22a2 = lengthRanges('Q22a2', {
	bounds: ESG_BOUNDS,
	column: LEAVERS_AND_STAYERS,
	population: EVERYONE
});

export const q22d = lengthRanges('Q22d', {
	bounds: HOUSEHOLD_BOUNDS,
	column: householdColumn(),
	population: EVERYONE
});
