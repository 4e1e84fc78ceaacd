// Remembers the primary keys seen in a file as 64-bit fingerprints in typed arrays: a JS Set of
// millions of key strings would cost hundreds of megabytes. A repeated fingerprint only makes a
// key a suspect; the loader confirms suspects against the table before setting rows aside.

export class KeySet {
	private hi: Uint32Array;
	private lo: Uint32Array;
	private count = 0;

	constructor(capacity = 1 << 12) {
		this.hi = new Uint32Array(capacity);
		this.lo = new Uint32Array(capacity);
	}

	/**
	 * Adds the key; returns false when its fingerprint was already there. The fingerprint is two
	 * independent 32-bit FNV-1a style hashes of the UTF-16 code units (`lo` never 0: 0 is empty).
	 */
	add(key: string): boolean {
		let a = 0x811c9dc5;
		let b = 0x01000193 ^ key.length;
		for (let i = 0; i < key.length; i++) {
			const c = key.charCodeAt(i);
			a = Math.imul(a ^ c, 0x01000193);
			b = Math.imul(b ^ c, 0x5bd1e995);
			b ^= b >>> 15;
		}
		a ^= a >>> 16;
		a = Math.imul(a, 0x85ebca6b);
		a ^= a >>> 13;
		if (!this.insert(a >>> 0, (b | 1) >>> 0)) return false;
		if (++this.count * 4 > this.hi.length * 3) this.grow();
		return true;
	}

	private insert(h: number, l: number): boolean {
		const mask = this.hi.length - 1;
		for (let i = h & mask; ; i = (i + 1) & mask) {
			if (this.lo[i] === 0) {
				this.hi[i] = h;
				this.lo[i] = l;
				return true;
			}
			if (this.hi[i] === h && this.lo[i] === l) return false;
		}
	}

	private grow(): void {
		const { hi, lo } = this;
		this.hi = new Uint32Array(hi.length * 2);
		this.lo = new Uint32Array(lo.length * 2);
		for (let i = 0; i < hi.length; i++) if (lo[i] !== 0) this.insert(hi[i], lo[i]);
	}
}
