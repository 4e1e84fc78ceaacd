// Peak memory of a process from Linux's own accounting: VmHWM is the kernel's high-water mark
// of resident memory, so no sampling interval can miss a short peak (a synchronous report run
// gives a timer no chance to fire). Writing 5 to clear_refs resets the mark to the current RSS.
import { readFileSync, writeFileSync } from 'node:fs';

function statusField(pid: number | 'self', field: string): number | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
		return m ? Number(m[1]) * 1024 : null;
	} catch {
		return null;
	}
}

/** Peak resident memory in bytes since the start or the last reset; null off Linux. */
export const peakRss = (pid: number | 'self' = 'self') => statusField(pid, 'VmHWM');

export const currentRss = (pid: number | 'self' = 'self') => statusField(pid, 'VmRSS');

/** Starts a new peak from the current resident memory (no-op where /proc is absent). */
export function resetPeak(pid: number | 'self' = 'self'): void {
	try {
		writeFileSync(`/proc/${pid}/clear_refs`, '5');
	} catch {
		// Not Linux, or not our process: the peak then counts from the process start.
	}
}
