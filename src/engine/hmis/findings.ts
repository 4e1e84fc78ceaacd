// Collects a load's findings with a cap per file and kind and overall, so a broken file with
// millions of bad values cannot exhaust memory; what is over the cap is counted, then summarized.
import type { Finding, Severity } from './types';

export const PER_KIND_CAP = 2000;
export const TOTAL_CAP = 50_000;

interface Kind {
	count: number;
	kept: number;
	severity: Severity;
}

const fmt = (n: number) => n.toLocaleString('en-US');

export class FindingLog {
	readonly kept: Finding[] = [];
	private kinds = new Map<string, Kind>();
	truncated = 0;

	constructor(
		private perKindCap = PER_KIND_CAP,
		private totalCap = TOTAL_CAP
	) {}

	private kind(file: string, code: string): Kind {
		const k = `${file}\u0000${code}`;
		let kind = this.kinds.get(k);
		if (!kind) {
			kind = { count: 0, kept: 0, severity: 'info' };
			this.kinds.set(k, kind);
		}
		return kind;
	}

	/**
	 * Counts one finding of `code` in `file` and says whether to keep it. Callers build the
	 * finding only when this returns true, which keeps the per-row checks cheap.
	 */
	want(file: string, code: string): boolean {
		const kind = this.kind(file, code);
		kind.count++;
		if (kind.count <= this.perKindCap && this.kept.length < this.totalCap) return true;
		this.truncated++;
		return false;
	}

	/** Counts `n` findings of a kind that were never built (a query counted them). */
	skip(file: string, code: string, n: number): void {
		if (n <= 0) return;
		this.kind(file, code).count += n;
		this.truncated += n;
	}

	/** Keeps a finding that `want` allowed. */
	push(f: Finding): void {
		const kind = this.kind(f.file, f.code);
		kind.kept++;
		kind.severity = f.severity;
		this.kept.push(f);
	}

	add(f: Finding): void {
		if (this.want(f.file, f.code)) this.push(f);
	}

	/** How many findings of this kind the file had, kept or not. */
	count(file: string, code: string): number {
		return this.kinds.get(`${file}\u0000${code}`)?.count ?? 0;
	}

	/** One closing finding per file and kind over the cap, saying how many were not listed. */
	summarizeTruncation(): void {
		for (const [k, kind] of this.kinds) {
			if (kind.kept === kind.count) continue;
			const [file, code] = k.split('\u0000');
			this.kept.push({
				severity: kind.kept ? kind.severity : 'warning',
				file,
				row: null,
				column: null,
				value: String(kind.count),
				message: `${fmt(kind.count)} findings of this kind (${code}); only ${fmt(kind.kept)} are listed.`,
				action: kind.kept
					? 'Fix the listed ones first: the rest are usually the same problem.'
					: 'Too many findings to list them all; fix the ones listed and check the export again.',
				code
			});
		}
	}
}
