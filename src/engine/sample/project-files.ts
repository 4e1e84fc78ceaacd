// The export's descriptive files: Export, Organization, User, Project, Funder, ProjectCoC,
// Inventory, Affiliation, HMISParticipation and CEParticipation.
import { timestamp, quote, type CsvWriter } from './csv';
import { dateText, dayOf } from './dates';
import { COC_PLACES, ORGANIZATIONS, PROJECT, PROJECTS, USERS, type ProjectDef } from './projects';
import type { SampleRun } from './run';
import {
	CSV_VERSION,
	DATA_START,
	EXPORT_DATE,
	REPORT_END,
	SOFTWARE_NAME,
	SOFTWARE_VERSION
} from './timeline';

const created = (p: ProjectDef) => timestamp(Math.max(p.operatingStart, dayOf(2019, 1, 2)), 3);

export function writeExport(w: CsvWriter, run: SampleRun): void {
	w.set('ExportID', run.exportId);
	w.set('SourceType', 1);
	w.set('SourceID', 'XX-500;XX-501');
	w.set('SourceName', 'Riverton and Maple Falls CoC HMIS (sample)');
	w.set('SourceContactFirst', 'Dana');
	w.set('SourceContactLast', 'Whitfield');
	w.set('SourceContactPhone', '5555550142');
	w.set('SourceContactEmail', 'hmis-lead@example.org');
	w.set('ExportDate', EXPORT_DATE);
	w.set('ExportStartDate', dateText(DATA_START));
	w.set('ExportEndDate', dateText(REPORT_END));
	w.set('SoftwareName', SOFTWARE_NAME);
	w.set('SoftwareVersion', SOFTWARE_VERSION);
	w.set('CSVVersion', CSV_VERSION);
	w.set('ExportPeriodType', 3);
	w.set('ExportDirective', 2);
	w.set('HashStatus', 1);
	w.set('ImplementationID', `sample-seed-${run.seed}`);
	w.emit();
}

export function writeOrganizations(w: CsvWriter, run: SampleRun): void {
	for (const o of ORGANIZATIONS) {
		w.set('OrganizationID', o.id);
		w.set('OrganizationName', quote(o.name));
		w.set('VictimServiceProvider', o.victimServiceProvider);
		w.set('OrganizationCommonName', quote(o.commonName));
		w.stamp('2019-01-02 09:00:00', 'U1', run.exportId);
		w.emit();
	}
}

export function writeUsers(w: CsvWriter, run: SampleRun): void {
	for (const u of USERS) {
		w.set('UserID', u.id);
		w.set('UserFirstName', u.first);
		w.set('UserLastName', u.last);
		w.set('UserPhone', '5555550100');
		w.set('UserEmail', `${u.first.toLowerCase()}.${u.last.toLowerCase()}@example.org`);
		w.stamp(u.created, null, run.exportId);
		w.emit();
	}
}

/** Beds per project scale with the sample so occupancy stays plausible at every size. */
function beds(p: ProjectDef, householdType: number, clients: number): number {
	const share: Record<string, number> = {
		es: 0.02,
		nbn: 0.012,
		th: 0.012,
		psh: 0.05,
		rrh: 0.02,
		youthTh: 0.006,
		dvEs: 0.004,
		sh: 0.006
	};
	const split = householdType === 1 ? 0.6 : householdType === 3 ? 0.35 : 0.05;
	return Math.max(
		householdType === 4 ? 2 : 4,
		Math.round(clients * (share[p.key] ?? 0.01) * split)
	);
}

export function writeProjects(w: CsvWriter, run: SampleRun): void {
	for (const p of PROJECTS) {
		w.set('ProjectID', p.id);
		w.set('OrganizationID', p.organizationId);
		w.set('ProjectName', quote(p.name));
		w.set('ProjectCommonName', quote(p.commonName));
		w.set('OperatingStartDate', dateText(p.operatingStart));
		w.set('ContinuumProject', 1);
		w.set('ProjectType', p.type);
		if (p.housingType !== null) w.set('HousingType', p.housingType);
		if (p.rrhSubType !== null) w.set('RRHSubType', p.rrhSubType);
		if (p.affiliatedWith !== null) w.set('ResidentialAffiliation', 1);
		else if (p.type === 6 || p.rrhSubType === 1) w.set('ResidentialAffiliation', 0);
		w.set('TargetPopulation', p.targetPopulation);
		w.set('HOPWAMedAssistedLivingFac', 2);
		if (p.inventory.length > 0) {
			w.set(
				'PITCount',
				p.inventory.reduce((n, t) => n + Math.round(beds(p, t, run.clients) * 0.85), 0)
			);
		}
		w.stamp(created(p), run.user(p, 0), run.exportId);
		w.emit();
	}
}

export function writeFunders(w: CsvWriter, run: SampleRun): void {
	let id = 1;
	for (const p of PROJECTS) {
		for (const f of p.funders) {
			w.set('FunderID', id++);
			w.set('ProjectID', p.id);
			w.set('Funder', f.code);
			w.set('GrantID', f.grantId);
			w.set('StartDate', dateText(f.start));
			if (f.end !== null) w.set('EndDate', dateText(f.end));
			w.stamp(created(p), run.user(p, 1), run.exportId);
			w.emit();
		}
	}
}

