// How an FY2024 export's columns land in the FY2026 tables (HUD's FY2024 to FY2026 changes, as
// ../shared/spec/hmis-csv describes them). FY2026 exports pass through unchanged.
import type { SpecVersion } from './schema';

export interface FileConversion {
	/** Source column → FY2026 column. */
	renames: Record<string, string>;
	/** FY2026 columns the source does not have, filled with a constant for every row. */
	constants: Record<string, number>;
	/** Source codes with no FY2026 equivalent in these columns, stored as NULL. */
	emptied: { columns: string[]; code: number; why: string } | null;
	/** Plain sentences for the load summary, given the file was present. */
	sentences: string[];
}

const FY2024_TO_FY2026: Record<string, FileConversion> = {
	Client: {
		renames: { HispanicLatinaeo: 'HispanicLatinao' },
		constants: { Sex: 99 },
		emptied: null,
		sentences: [
			'Client.csv: HispanicLatinaeo was loaded as HispanicLatinao, its FY2026 name.',
			'Client.csv: Sex is new in FY2026 and absent from FY2024 exports; every client got 99 (Data not collected).',
			'Client.csv: the FY2024 gender columns (Woman, Man, NonBinary, CulturallySpecific, Transgender, Questioning, DifferentIdentity, GenderNone, DifferentIdentityText) were dropped: FY2026 has no such columns.'
		]
	},
	Enrollment: {
		renames: {},
		constants: {},
		emptied: null,
		sentences: [
			'Enrollment.csv: SexualOrientation, SexualOrientationOther, TranslationNeeded, PreferredLanguage and PreferredLanguageDifferent were dropped (retired in FY2026).',
			'Enrollment.csv: MentalHealthConsultation is new in FY2026 and left empty.'
		]
	},
	Exit: {
		renames: {},
		constants: {},
		emptied: {
			columns: [
				'CounselingReceived',
				'IndividualCounseling',
				'FamilyCounseling',
				'GroupCounseling',
				'PostExitCounselingPlan',
				'EmailSocialMedia',
				'Telephone',
				'InPersonIndividual',
				'InPersonGroup'
			],
			code: 99,
			why: 'their FY2026 list (1.10) has no 99 (Data not collected)'
		},
		sentences: []
	}
};

const NONE: FileConversion = { renames: {}, constants: {}, emptied: null, sentences: [] };

export function fileConversion(source: SpecVersion, file: string): FileConversion {
	return source === '2024' ? (FY2024_TO_FY2026[file] ?? NONE) : NONE;
}

export function conversionHeadline(source: SpecVersion): string | null {
	return source === '2024'
		? 'The export is in the FY2024 format (CSVVersion 2024) and was converted to FY2026 on load.'
		: null;
}
