// RFC 4180 text helpers shared by every CSV the engine writes: quoting and LF-terminated lines.

/** A text field, always quoted, with inner double quotes doubled. */
export function quote(text: string): string {
	// Most fields hold no quote: skip the replace (the cell membership file has millions of fields).
	return text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`;
}

/** One CSV line (LF-terminated) from fields that are already formatted. */
export function csvLine(fields: string[]): string {
	return `${fields.join(',')}\n`;
}

/** A field of free data: quoted when it is text, plain for numbers, empty for nothing. */
export function dataField(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? '1' : '0';
	return quote(String(value));
}

/** A whole CSV document: a header row and data rows, every line LF-terminated. */
export function csvDocument(header: string[], rows: unknown[][]): string {
	let text = csvLine(header.map(quote));
	for (const row of rows) text += csvLine(row.map(dataField));
	return text;
}
