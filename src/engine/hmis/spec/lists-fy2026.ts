// HMIS CSV FY2026 value lists, derived from ../shared/spec by tests/spec/spec-sync.test.ts (UPDATE_SPEC=1).
import type { ValueLists } from '../schema';

const data: ValueLists = {
	"1.1": {
		"name": "ExportPeriodType",
		"values": {
			"1": "Updated",
			"3": "Reporting period",
			"4": "Other"
		}
	},
	"1.2": {
		"name": "ExportDirective",
		"values": {
			"1": "Delta refresh",
			"2": "Full refresh",
			"3": "Other"
		}
	},
	"1.3": {
		"name": "DisabilityType",
		"values": {
			"5": "Physical disability",
			"6": "Developmental disability",
			"7": "Chronic health condition",
			"8": "HIV/AIDS",
			"9": "Mental health disorder",
			"10": "Substance use disorder"
		}
	},
	"1.4": {
		"name": "RecordType",
		"values": {
			"141": "PATH Service",
			"142": "RHY Service Connections",
			"143": "HOPWA Service",
			"144": "SSVF Service",
			"151": "HOPWA Financial Assistance",
			"152": "SSVF Financial Assistance",
			"161": "PATH Referral",
			"200": "Bed Night",
			"210": "HUD-VASH OTH Voucher Tracking",
			"300": "Moving On Assistance"
		}
	},
	"1.5": {
		"name": "HashStatus",
		"values": {
			"1": "Unhashed",
			"2": "SHA-1 RHY",
			"3": "Hashed - other",
			"4": "SHA-256 (RHY)"
		}
	},
	"1.6": {
		"name": "RaceNone",
		"values": {
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"1.7": {
		"name": "NoYesMissing",
		"values": {
			"0": "No",
			"1": "Yes",
			"99": "Data not collected"
		}
	},
	"1.8": {
		"name": "NoYesReasonsForMissingData",
		"values": {
			"0": "No",
			"1": "Yes",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"1.9": {
		"name": "SourceType",
		"values": {
			"1": "CoC HMIS",
			"2": "Standalone/agency-specific application",
			"3": "Data warehouse",
			"4": "Other"
		}
	},
	"1.10": {
		"name": "NoYes",
		"values": {
			"0": "No",
			"1": "Yes"
		}
	},
	"2.02.6": {
		"name": "ProjectType",
		"values": {
			"0": "Emergency Shelter - Entry Exit",
			"1": "Emergency Shelter - Night-by-Night",
			"2": "Transitional Housing",
			"3": "PH - Permanent Supportive Housing",
			"4": "Street Outreach",
			"6": "Services Only",
			"7": "Other",
			"8": "Safe Haven",
			"9": "PH - Housing Only",
			"10": "PH - Housing with Services (no disability required for entry)",
			"11": "Day Shelter",
			"12": "Homelessness Prevention",
			"13": "PH - Rapid Re-Housing",
			"14": "Coordinated Entry"
		}
	},
	"2.02.7": {
		"name": "TargetPopulation",
		"values": {
			"1": "DV: Survivor of Domestic Violence",
			"3": "HIV: Persons with HIV/AIDS",
			"4": "NA: Not applicable"
		}
	},
	"2.02.8": {
		"name": "HOPWAMedAssistedLivingFac",
		"values": {
			"0": "No",
			"1": "Yes",
			"2": "Non-HOPWA Funded Project"
		}
	},
	"2.02.A": {
		"name": "RRHSubType",
		"values": {
			"1": "RRH: Services Only",
			"2": "RRH: Housing with or without services"
		}
	},
	"2.02.D": {
		"name": "HousingType",
		"values": {
			"1": "Site-based - single site",
			"2": "Site-based - clustered / multiple sites",
			"3": "Tenant-based - scattered site"
		}
	},
	"2.03.4": {
		"name": "GeographyType",
		"values": {
			"1": "Urban",
			"2": "Suburban",
			"3": "Rural",
			"99": "Unknown / data not collected"
		}
	},
	"2.06.1": {
		"name": "FundingSource",
		"values": {
			"1": "HUD: CoC - Homelessness Prevention (High Performing Communities Only)",
			"2": "HUD: CoC - Permanent Supportive Housing",
			"3": "HUD: CoC - Rapid Re-Housing",
			"4": "HUD: CoC - Supportive Services Only",
			"5": "HUD: CoC - Transitional Housing",
			"6": "HUD: CoC - Safe Haven",
			"7": "HUD: CoC - Single Room Occupancy (SRO)",
			"8": "HUD: ESG - Emergency Shelter (operating and/or essential services)",
			"9": "HUD: ESG - Homelessness Prevention",
			"10": "HUD: ESG - Rapid Rehousing",
			"11": "HUD: ESG - Street Outreach",
			"13": "HUD: HOPWA - Hotel/Motel Vouchers",
			"14": "HUD: HOPWA - Housing Information",
			"15": "HUD: HOPWA - Permanent Housing (facility based or TBRA)",
			"16": "HUD: HOPWA - Permanent Housing Placement",
			"17": "HUD: HOPWA - Short-Term Rent, Mortgage, Utility assistance",
			"18": "HUD: HOPWA - Short-Term Supportive Facility",
			"19": "HUD: HOPWA - Transitional Housing (facility based or TBRA)",
			"20": "HUD: HUD/VASH",
			"21": "HHS: PATH - Street Outreach & Supportive Services Only",
			"22": "HHS: RHY - Basic Center Program (prevention and shelter)",
			"23": "HHS: RHY - Maternity Group Home for Pregnant and Parenting Youth",
			"24": "HHS: RHY - Transitional Living Program",
			"25": "HHS: RHY - Street Outreach Project",
			"26": "HHS: RHY - Demonstration Project",
			"27": "VA: CRS Contract Residential Services",
			"30": "VA: Community Contract Safe Haven Program",
			"33": "VA: Supportive Services for Veteran Families",
			"34": "N/A",
			"35": "HUD: Pay for Success",
			"36": "HUD: Public and Indian Housing (PIH) Programs",
			"37": "VA: Grant Per Diem - Bridge Housing",
			"38": "VA: Grant Per Diem - Low Demand",
			"39": "VA: Grant Per Diem - Hospital to Housing",
			"40": "VA: Grant Per Diem - Clinical Treatment",
			"41": "VA: Grant Per Diem - Service Intensive Transitional Housing",
			"42": "VA: Grant Per Diem - Transition in Place",
			"43": "HUD: CoC - Youth Homeless Demonstration Program (YHDP)",
			"44": "HUD: CoC - Joint Component TH/RRH",
			"45": "VA: Grant Per Diem - Case Management/Housing Retention",
			"46": "Local or Other Funding Source",
			"47": "HUD: ESG - CV",
			"48": "HUD: HOPWA - CV",
			"50": "HUD: HOME",
			"51": "HUD: HOME (ARP)",
			"52": "HUD: PIH (Emergency Housing Voucher)",
			"53": "HUD: ESG - RUSH",
			"54": "HUD: Unsheltered Special NOFO",
			"55": "HUD: Rural Special NOFO",
			"56": "HUD: CoC Builds"
		}
	},
	"2.07.4": {
		"name": "HouseholdType",
		"values": {
			"1": "Households without children",
			"3": "Households with at least one adult and one child",
			"4": "Households with only children"
		}
	},
	"2.07.5": {
		"name": "BedType",
		"values": {
			"1": "Facility-based",
			"2": "Voucher",
			"3": "Other"
		}
	},
	"2.07.6": {
		"name": "Availability",
		"values": {
			"1": "Year-round",
			"2": "Seasonal",
			"3": "Overflow"
		}
	},
	"2.08.1": {
		"name": "HMISParticipationType",
		"values": {
			"0": "Not Participating",
			"1": "HMIS Participating",
			"2": "Comparable Database Participating"
		}
	},
	"3.01.5": {
		"name": "NameDataQuality",
		"values": {
			"1": "Full name reported",
			"2": "Partial, street name, or code name reported",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"3.02.2": {
		"name": "SSNDataQuality",
		"values": {
			"1": "Full SSN reported",
			"2": "Approximate or partial SSN reported",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"3.03.2": {
		"name": "DOBDataQuality",
		"values": {
			"1": "Full DOB reported",
			"2": "Approximate or partial DOB reported",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"3.12.1": {
		"name": "LivingSituation",
		"values": {
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"17": "Other",
			"24": "Deceased",
			"30": "No exit interview completed",
			"37": "Worker unable to determine",
			"99": "Data not collected",
			"101": "Emergency shelter, including hotel or motel paid for with emergency shelter voucher, or Host Home shelter",
			"116": "Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)",
			"118": "Safe Haven",
			"204": "Psychiatric hospital or other psychiatric facility",
			"205": "Substance abuse treatment facility or detox center",
			"206": "Hospital or other residential non-psychiatric medical facility",
			"207": "Jail, prison or juvenile detention facility",
			"215": "Foster care home or foster care group home",
			"225": "Long-term care facility or nursing home",
			"302": "Transitional housing for homeless persons (including homeless youth)",
			"312": "Staying or living with family, temporary tenure (e.g. room, apartment or house)",
			"313": "Staying or living with friends, temporary tenure (e.g. room apartment or house)",
			"314": "Hotel or motel paid for without emergency shelter voucher",
			"327": "Moved from one HOPWA funded project to HOPWA TH",
			"329": "Residential project or halfway house with no homeless criteria",
			"332": "Host Home (non-crisis)",
			"335": "Staying or living in a family member's room, apartment, or house",
			"336": "Staying or living in a friend's room, apartment or house",
			"410": "Rental by client, no ongoing housing subsidy",
			"411": "Owned by client, no ongoing housing subsidy",
			"421": "Owned by client, with ongoing housing subsidy",
			"422": "Staying or living with family, permanent tenure",
			"423": "Staying or living with friends, permanent tenure",
			"426": "Moved from one HOPWA funded project to HOPWA PH",
			"435": "Rental by client, with ongoing housing subsidy"
		},
		"classification": {
			"8": "other",
			"9": "other",
			"17": "other",
			"24": "other",
			"30": "other",
			"37": "other",
			"99": "other",
			"101": "homeless",
			"116": "homeless",
			"118": "homeless",
			"204": "institutional",
			"205": "institutional",
			"206": "institutional",
			"207": "institutional",
			"215": "institutional",
			"225": "institutional",
			"302": "temporary",
			"312": "temporary",
			"313": "temporary",
			"314": "temporary",
			"327": "temporary",
			"329": "temporary",
			"332": "temporary",
			"335": "temporary",
			"336": "temporary",
			"410": "permanent",
			"411": "permanent",
			"421": "permanent",
			"422": "permanent",
			"423": "permanent",
			"426": "permanent",
			"435": "permanent"
		}
	},
	"3.12.A": {
		"name": "RentalSubsidyType",
		"values": {
			"419": "VASH housing subsidy",
			"420": "Rental by client, with other ongoing housing subsidy",
			"428": "GPD TIP housing subsidy",
			"431": "RRH or equivalent subsidy",
			"433": "HCV voucher (tenant or project based) (not dedicated)",
			"434": "Public housing unit",
			"436": "Housing Stability Voucher",
			"437": "Family Unification Program Voucher (FUP)",
			"438": "Foster Youth to Independence Initiative (FYI)",
			"439": "Permanent Supportive Housing",
			"440": "Other permanent housing dedicated for formerly homeless persons"
		}
	},
	"3.15.1": {
		"name": "RelationshipToHoH",
		"values": {
			"1": "Self (head of household)",
			"2": "Head of household's child",
			"3": "Head of household's spouse or partner",
			"4": "Head of household's other relation member",
			"5": "Other: non-relation member",
			"99": "Data not collected"
		}
	},
	"3.917.2": {
		"name": "ResidencePriorLengthOfStay",
		"values": {
			"2": "One week or more, but less than one month",
			"3": "One month or more, but less than 90 days",
			"4": "90 days or more but less than one year",
			"5": "One year or longer",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"10": "One night or less",
			"11": "Two to six nights",
			"99": "Data not collected"
		}
	},
	"3.917.4": {
		"name": "TimesHomelessPastThreeYears",
		"values": {
			"1": "One time",
			"2": "Two times",
			"3": "Three times",
			"4": "Four or more times",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"3.917.5": {
		"name": "MonthsHomelessPastThreeYears",
		"values": {
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected",
			"101": "1",
			"102": "2",
			"103": "3",
			"104": "4",
			"105": "5",
			"106": "6",
			"107": "7",
			"108": "8",
			"109": "9",
			"110": "10",
			"111": "11",
			"112": "12",
			"113": "More than 12 months"
		}
	},
	"4.04.A": {
		"name": "ReasonNotInsured",
		"values": {
			"1": "Applied; decision pending",
			"2": "Applied; client not eligible",
			"3": "Client did not apply",
			"4": "Insurance type N/A for this client",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"4.10.2": {
		"name": "DisabilityResponse",
		"values": {
			"0": "No",
			"1": "Alcohol use disorder",
			"2": "Drug use disorder",
			"3": "Both alcohol and drug use disorders",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"4.11.A": {
		"name": "WhenDVOccurred",
		"values": {
			"1": "Within the past three months",
			"2": "Three to six months ago (excluding six months exactly)",
			"3": "Six months to one year ago (excluding one year exactly)",
			"4": "One year or more",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"4.14": {
		"name": "BedNight",
		"values": {
			"200": "Bed Night"
		}
	},
	"4.19.3": {
		"name": "AssessmentType",
		"values": {
			"1": "Phone",
			"2": "Virtual",
			"3": "In Person"
		}
	},
	"4.19.4": {
		"name": "AssessmentLevel",
		"values": {
			"1": "Crisis Needs Assessment",
			"2": "Housing Needs Assessment"
		}
	},
	"4.19.7": {
		"name": "PrioritizationStatus",
		"values": {
			"1": "Placed on prioritization list",
			"2": "Not placed on prioritization list"
		}
	},
	"4.20.2": {
		"name": "EventType",
		"values": {
			"1": "Referral to Prevention Assistance project",
			"2": "Problem Solving/Diversion/Rapid Resolution intervention or service",
			"3": "Referral to scheduled Coordinated Entry Crisis Needs Assessment",
			"4": "Referral to scheduled Coordinated Entry Housing Needs Assessment",
			"5": "Referral to Post-placement/ follow-up case management",
			"6": "Referral to Street Outreach project or services",
			"7": "Referral to Housing Navigation project or services",
			"8": "Referral to Non-continuum services: Ineligible for continuum services",
			"9": "Referral to Non-continuum services: No availability in continuum services",
			"10": "Referral to Emergency Shelter bed opening",
			"11": "Referral to Transitional Housing bed/unit opening",
			"12": "Referral to Joint TH-RRH project/unit/resource opening",
			"13": "Referral to RRH project resource opening",
			"14": "Referral to PSH project resource opening",
			"15": "Referral to Other PH project/unit/resource opening",
			"16": "Referral to emergency assistance/flex fund/furniture assistance",
			"17": "Referral to Emergency Housing Voucher (EHV)",
			"18": "Referral to a Housing Stability Voucher"
		}
	},
	"4.20.D": {
		"name": "ReferralResult",
		"values": {
			"1": "Successful referral: client accepted",
			"2": "Unsuccessful referral: client rejected",
			"3": "Unsuccessful referral: provider rejected"
		}
	},
	"4.21": {
		"name": "Sex",
		"values": {
			"0": "Female",
			"1": "Male",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"5.03.1": {
		"name": "DataCollectionStage",
		"values": {
			"1": "Project entry",
			"2": "Update",
			"3": "Project exit",
			"5": "Annual assessment",
			"6": "Post-exit"
		}
	},
	"C2.2": {
		"name": "MovingOnAssistance",
		"values": {
			"1": "Subsidized housing application assistance",
			"2": "Financial assistance for Moving On (e.g., security deposit, moving expenses)",
			"3": "Non-financial assistance for Moving On (e.g., housing navigation, transition support)",
			"4": "Housing referral/placement",
			"5": "Other"
		}
	},
	"C3.2": {
		"name": "CurrentSchoolAttended",
		"values": {
			"0": "Not currently enrolled in any school or educational course",
			"1": "Currently enrolled but NOT attending regularly (when school or the course is in session)",
			"2": "Currently enrolled and attending regularly (when school or the course is in session)",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"C3.A": {
		"name": "MostRecentEdStatus",
		"values": {
			"0": "K12: Graduated from high school",
			"1": "K12: Obtained GED",
			"2": "K12: Dropped out",
			"3": "K12: Suspended",
			"4": "K12: Expelled",
			"5": "Higher education: Pursuing a credential but not currently attending",
			"6": "Higher education: Dropped out",
			"7": "Higher education: Obtained a credential/degree",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"C3.B": {
		"name": "CurrentEdStatus",
		"values": {
			"0": "Pursuing a high school diploma or GED",
			"1": "Pursuing Associate's Degree",
			"2": "Pursuing Bachelor's Degree",
			"3": "Pursuing Graduate Degree",
			"4": "Pursuing other post-secondary credential",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"P1.2": {
		"name": "PATHServices",
		"values": {
			"1": "Re-engagement",
			"2": "Screening",
			"3": "Habilitation/rehabilitation",
			"4": "Community mental health",
			"5": "Substance use treatment",
			"6": "Case management",
			"7": "Residential supportive services",
			"8": "Housing minor renovation",
			"9": "Housing moving assistance",
			"10": "Housing eligibility determination",
			"11": "Security deposits",
			"12": "One-time rent for eviction prevention",
			"14": "Clinical assessment"
		}
	},
	"P2.2": {
		"name": "PATHReferral",
		"values": {
			"1": "Community mental health",
			"2": "Substance use treatment",
			"3": "Primary health/dental care",
			"4": "Job training",
			"5": "Educational services",
			"6": "Housing services",
			"7": "Permanent housing",
			"8": "Income assistance",
			"9": "Employment assistance",
			"10": "Medical insurance",
			"11": "Temporary housing"
		}
	},
	"P2.A": {
		"name": "PATHReferralOutcome",
		"values": {
			"1": "Attained",
			"2": "Not attained",
			"3": "Unknown"
		}
	},
	"P3.A": {
		"name": "ReasonNotEnrolled",
		"values": {
			"1": "Client was found ineligible for PATH",
			"2": "Client was not enrolled for other reason(s)",
			"3": "Unable to locate client"
		}
	},
	"R1.1": {
		"name": "ReferralSource",
		"values": {
			"1": "Self-referral",
			"2": "Individual: Parent/Guardian/Relative/Friend/Foster Parent/Other Individual",
			"7": "Outreach Project",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"11": "Temporary Shelter",
			"18": "Residential Project",
			"28": "Hotline",
			"30": "Child Welfare/CPS",
			"34": "Juvenile Justice",
			"35": "Law Enforcement/Police",
			"37": "Mental Hospital",
			"38": "School",
			"39": "Other organization",
			"99": "Data not collected"
		}
	},
	"R11.A": {
		"name": "RHYNumberofYears",
		"values": {
			"1": "Less than one year",
			"2": "1 to 2 years",
			"3": "3 to 5 or more years"
		}
	},
	"R14.2": {
		"name": "RHYServices",
		"values": {
			"2": "Community service/service learning (CSL)",
			"5": "Education",
			"6": "Employment and training services",
			"7": "Criminal justice /legal services",
			"8": "Life skills training",
			"10": "Parenting education for youth with children",
			"12": "Post-natal care for client (person who gave birth)",
			"13": "Pre-natal care",
			"14": "Health/medical care",
			"17": "Substance use disorder treatment",
			"18": "Substance use disorder/Prevention Services",
			"26": "Home-based Services",
			"27": "Post-natal newborn care (wellness exams; immunizations)",
			"28": "STD Testing",
			"29": "Street-based Services"
		}
	},
	"R15.B": {
		"name": "CountExchangeForSex",
		"values": {
			"1": "1-3",
			"2": "4-7",
			"3": "8-11",
			"4": "12 or more",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"R17.1": {
		"name": "ProjectCompletionStatus",
		"values": {
			"1": "Completed project",
			"2": "Client voluntarily left early",
			"3": "Client was expelled or otherwise involuntarily discharged from project"
		}
	},
	"R17.A": {
		"name": "ExpelledReason",
		"values": {
			"1": "Criminal activity/destruction of property/violence",
			"2": "Non-compliance with project rules",
			"3": "Non-payment of rent/occupancy charge",
			"4": "Reached maximum time allowed by project",
			"5": "Project terminated",
			"6": "Unknown/disappeared"
		}
	},
	"R19.A": {
		"name": "WorkerResponse",
		"values": {
			"0": "No",
			"1": "Yes",
			"2": "Worker does not know"
		}
	},
	"R2.A": {
		"name": "ReasonNoServices",
		"values": {
			"1": "Out of age range",
			"2": "Ward of the state",
			"3": "Ward of the criminal justice system",
			"4": "Other",
			"99": "Data not collected"
		}
	},
	"R20.2": {
		"name": "AftercareProvided",
		"values": {
			"0": "No",
			"1": "Yes",
			"9": "Client prefers not to answer"
		}
	},
	"R4.1": {
		"name": "LastGradeCompleted",
		"values": {
			"1": "Less than grade 5",
			"2": "Grades 5-6",
			"3": "Grades 7-8",
			"4": "Grades 9-11",
			"5": "Grade 12",
			"6": "School program does not have grade levels",
			"7": "GED",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"10": "Some college",
			"11": "Associate's degree",
			"12": "Bachelor's degree",
			"13": "Graduate degree",
			"14": "Vocational certification",
			"99": "Data not collected"
		}
	},
	"R5.1": {
		"name": "SchoolStatus",
		"values": {
			"1": "Attending school regularly",
			"2": "Attending school irregularly",
			"3": "Graduated from high school",
			"4": "Obtained GED",
			"5": "Dropped out",
			"6": "Suspended",
			"7": "Expelled",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"R6.A": {
		"name": "EmploymentType",
		"values": {
			"1": "Full-time",
			"2": "Part-time",
			"3": "Seasonal / sporadic (including day labor)",
			"99": "Data not collected"
		}
	},
	"R6.B": {
		"name": "NotEmployedReason",
		"values": {
			"1": "Looking for work",
			"2": "Unable to work",
			"3": "Not looking for work",
			"99": "Data not collected"
		}
	},
	"R7.1": {
		"name": "HealthStatus",
		"values": {
			"1": "Excellent",
			"2": "Very good",
			"3": "Good",
			"4": "Fair",
			"5": "Poor",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"V1.11": {
		"name": "MilitaryBranch",
		"values": {
			"1": "Army",
			"2": "Air Force",
			"3": "Navy",
			"4": "Marines",
			"6": "Coast Guard",
			"7": "Space Force",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"V1.12": {
		"name": "DischargeStatus",
		"values": {
			"1": "Honorable",
			"2": "General under honorable conditions",
			"4": "Bad conduct",
			"5": "Dishonorable",
			"6": "Under other than honorable conditions (OTH)",
			"7": "Uncharacterized",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"V10": {
		"name": "MentalHealthConsultation",
		"values": {
			"1": "Mental health consultation completed",
			"2": "Mental health consultation being coordinated/arranged with VA provider",
			"3": "Mental health consultation being coordinated/arranged with other provider",
			"4": "Offer declined"
		}
	},
	"V2.2": {
		"name": "SSVFServices",
		"values": {
			"1": "Outreach services",
			"2": "Case management services",
			"3": "Assistance obtaining VA benefits",
			"4": "Assistance obtaining/coordinating other public benefits",
			"5": "Direct provision of other public benefits",
			"6": "Other (non-TFA) supportive service approved by VA",
			"7": "Shallow Subsidy",
			"8": "Returning Home",
			"9": "Rapid Resolution",
			"10": "Healthcare Navigation"
		}
	},
	"V2.A": {
		"name": "SSVFSubType3",
		"values": {
			"1": "VA vocational and rehabilitation counseling",
			"2": "Employment and training services",
			"3": "Educational assistance",
			"4": "Health care services"
		}
	},
	"V2.B": {
		"name": "SSVFSubType4",
		"values": {
			"1": "Health care services",
			"2": "Daily living services",
			"3": "Personal financial planning services",
			"4": "Transportation services",
			"5": "Income support services",
			"6": "Fiduciary and representative payee services",
			"7": "Legal services - child support",
			"8": "Legal services - eviction prevention",
			"9": "Legal services - outstanding fines and penalties",
			"10": "Legal services - restore / acquire driver's license",
			"11": "Legal services - other",
			"12": "Child care",
			"13": "Housing counseling"
		}
	},
	"V2.C": {
		"name": "SSVFSubType5",
		"values": {
			"1": "Personal financial planning services",
			"2": "Transportation services",
			"3": "Income support services",
			"4": "Fiduciary and representative payee services",
			"5": "Legal services - child support",
			"6": "Legal services - eviction prevention",
			"7": "Legal services - outstanding fines and penalties",
			"8": "Legal services - restore / acquire driver's license",
			"9": "Legal services - other",
			"10": "Child care",
			"11": "Housing counseling"
		}
	},
	"V3.3": {
		"name": "SSVFFinancialAssistance",
		"values": {
			"1": "Rental assistance",
			"2": "Security deposit",
			"3": "Utility deposit",
			"4": "Utility fee payment assistance",
			"5": "Moving costs",
			"8": "Transportation services: tokens/vouchers",
			"9": "Transportation services: vehicle repair/maintenance",
			"10": "Child care",
			"12": "General housing stability assistance",
			"14": "Emergency housing assistance",
			"15": "Shallow Subsidy - Financial Assistance",
			"16": "Food Assistance",
			"17": "Landlord Incentive",
			"18": "Tenant Incentive"
		}
	},
	"V4.1": {
		"name": "PercentAMI",
		"values": {
			"1": "30% or less",
			"2": "31% to 50%",
			"3": "51% to 80%",
			"4": "81% or greater",
			"99": "Data not collected"
		}
	},
	"V6.1": {
		"name": "VamcStationNumber",
		"values": {
			"99": "Data not collected",
			"402": "(402) Togus, ME",
			"405": "(405) White River Junction, VT",
			"436": "(436) Montana HCS",
			"437": "(437) Fargo, ND",
			"438": "(438) Sioux Falls, SD",
			"442": "(442) Cheyenne, WY",
			"459": "(459) Honolulu, HI",
			"460": "(460) Wilmington, DE",
			"463": "(463) Anchorage, AK",
			"501": "(501) New Mexico HCS",
			"502": "(502) Alexandria, LA",
			"503": "(503) Altoona, PA",
			"504": "(504) Amarillo, TX",
			"506": "(506) Ann Arbor, MI",
			"508": "(508) Atlanta, GA",
			"509": "(509) Augusta, GA",
			"512": "(512) Baltimore HCS, MD",
			"515": "(515) Battle Creek, MI",
			"516": "(516) Bay Pines, FL",
			"517": "(517) Beckley, WV",
			"518": "(518) Bedford, MA",
			"519": "(519) Big Spring, TX",
			"520": "(520) Gulf Coast HCS, MS",
			"521": "(521) Birmingham, AL",
			"523": "(523) VA Boston HCS, MA",
			"526": "(526) Bronx, NY",
			"528": "(528) Western New York, NY",
			"529": "(529) Butler, PA",
			"531": "(531) Boise, ID",
			"534": "(534) Charleston, SC",
			"537": "(537) Jesse Brown VAMC (Chicago), IL",
			"538": "(538) Chillicothe, OH",
			"539": "(539) Cincinnati, OH",
			"540": "(540) Clarksburg, WV",
			"541": "(541) Cleveland, OH",
			"542": "(542) Coatesville, PA",
			"544": "(544) Columbia, SC",
			"546": "(546) Miami, FL",
			"548": "(548) West Palm Beach, FL",
			"549": "(549) Dallas, TX",
			"550": "(550) Danville, IL",
			"552": "(552) Dayton, OH",
			"553": "(553) Detroit, MI",
			"554": "(554) Denver, CO",
			"556": "(556) Captain James A Lovell FHCC",
			"557": "(557) Dublin, GA",
			"558": "(558) Durham, NC",
			"561": "(561) New Jersey HCS, NJ",
			"562": "(562) Erie, PA",
			"564": "(564) Fayetteville, AR",
			"565": "(565) Fayetteville, NC",
			"568": "(568) Black Hills HCS, SD",
			"570": "(570) Fresno, CA",
			"573": "(573) Gainesville, FL",
			"575": "(575) Grand Junction, CO",
			"578": "(578) Hines, IL",
			"580": "(580) Houston, TX",
			"581": "(581) Huntington, WV",
			"583": "(583) Indianapolis, IN",
			"585": "(585) Iron Mountain, MI",
			"586": "(586) Jackson, MS",
			"589": "(589) Kansas City, MO",
			"590": "(590) Hampton, VA",
			"593": "(593) Las Vegas, NV",
			"595": "(595) Lebanon, PA",
			"596": "(596) Lexington, KY",
			"598": "(598) Little Rock, AR",
			"600": "(600) Long Beach, CA",
			"603": "(603) Louisville, KY",
			"605": "(605) Loma Linda, CA",
			"607": "(607) Madison, WI",
			"608": "(608) Manchester, NH",
			"610": "(610) Northern Indiana HCS, IN",
			"612": "(612) N. California, CA",
			"613": "(613) Martinsburg, WV",
			"614": "(614) Memphis, TN",
			"618": "(618) Minneapolis, MN",
			"619": "(619) Central Alabama Veterans HCS, AL",
			"620": "(620) VA Hudson Valley HCS, NY",
			"621": "(621) Mountain Home, TN",
			"623": "(623) Muskogee, OK",
			"626": "(626) Middle Tennessee HCS, TN",
			"629": "(629) New Orleans, LA",
			"630": "(630) New York Harbor HCS, NY",
			"631": "(631) VA Central Western Massachusetts HCS",
			"632": "(632) Northport, NY",
			"635": "(635) Oklahoma City, OK",
			"636": "(636) Nebraska-W Iowa, NE",
			"637": "(637) Asheville, NC",
			"640": "(640) Palo Alto, CA",
			"642": "(642) Philadelphia, PA",
			"644": "(644) Phoenix, AZ",
			"646": "(646) Pittsburgh, PA",
			"648": "(648) Portland, OR",
			"649": "(649) Northern Arizona HCS",
			"650": "(650) Providence, RI",
			"652": "(652) Richmond, VA",
			"653": "(653) Roseburg, OR",
			"654": "(654) Reno, NV",
			"655": "(655) Saginaw, MI",
			"656": "(656) St. Cloud, MN",
			"657": "(657) St. Louis, MO",
			"658": "(658) Salem, VA",
			"659": "(659) Salisbury, NC",
			"660": "(660) Salt Lake City, UT",
			"662": "(662) San Francisco, CA",
			"663": "(663) VA Puget Sound, WA",
			"664": "(664) San Diego, CA",
			"666": "(666) Sheridan, WY",
			"667": "(667) Shreveport, LA",
			"668": "(668) Spokane, WA",
			"671": "(671) San Antonio, TX",
			"672": "(672) San Juan, PR",
			"673": "(673) Tampa, FL",
			"674": "(674) Temple, TX",
			"675": "(675) Orlando, FL",
			"676": "(676) Tomah, WI",
			"678": "(678) Southern Arizona HCS",
			"679": "(679) Tuscaloosa, AL",
			"687": "(687) Walla Walla, WA",
			"688": "(688) Washington, DC",
			"689": "(689) VA Connecticut HCS, CT",
			"691": "(691) Greater Los Angeles HCS",
			"692": "(692) White City, OR",
			"693": "(693) Wilkes-Barre, PA",
			"695": "(695) Milwaukee, WI",
			"740": "(740) VA Texas Valley Coastal Bend HCS",
			"756": "(756) El Paso, TX",
			"757": "(757) Columbus, OH",
			"459GE": "(459GE) Guam",
			"528A5": "(528A5) Canandaigua, NY",
			"528A6": "(528A6) Bath, NY",
			"528A7": "(528A7) Syracuse, NY",
			"528A8": "(528A8) Albany, NY",
			"589A4": "(589A4) Columbia, MO",
			"589A5": "(589A5) Kansas City, MO",
			"589A6": "(589A6) Eastern KS HCS, KS",
			"589A7": "(589A7) Wichita, KS",
			"636A6": "(636A6) Central Iowa, IA",
			"636A8": "(636A8) Iowa City, IA",
			"657A4": "(657A4) Poplar Bluff, MO",
			"657A5": "(657A5) Marion, IL"
		}
	},
	"V7.A": {
		"name": "TimeToHousingLoss",
		"values": {
			"0": "1-6 days",
			"1": "7-13 days",
			"2": "14-21 days",
			"3": "More than 21 days",
			"99": "Data not collected"
		}
	},
	"V7.B": {
		"name": "AnnualPercentAMI",
		"values": {
			"0": "$0 (i.e., not employed, not receiving cash benefits, no other current income)",
			"1": "1-14% of Area Median Income (AMI) for household size",
			"2": "15-30% of AMI for household size",
			"3": "More than 30% of AMI for household size",
			"99": "Data not collected"
		}
	},
	"V7.C": {
		"name": "LiteralHomelessHistory",
		"values": {
			"0": "Most recent episode occurred in the last year",
			"1": "Most recent episode occurred more than one year ago",
			"2": "None",
			"99": "Data not collected"
		}
	},
	"V7.G": {
		"name": "EvictionHistory",
		"values": {
			"0": "No prior rental evictions",
			"1": "1 prior rental eviction",
			"2": "2 or more prior rental evictions",
			"99": "Data not collected"
		}
	},
	"V7.I": {
		"name": "IncarceratedAdult",
		"values": {
			"0": "Not incarcerated",
			"1": "Incarcerated once",
			"2": "Incarcerated two or more times",
			"99": "Data not collected"
		}
	},
	"V7.O": {
		"name": "DependentUnder6",
		"values": {
			"0": "No",
			"1": "Youngest child is under 1 year old",
			"2": "Youngest child is 1 to 6 years old and/or one or more children (any age) require significant care",
			"99": "Data not collected"
		}
	},
	"V8.2": {
		"name": "VoucherTracking",
		"values": {
			"1": "Referral package forwarded to PHA",
			"2": "Voucher denied by PHA",
			"3": "Voucher issued by PHA",
			"4": "Voucher revoked or expired",
			"5": "Voucher in use - veteran moved into housing",
			"6": "Voucher was ported locally",
			"7": "Voucher was administratively absorbed by new PHA",
			"8": "Voucher was converted to Housing Choice Voucher",
			"9": "Veteran exited - voucher was returned",
			"10": "Veteran exited - family maintained the voucher",
			"11": "Veteran exited - prior to ever receiving a voucher",
			"12": "Other"
		}
	},
	"V9.1": {
		"name": "CmExitReason",
		"values": {
			"1": "Accomplished goals and/or obtained services and no longer needs CM",
			"2": "Transferred to another HUD/VASH program site",
			"3": "Found/chose other housing",
			"4": "Did not comply with HUD/VASH CM",
			"5": "Eviction and/or other housing related issues",
			"6": "Unhappy with HUD/VASH housing",
			"7": "No longer financially eligible for HUD/VASH voucher",
			"8": "No longer interested in participating in this program",
			"9": "Veteran cannot be located",
			"10": "Veteran too ill to participate at this time",
			"11": "Veteran is incarcerated",
			"12": "Veteran is deceased",
			"13": "Other"
		}
	},
	"W1.2": {
		"name": "HOPWAServices",
		"values": {
			"1": "Adult day care and personal assistance",
			"2": "Case management",
			"3": "Child care",
			"4": "Criminal justice/legal services",
			"5": "Education",
			"6": "Employment and training services",
			"7": "Food/meals/nutritional services",
			"8": "Health/medical care",
			"9": "Life skills training",
			"10": "Mental health care/counseling",
			"11": "Outreach and/or engagement",
			"12": "Substance use services/treatment",
			"13": "Transportation",
			"14": "Other HOPWA funded service"
		}
	},
	"W2.2": {
		"name": "HOPWAFinancialAssistance",
		"values": {
			"1": "Rental assistance",
			"2": "Security deposits",
			"3": "Utility deposits",
			"4": "Utility payments",
			"7": "Mortgage assistance"
		}
	},
	"W3": {
		"name": "NoAssistanceReason",
		"values": {
			"1": "Applied; decision pending",
			"2": "Applied; client not eligible",
			"3": "Client did not apply",
			"4": "Insurance type not applicable for this client",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"W4.3": {
		"name": "ViralLoadAvailable",
		"values": {
			"0": "Not available",
			"1": "Available",
			"2": "Undetectable",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"99": "Data not collected"
		}
	},
	"W4.B": {
		"name": "TCellSourceViralLoadSource",
		"values": {
			"1": "Medical Report",
			"2": "Client Report",
			"3": "Other"
		}
	},
	"W5.1": {
		"name": "HousingAssessmentAtExit",
		"values": {
			"1": "Able to maintain the housing they had at project entry",
			"2": "Moved to new housing unit",
			"3": "Moved in with family/friends on a temporary basis",
			"4": "Moved in with family/friends on a permanent basis",
			"5": "Moved to a transitional or temporary housing facility or program",
			"6": "Client became homeless - moving to a shelter or other place unfit for human habitation",
			"7": "Jail/prison",
			"8": "Client doesn't know",
			"9": "Client prefers not to answer",
			"10": "Deceased",
			"99": "Data not collected"
		}
	},
	"W5.AB": {
		"name": "SubsidyInformation",
		"values": {
			"1": "Without a subsidy",
			"2": "With the subsidy they had at project entry",
			"3": "With an on-going subsidy acquired since project entry",
			"4": "Only with financial assistance other than a subsidy",
			"11": "With on-going subsidy",
			"12": "Without an on-going subsidy"
		}
	}
};

export default data;
