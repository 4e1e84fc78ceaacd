// The sample's organizations and projects: one of every project type the APR and CAPER cover
// (plus a coordinated-entry project), with CoC and ESG funders, and how long people stay.
import { dayOf } from './dates';

export type ProjectKey =
	| 'es'
	| 'nbn'
	| 'th'
	| 'psh'
	| 'rrh'
	| 'youthTh'
	| 'dvEs'
	| 'so'
	| 'sso'
	| 'hp'
	| 'rrhSso'
	| 'sh'
	| 'ce';

export interface OrganizationDef {
	id: string;
	name: string;
	commonName: string;
	victimServiceProvider: 0 | 1;
}

export interface FunderDef {
	code: number;
	grantId: string;
	start: number;
	end: number | null;
}

export interface ProjectDef {
	key: ProjectKey;
	id: string;
	organizationId: string;
	name: string;
	commonName: string;
	type: number;
	rrhSubType: number | null;
	housingType: number | null;
	targetPopulation: number;
	/** The residential project a services-only project is affiliated with. */
	affiliatedWith: ProjectKey | null;
	cocs: string[];
	funders: FunderDef[];
	operatingStart: number;
	/** 2.08.1: 1 HMIS, 2 comparable database (the victim service provider). */
	hmisParticipation: number;
	/** Household types (2.07.4) with beds, for Inventory; empty for non-residential projects. */
	inventory: number[];
	/** Mean, shortest and longest stay in days. */
	stay: [number, number, number];
	/** How far before the report start a first stay may begin, in days. */
	lookback: number;
}

export const ORGANIZATIONS: OrganizationDef[] = [
	{
		id: '1',
		name: 'Harbor Light Services, Inc.',
		commonName: 'Harbor Light',
		victimServiceProvider: 0
	},
	{
		id: '2',
		name: 'Northside Housing Partners',
		commonName: 'Northside',
		victimServiceProvider: 0
	},
	{
		id: '3',
		name: 'Safe Passage Domestic Violence Services',
		commonName: 'Safe Passage',
		victimServiceProvider: 1
	},
	{
		id: '4',
		name: 'Street Reach Outreach Collaborative',
		commonName: 'Street Reach',
		victimServiceProvider: 0
	},
	{
		id: '5',
		name: 'County Community Action Agency',
		commonName: 'County CAA',
		victimServiceProvider: 0
	},
	{
		id: '6',
		name: 'Haven House "Safe Haven" Ministries',
		commonName: 'Haven House',
		victimServiceProvider: 0
	}
];

const since = (y: number, m = 1, d = 1) => dayOf(y, m, d);

/** What most of the sample's projects share; each project says only where it differs. */
const USUAL = {
	rrhSubType: null,
	targetPopulation: 4,
	affiliatedWith: null,
	cocs: ['XX-500'],
	hmisParticipation: 1
} satisfies Partial<ProjectDef>;

const project = (
	def: Omit<ProjectDef, keyof typeof USUAL> & Partial<Pick<ProjectDef, keyof typeof USUAL>>
): ProjectDef => ({ ...USUAL, ...def });

