// Saves what the page built (text, or bytes from the engine) as a file through the browser's
// download, with no request: the bytes go from a Blob to the user's disk.
export function saveText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
	saveBlob(fileName, new Blob([text], { type }));
}

export function saveBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a tick later is safe.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
