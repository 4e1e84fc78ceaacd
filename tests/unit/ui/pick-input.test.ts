// Protects what the drop zone accepts: one .zip, or .csv files; anything else is refused with
// the offending names before the worker is asked.
import { describe, expect, it } from 'vitest';
import { pickInput } from '../../../src/ui/load/pick-input';

const file = (name: string) => new File(['x'], name);

describe('pickInput', () => {
	it('takes a single zip as a zip export', () => {
		const zip = file('Export.ZIP');
		expect(pickInput([zip])).toEqual({ ok: true, input: { kind: 'zip', file: zip } });
	});

	it('takes any number of csv files as loose files, whatever the case of the extension', () => {
		const files = [file('Client.csv'), file('Enrollment.CSV'), file('Export.csv')];
		expect(pickInput(files)).toEqual({ ok: true, input: { kind: 'files', files } });
	});

	it('refuses nothing chosen', () => {
		expect(pickInput([])).toEqual({ ok: false, message: 'No file was chosen.' });
	});

	it('refuses other kinds of file and names them', () => {
		const picked = pickInput([file('Client.csv'), file('notes.txt'), file('Makefile')]);
		expect(picked.ok).toBe(false);
		expect(!picked.ok && picked.message).toMatch(/^notes\.txt, Makefile: not a \.zip or \.csv/);
	});

	it('refuses two zips, and a zip mixed with csv files', () => {
		const twoZips = pickInput([file('a.zip'), file('b.zip')]);
		const mixed = pickInput([file('a.zip'), file('Client.csv')]);
		expect(!twoZips.ok && twoZips.message).toMatch(/one \.zip at a time/);
		expect(!mixed.ok && mixed.message).toMatch(/not both/);
	});
});