export const PROJECTS: ProjectDef[] = [
	project({
		key: 'es',
		id: '101',
		organizationId: '1',
		name: 'Harbor Light Emergency Shelter',
		commonName: 'HL Shelter',
		type: 0,
		housingType: 1,
		funders: [
			{ code: 8, grantId: 'ESG-ES-2021-014', start: since(2021, 7, 1), end: null },
			{ code: 46, grantId: 'CITY-SHELTER-07', start: since(2015), end: null }
		],
		operatingStart: since(1998, 3, 1),
		inventory: [1, 3, 4],
		stay: [45, 0, 400],
		lookback: 300
	}),
	project({
		key: 'nbn',
		id: '102',
		organizationId: '1',
		name: 'Harbor Light Night-by-Night Shelter',
		commonName: 'HL Night Shelter',
		type: 1,
		housingType: 1,
		funders: [{ code: 8, grantId: 'ESG-ES-2021-015', start: since(2021, 7, 1), end: null }],
		operatingStart: since(2009, 11, 1),
		inventory: [1],
		stay: [20, 1, 150],
		lookback: 300
	}),
	project({
		key: 'th',
		id: '103',
		organizationId: '1',
		name: 'Harbor Light Transitional Residence',
		commonName: 'HL TH',
		type: 2,
		housingType: 2,
		funders: [{ code: 5, grantId: 'XX0103L5X002512', start: since(2012, 7, 1), end: null }],
		operatingStart: since(2004, 4, 1),
		inventory: [1, 3],
		stay: [240, 20, 730],
		lookback: 730
	}),
	project({
		key: 'psh',
		id: '201',
		organizationId: '2',
		name: 'Northside Permanent Supportive Housing',
		commonName: 'Northside PSH',
		type: 3,
		housingType: 3,
		funders: [{ code: 2, grantId: 'XX0201L5X002513', start: since(2010, 1, 1), end: null }],
		operatingStart: since(2010, 1, 1),
		inventory: [1, 3],
		stay: [1200, 30, 3000],
		lookback: 1826
	}),
	project({
		key: 'rrh',
		id: '202',
		organizationId: '2',
		name: 'Northside Rapid Re-Housing',
		commonName: 'Northside RRH',
		type: 13,
		rrhSubType: 2,
		housingType: 3,
		funders: [
			{ code: 3, grantId: 'XX0202L5X002514', start: since(2016, 7, 1), end: null },
			{ code: 10, grantId: 'ESG-RRH-2022-003', start: since(2022, 10, 1), end: null }
		],
		operatingStart: since(2016, 7, 1),
		inventory: [1, 3],
		stay: [220, 20, 720],
		lookback: 500
	}),
	project({
		key: 'youthTh',
		id: '203',
		organizationId: '2',
		name: 'Northside Youth Transitional Living',
		commonName: 'Youth TLP',
		type: 2,
		housingType: 2,
		cocs: ['XX-501'],
		funders: [
			{ code: 43, grantId: 'XX0203Y5X012401', start: since(2019, 10, 1), end: null },
			{ code: 24, grantId: '90YZ0001-02', start: since(2018, 9, 30), end: null }
		],
		operatingStart: since(2018, 9, 30),
		inventory: [1, 3, 4],
		stay: [300, 20, 720],
		lookback: 730
	}),
	project({
		key: 'dvEs',
		id: '301',
		organizationId: '3',
		name: 'Safe Passage Emergency Shelter',
		commonName: 'Safe Passage ES',
		type: 0,
		housingType: 1,
		targetPopulation: 1,
		funders: [{ code: 8, grantId: 'ESG-ES-2021-022', start: since(2021, 7, 1), end: null }],
		operatingStart: since(2001, 5, 1),
		hmisParticipation: 2,
		inventory: [1, 3],
		stay: [50, 1, 240],
		lookback: 300
	}),
	project({
		key: 'so',
		id: '401',
		organizationId: '4',
		name: 'Street Reach Outreach',
		commonName: 'Street Reach SO',
		type: 4,
		housingType: null,
		cocs: ['XX-500', 'XX-501'],
		funders: [{ code: 11, grantId: 'ESG-SO-2021-004', start: since(2021, 7, 1), end: null }],
		operatingStart: since(2012, 1, 1),
		inventory: [],
		stay: [110, 0, 600],
		lookback: 300
	}),
	project({
		key: 'sso',
		id: '402',
		organizationId: '4',
		name: 'Street Reach Case Management',
		commonName: 'Street Reach CM',
		type: 6,
		housingType: null,
		affiliatedWith: 'psh',
		funders: [{ code: 4, grantId: 'XX0402L5X002511', start: since(2014, 7, 1), end: null }],
		operatingStart: since(2014, 7, 1),
		inventory: [],
		stay: [150, 10, 600],
		lookback: 300
	}),
	project({
		key: 'hp',
		id: '501',
		organizationId: '5',
		name: 'County Homelessness Prevention',
		commonName: 'County HP',
		type: 12,
		housingType: null,
		funders: [
			{ code: 9, grantId: 'ESG-HP-2023-001', start: since(2023, 10, 1), end: null },
			{ code: 9, grantId: 'ESG-HP-2020-001', start: since(2020, 10, 1), end: dayOf(2023, 9, 30) }
		],
		operatingStart: since(2011, 10, 1),
		inventory: [],
		stay: [80, 7, 365],
		lookback: 300
	}),
	project({
		key: 'rrhSso',
		id: '502',
		organizationId: '5',
		name: 'County RRH Housing Navigation',
		commonName: 'County RRH-SSO',
		type: 13,
		rrhSubType: 1,
		housingType: null,
		affiliatedWith: 'rrh',
		funders: [{ code: 3, grantId: 'XX0502L5X002415', start: since(2022, 7, 1), end: null }],
		operatingStart: since(2022, 7, 1),
		inventory: [],
		stay: [120, 10, 500],
		lookback: 300
	}),
	project({
		key: 'sh',
		id: '601',
		organizationId: '6',
		name: 'Haven House Safe Haven',
		commonName: 'Haven House',
		type: 8,
		housingType: 1,
		funders: [{ code: 6, grantId: 'XX0601L5X002516', start: since(2008, 1, 1), end: null }],
		operatingStart: since(2008, 1, 1),
		inventory: [1],
		stay: [300, 10, 1500],
		lookback: 730
	}),
	project({
		key: 'ce',
		id: '503',
		organizationId: '5',
		name: 'County Coordinated Entry Access Point',
		commonName: 'County CE',
		type: 14,
		housingType: null,
		funders: [{ code: 4, grantId: 'XX0503L5X002417', start: since(2019, 7, 1), end: null }],
		operatingStart: since(2019, 1, 15),
		inventory: [],
		stay: [40, 0, 365],
		lookback: 300
	})
];

export const PROJECT: Record<ProjectKey, ProjectDef> = Object.fromEntries(
	PROJECTS.map((p) => [p.key, p])
) as Record<ProjectKey, ProjectDef>;

/** Where the CoC's geography and addresses come from, per CoC code. */
export const COC_PLACES: Record<
	string,
	{ geocode: string; city: string; zip: string; geography: number }
> = {
	'XX-500': { geocode: '391062', city: 'Riverton', zip: '45202', geography: 1 },
	'XX-501': { geocode: '399061', city: 'Maple Falls', zip: '45601', geography: 3 }
};

export const USERS = [
	{ id: 'U1', first: 'Dana', last: 'Whitfield', created: '2019-03-04 09:12:00' },
	{ id: 'U2', first: 'Luis', last: 'Ortega', created: '2020-06-15 13:40:00' },
	{ id: 'U3', first: 'Priya', last: 'Raman', created: '2021-01-11 08:05:00' },
	{ id: 'U4', first: 'Marcus', last: 'Bell', created: '2022-09-26 10:30:00' },
	{ id: 'U5', first: 'Ana', last: 'Kowalski', created: '2023-02-01 11:00:00' },
	{ id: 'U6', first: 'Terrence', last: 'Hughes', created: '2024-05-20 15:45:00' }
];
