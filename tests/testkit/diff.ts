// Prints every cell where our tables differ from the test kit's, for diagnosing a rule:
//   npx tsx tests/testkit/diff.ts <caseId|apr|caper|all> [Q11 Q12 ...]
// `apr` and `caper` take every case of that report, `all` every case of the kit.
import { compareTable, describeDifferences, HAVE_KIT, kitCases, runKitCase } from './kit';

const [which = 'all', ...tables] = process.argv.slice(2);
if (!HAVE_KIT) {
	console.error('The HUD test kit (../shared/testkit) is not here.');
	process.exit(2);
}
const cases = kitCases().filter((k) => which === 'all' || k.report === which || k.id === which);
if (!cases.length) {
	console.error(`No test-kit case or report "${which}".`);
	process.exit(2);
}
let total = 0;
for (const c of cases) {
	const run = await runKitCase(c);
	if (run.missing.length) console.log(`${c.id}: no module yet for ${run.missing.join(' ')}`);
	for (const t of run.tables.filter((t) => !tables.length || tables.includes(t.shape.id))) {
		const diffs = compareTable(c, t);
		total += diffs.length;
		if (diffs.length) console.log(describeDifferences(c, diffs));
	}
}
console.log(
	total
		? `${total} cells differ`
		: `every compared cell matches (${cases.map((c) => c.id).join(', ')})`
);