export function writeProjectCocs(w: CsvWriter, run: SampleRun): void {
	let id = 1;
	for (const p of PROJECTS) {
		for (const coc of p.cocs) {
			const place = COC_PLACES[coc];
			w.set('ProjectCoCID', id++);
			w.set('ProjectID', p.id);
			w.set('CoCCode', coc);
			w.set('Geocode', place.geocode);
			if (p.organizationId !== '3') {
				// A victim service provider does not publish its shelter's address.
				w.set(
					'Address1',
					`${100 + Number(p.id)} ${p.organizationId === '1' ? 'Harbor' : 'Main'} St.`
				);
				w.set('City', place.city);
				w.set('State', 'OH');
				w.set('ZIP', place.zip);
			}
			w.set('GeographyType', place.geography);
			w.stamp(created(p), run.user(p, 0), run.exportId);
			w.emit();
		}
	}
}

export function writeInventory(w: CsvWriter, run: SampleRun): void {
	let id = 1;
	const row = (
		p: ProjectDef,
		householdType: number,
		bedCount: number,
		start: number,
		end: number | null,
		availability: number
	) => {
		w.set('InventoryID', id++);
		w.set('ProjectID', p.id);
		w.set('CoCCode', p.cocs[0]);
		w.set('HouseholdType', householdType);
		const es = p.type === 0 || p.type === 1;
		if (es) w.set('Availability', availability);
		w.set('UnitInventory', householdType === 3 ? Math.max(1, Math.round(bedCount / 3)) : bedCount);
		w.set('BedInventory', bedCount);
		const ch = p.key === 'psh' ? Math.round(bedCount * 0.4) : 0;
		const vet = p.key === 'psh' || p.key === 'th' ? Math.round(bedCount * 0.1) : 0;
		const youth = p.key === 'youthTh' ? bedCount : 0;
		w.set('CHVetBedInventory', 0);
		w.set('YouthVetBedInventory', 0);
		w.set('VetBedInventory', vet);
		w.set('CHYouthBedInventory', 0);
		w.set('YouthBedInventory', youth);
		w.set('CHBedInventory', ch);
		w.set('OtherBedInventory', bedCount - ch - vet - youth);
		if (es) w.set('ESBedType', 1);
		w.set('InventoryStartDate', dateText(start));
		if (end !== null) w.set('InventoryEndDate', dateText(end));
		w.stamp(created(p), run.user(p, 1), run.exportId);
		w.emit();
	};
	for (const p of PROJECTS) {
		for (const t of p.inventory)
			row(p, t, beds(p, t, run.clients), Math.max(p.operatingStart, dayOf(2015, 1, 1)), null, 1);
		if (p.key === 'nbn') {
			// Winter beds: a seasonal inventory row inside the report year.
			row(
				p,
				1,
				Math.max(2, Math.round(beds(p, 1, run.clients) / 2)),
				dayOf(2025, 11, 15),
				dayOf(2026, 3, 31),
				2
			);
		}
	}
}

export function writeAffiliations(w: CsvWriter, run: SampleRun): void {
	let id = 1;
	for (const p of PROJECTS) {
		if (p.affiliatedWith === null) continue;
		w.set('AffiliationID', id++);
		w.set('ProjectID', p.id);
		w.set('ResProjectID', PROJECT[p.affiliatedWith].id);
		w.stamp(created(p), run.user(p, 0), run.exportId);
		w.emit();
	}
}

export function writeHmisParticipation(w: CsvWriter, run: SampleRun): void {
	let id = 1;
	for (const p of PROJECTS) {
		w.set('HMISParticipationID', id++);
		w.set('ProjectID', p.id);
		w.set('HMISParticipationType', p.hmisParticipation);
		w.set('HMISParticipationStatusStartDate', dateText(p.operatingStart));
		w.stamp(created(p), run.user(p, 0), run.exportId);
		w.emit();
	}
}

export function writeCeParticipation(w: CsvWriter, run: SampleRun): void {
	let id = 1;
	const ceStart = dayOf(2019, 1, 15);
	for (const p of PROJECTS) {
		const accessPoint = p.key === 'ce' || p.key === 'so' ? 1 : 0;
		w.set('CEParticipationID', id++);
		w.set('ProjectID', p.id);
		w.set('AccessPoint', accessPoint);
		if (accessPoint === 1) {
			w.set('PreventionAssessment', p.key === 'ce' ? 1 : 0);
			w.set('CrisisAssessment', 1);
			w.set('HousingAssessment', 1);
			w.set('DirectServices', p.key === 'so' ? 1 : 0);
		}
		w.set('ReceivesReferrals', p.inventory.length > 0 || p.type === 13 || p.type === 12 ? 1 : 0);
		w.set('CEParticipationStatusStartDate', dateText(Math.max(ceStart, p.operatingStart)));
		w.stamp(created(p), run.user(p, 0), run.exportId);
		w.emit();
	}
}
