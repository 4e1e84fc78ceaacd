// A small seeded PRNG (mulberry32) and integer mixing, so the sample depends on the seed alone
// and any family of the sample can be rebuilt on its own from (seed, family index).

/** Mixes two 32-bit integers into a well-spread 32-bit integer (murmur3's finalizer). */
export function mix(a: number, b: number): number {
	let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** A fraction in [0, 1) fixed by (a, b): for decisions several files must agree on. */
export function unit(a: number, b: number): number {
	return mix(a, b) / 4294967296;
}

/** Value/weight pairs with precomputed cumulative weights, for weighted draws. */
export interface Weighted<T> {
	values: T[];
	cumulative: number[];
	total: number;
}

export function weighted<T>(pairs: [T, number][]): Weighted<T> {
	const values: T[] = [];
	const cumulative: number[] = [];
	let total = 0;
	for (const [value, weight] of pairs) {
		if (weight <= 0) continue;
		total += weight;
		values.push(value);
		cumulative.push(total);
	}
	return { values, cumulative, total };
}

export class Rng {
	private state = 0;

	constructor(seed = 0) {
		this.state = seed | 0;
	}

	reseed(seed: number): this {
		this.state = seed | 0;
		return this;
	}

	u32(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) | 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return (t ^ (t >>> 14)) >>> 0;
	}

	/** Uniform in [0, 1). */
	float(): number {
		return this.u32() / 4294967296;
	}

	/** Uniform integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.float() * n);
	}

	/** Uniform integer in [lo, hi], both inclusive. */
	range(lo: number, hi: number): number {
		return lo + Math.floor(this.float() * (hi - lo + 1));
	}

	chance(p: number): boolean {
		return this.float() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.float() * items.length)];
	}

	/** Roughly exponential with the given mean, clamped to [lo, hi]: stay lengths and gaps. */
	expo(mean: number, lo: number, hi: number): number {
		const v = Math.round(-Math.log(1 - this.float()) * mean);
		return v < lo ? lo : v > hi ? hi : v;
	}

	draw<T>(table: Weighted<T>): T {
		const x = this.float() * table.total;
		const c = table.cumulative;
		let i = 0;
		while (c[i] <= x) i++;
		return table.values[i];
	}
}
