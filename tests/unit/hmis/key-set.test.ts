// The fingerprint set behind duplicate-key detection: every repeat is caught, through growth.
import { describe, expect, test } from 'vitest';
import { KeySet } from '../../../src/engine/hmis/key-set';

describe('KeySet', () => {
	test('new keys are added, repeats are refused, also after the table grows', () => {
		const keys = new KeySet(4);
		const ids = Array.from({ length: 50_000 }, (_, i) => `ID-${i.toString(36)}`);
		expect(ids.every((id) => keys.add(id))).toBe(true);
		expect(ids.filter((id) => keys.add(id))).toEqual([]);
		expect(keys.add('ID-?')).toBe(true);
	});

	test('keys differing only in case, leading zeros or length are distinct', () => {
		const keys = new KeySet();
		for (const k of ['a', 'A', '7', '07', '007', '', ' 7']) expect(keys.add(k)).toBe(true);
	});
});
