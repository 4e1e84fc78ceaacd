// The small language consistency rules are written in, so a rule reads like Sage's own list:
// "Q5a!C2 = Q7a!B6", "sum(Q16!B2:B11) = Q16!B14", "Q9b!B6 <= Q9a!B6", "Q9b!B7 = Q9b!B6 / Q9a!B6".
// Cells are TABLE!CELL; sum(TABLE!X1:Y9) adds a rectangle; + - / and parentheses; a chain of
// comparisons (a = b = c) holds when every adjacent pair does.

export interface CellRef {
	table: string;
	cell: string;
}

export type Expr =
	| { kind: 'cell'; ref: CellRef }
	| { kind: 'sum'; refs: CellRef[] }
	| { kind: 'number'; value: number }
	| { kind: 'binary'; op: '+' | '-' | '/'; left: Expr; right: Expr };

export type Comparison = '=' | '<=' | '>=';

export interface Assertion {
	text: string;
	sides: Expr[];
	/** ops[i] compares sides[i] with sides[i + 1]. */
	ops: Comparison[];
}

const TOKEN = /\s*(sum\(|[A-Za-z]\w*![A-Z]+\d+(?::[A-Z]+\d+)?|\d+(?:\.\d+)?|<=|>=|[=+\-/()])/y;

function tokenize(text: string): string[] {
	const tokens: string[] = [];
	TOKEN.lastIndex = 0;
	while (TOKEN.lastIndex < text.length) {
		if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
		const start = TOKEN.lastIndex;
		const m = TOKEN.exec(text);
		if (!m) throw new Error(`Cannot read rule "${text}" at "${text.slice(start)}"`);
		tokens.push(m[1]);
	}
	return tokens;
}

function splitCell(cell: string): [col: string, row: number] {
	const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
	return [m[1], Number(m[2])];
}

function colIndex(col: string): number {
	let n = 0;
	for (const ch of col) n = n * 26 + ch.charCodeAt(0) - 64;
	return n;
}

function colName(index: number): string {
	let s = '';
	for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

/** Every cell of the rectangle between two corners, row by row. */
export function rectangle(table: string, from: string, to: string): CellRef[] {
	const [c1, r1] = splitCell(from);
	const [c2, r2] = splitCell(to);
	const refs: CellRef[] = [];
	for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
		for (
			let c = Math.min(colIndex(c1), colIndex(c2));
			c <= Math.max(colIndex(c1), colIndex(c2));
			c++
		) {
			refs.push({ table, cell: `${colName(c)}${r}` });
		}
	}
	return refs;
}

export function parseAssertion(text: string): Assertion {
	const tokens = tokenize(text);
	let i = 0;
	const peek = () => tokens[i];
	const next = () => {
		if (i >= tokens.length) throw new Error(`Rule "${text}" ends too early`);
		return tokens[i++];
	};
	const expect = (t: string) => {
		if (next() !== t) throw new Error(`Rule "${text}": expected "${t}"`);
	};

	function factor(): Expr {
		const t = next();
		if (t === '(') {
			const e = expr();
			expect(')');
			return e;
		}
		if (t === 'sum(') {
			const range = next();
			const m = /^(\w+)!([A-Z]+\d+):([A-Z]+\d+)$/.exec(range);
			if (!m) throw new Error(`Rule "${text}": sum() takes a range like Q16!B2:B11`);
			expect(')');
			return { kind: 'sum', refs: rectangle(m[1], m[2], m[3]) };
		}
		if (/^\d/.test(t)) return { kind: 'number', value: Number(t) };
		const m = /^(\w+)!([A-Z]+\d+)$/.exec(t);
		if (!m) throw new Error(`Rule "${text}": unexpected "${t}"`);
		return { kind: 'cell', ref: { table: m[1], cell: m[2] } };
	}

	function term(): Expr {
		let left = factor();
		while (peek() === '/') {
			next();
			left = { kind: 'binary', op: '/', left, right: factor() };
		}
		return left;
	}

	function expr(): Expr {
		let left = term();
		while (peek() === '+' || peek() === '-') {
			const op = next() as '+' | '-';
			left = { kind: 'binary', op, left, right: term() };
		}
		return left;
	}

	const sides = [expr()];
	const ops: Comparison[] = [];
	while (i < tokens.length) {
		const op = next();
		if (op !== '=' && op !== '<=' && op !== '>=')
			throw new Error(`Rule "${text}": expected a comparison, got "${op}"`);
		ops.push(op);
		sides.push(expr());
	}
	if (!ops.length) throw new Error(`Rule "${text}" compares nothing`);
	return { text, sides, ops };
}

/** The cells an expression reads, in reading order. */
export function cellsOf(e: Expr): CellRef[] {
	switch (e.kind) {
		case 'cell':
			return [e.ref];
		case 'sum':
			return e.refs;
		case 'number':
			return [];
		case 'binary':
			return [...cellsOf(e.left), ...cellsOf(e.right)];
	}
}

/** The value of an expression; division by zero gives 0, HUD's convention for rates. */
export function evaluate(e: Expr, cell: (ref: CellRef) => number): number {
	switch (e.kind) {
		case 'cell':
			return cell(e.ref);
		case 'sum':
			return e.refs.reduce((s, r) => s + cell(r), 0);
		case 'number':
			return e.value;
		case 'binary': {
			const a = evaluate(e.left, cell);
			const b = evaluate(e.right, cell);
			if (e.op === '+') return a + b;
			if (e.op === '-') return a - b;
			return b ? a / b : 0;
		}
	}
}

/**
 * Percentages reach us rounded to 4 decimals (a Sage CSV or the test kit), so two sides that
 * differ by less than half a unit in the 4th decimal are equal; counts differ by 1 or more.
 */
export const TOLERANCE = 0.0001;

export function compare(a: number, op: Comparison, b: number): boolean {
	if (op === '=') return Math.abs(a - b) < TOLERANCE;
	if (op === '<=') return a <= b + TOLERANCE;
	return a + TOLERANCE >= b;
}
