// HMIS CSV FY2024 file layouts, derived from ../shared/spec by tests/spec/spec-sync.test.ts (UPDATE_SPEC=1).
import type { FileSpec } from '../schema';

const data: FileSpec[] = [
	{
		"file": "Export",
		"key": "ExportID",
		"columns": [
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "SourceType",
				"type": "integer",
				"nullable": false,
				"list": "1.9"
			},
			{
				"name": "SourceID",
				"type": "string",
				"nullable": true
			},
			{
				"name": "SourceName",
				"type": "string",
				"nullable": true
			},
			{
				"name": "SourceContactFirst",
				"type": "string",
				"nullable": true
			},
			{
				"name": "SourceContactLast",
				"type": "string",
				"nullable": true
			},
			{
				"name": "SourceContactPhone",
				"type": "string",
				"nullable": true
			},
			{
				"name": "SourceContactExtension",
				"type": "string",
				"nullable": true
			},
			{
				"name": "SourceContactEmail",
				"type": "string",
				"nullable": true
			},
			{
				"name": "ExportDate",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "ExportStartDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "ExportEndDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "SoftwareName",
				"type": "string",
				"nullable": false
			},
			{
				"name": "SoftwareVersion",
				"type": "string",
				"nullable": true
			},
			{
				"name": "CSVVersion",
				"type": "string",
				"nullable": true
			},
			{
				"name": "ExportPeriodType",
				"type": "integer",
				"nullable": false,
				"list": "1.1"
			},
			{
				"name": "ExportDirective",
				"type": "integer",
				"nullable": false,
				"list": "1.2"
			},
			{
				"name": "HashStatus",
				"type": "integer",
				"nullable": false,
				"list": "1.5"
			},
			{
				"name": "ImplementationID",
				"type": "string",
				"nullable": false
			}
		]
	},
	{
		"file": "Organization",
		"key": "OrganizationID",
		"columns": [
			{
				"name": "OrganizationID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "OrganizationName",
				"type": "string",
				"nullable": false
			},
			{
				"name": "VictimServiceProvider",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "OrganizationCommonName",
				"type": "string",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "User",
		"key": "UserID",
		"columns": [
			{
				"name": "UserID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "UserFirstName",
				"type": "string",
				"nullable": true
			},
			{
				"name": "UserLastName",
				"type": "string",
				"nullable": true
			},
			{
				"name": "UserPhone",
				"type": "string",
				"nullable": true
			},
			{
				"name": "UserExtension",
				"type": "string",
				"nullable": true
			},
			{
				"name": "UserEmail",
				"type": "string",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Project",
		"key": "ProjectID",
		"columns": [
			{
				"name": "ProjectID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "OrganizationID",
				"type": "string",
				"nullable": false,
				"references": "Organization.OrganizationID"
			},
			{
				"name": "ProjectName",
				"type": "string",
				"nullable": false
			},
			{
				"name": "ProjectCommonName",
				"type": "string",
				"nullable": true
			},
			{
				"name": "OperatingStartDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "OperatingEndDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "ContinuumProject",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "ProjectType",
				"type": "integer",
				"nullable": false,
				"list": "2.02.6"
			},
			{
				"name": "HousingType",
				"type": "integer",
				"nullable": true,
				"list": "2.02.D"
			},
			{
				"name": "RRHSubType",
				"type": "integer",
				"nullable": true,
				"list": "2.02.A"
			},
			{
				"name": "ResidentialAffiliation",
				"type": "integer",
				"nullable": true,
				"list": "1.10"
			},
			{
				"name": "TargetPopulation",
				"type": "integer",
				"nullable": true,
				"list": "2.02.7"
			},
			{
				"name": "HOPWAMedAssistedLivingFac",
				"type": "integer",
				"nullable": true,
				"list": "2.02.8"
			},
			{
				"name": "PITCount",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Funder",
		"key": "FunderID",
		"columns": [
			{
				"name": "FunderID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "ProjectID",
				"type": "string",
				"nullable": false,
				"references": "Project.ProjectID"
			},
			{
				"name": "Funder",
				"type": "integer",
				"nullable": false,
				"list": "2.06.1"
			},
			{
				"name": "OtherFunder",
				"type": "string",
				"nullable": true
			},
			{
				"name": "GrantID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "StartDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "EndDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "ProjectCoC",
		"key": "ProjectCoCID",
		"columns": [
			{
				"name": "ProjectCoCID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "ProjectID",
				"type": "string",
				"nullable": false,
				"references": "Project.ProjectID"
			},
			{
				"name": "CoCCode",
				"type": "string",
				"nullable": false
			},
			{
				"name": "Geocode",
				"type": "string",
				"nullable": false
			},
			{
				"name": "Address1",
				"type": "string",
				"nullable": true
			},
			{
				"name": "Address2",
				"type": "string",
				"nullable": true
			},
			{
				"name": "City",
				"type": "string",
				"nullable": true
			},
			{
				"name": "State",
				"type": "string",
				"nullable": true
			},
			{
				"name": "ZIP",
				"type": "string",
				"nullable": true
			},
			{
				"name": "GeographyType",
				"type": "integer",
				"nullable": true,
				"list": "2.03.4"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Inventory",
		"key": "InventoryID",
		"columns": [
			{
				"name": "InventoryID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "ProjectID",
				"type": "string",
				"nullable": false,
				"references": "Project.ProjectID"
			},
			{
				"name": "CoCCode",
				"type": "string",
				"nullable": false,
				"references": "ProjectCoC.CoCCode"
			},
			{
				"name": "HouseholdType",
				"type": "integer",
				"nullable": false,
				"list": "2.07.4"
			},
			{
				"name": "Availability",
				"type": "integer",
				"nullable": true,
				"list": "2.07.6"
			},
			{
				"name": "UnitInventory",
				"type": "integer",
				"nullable": false
			},
			{
				"name": "BedInventory",
				"type": "integer",
				"nullable": false
			},
			{
				"name": "CHVetBedInventory",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "YouthVetBedInventory",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "VetBedInventory",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "CHYouthBedInventory",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "YouthBedInventory",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "CHBedInventory",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "OtherBedInventory",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "ESBedType",
				"type": "integer",
				"nullable": true,
				"list": "2.07.5"
			},
			{
				"name": "InventoryStartDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "InventoryEndDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Affiliation",
		"key": "AffiliationID",
		"columns": [
			{
				"name": "AffiliationID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "ProjectID",
				"type": "string",
				"nullable": false,
				"references": "Project.ProjectID"
			},
			{
				"name": "ResProjectID",
				"type": "string",
				"nullable": false,
				"references": "Project.ProjectID"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "HMISParticipation",
		"key": "HMISParticipationID",
		"columns": [
			{
				"name": "HMISParticipationID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "ProjectID",
				"type": "string",
				"nullable": false,
				"references": "Project.ProjectID"
			},
			{
				"name": "HMISParticipationType",
				"type": "integer",
				"nullable": false,
				"list": "2.08.1"
			},
			{
				"name": "HMISParticipationStatusStartDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "HMISParticipationStatusEndDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "CEParticipation",
		"key": "CEParticipationID",
		"columns": [
			{
				"name": "CEParticipationID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "ProjectID",
				"type": "string",
				"nullable": false,
				"references": "Project.ProjectID"
			},
			{
				"name": "AccessPoint",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "PreventionAssessment",
				"type": "integer",
				"nullable": true,
				"list": "1.10"
			},
			{
				"name": "CrisisAssessment",
				"type": "integer",
				"nullable": true,
				"list": "1.10"
			},
			{
				"name": "HousingAssessment",
				"type": "integer",
				"nullable": true,
				"list": "1.10"
			},
			{
				"name": "DirectServices",
				"type": "integer",
				"nullable": true,
				"list": "1.10"
			},
			{
				"name": "ReceivesReferrals",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "CEParticipationStatusStartDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "CEParticipationStatusEndDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Client",
		"key": "PersonalID",
		"columns": [
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "FirstName",
				"type": "string",
				"nullable": true
			},
			{
				"name": "MiddleName",
				"type": "string",
				"nullable": true
			},
			{
				"name": "LastName",
				"type": "string",
				"nullable": true
			},
			{
				"name": "NameSuffix",
				"type": "string",
				"nullable": true
			},
			{
				"name": "NameDataQuality",
				"type": "integer",
				"nullable": false,
				"list": "3.01.5"
			},
			{
				"name": "SSN",
				"type": "string",
				"nullable": true
			},
			{
				"name": "SSNDataQuality",
				"type": "integer",
				"nullable": false,
				"list": "3.02.2"
			},
			{
				"name": "DOB",
				"type": "date",
				"nullable": true
			},
			{
				"name": "DOBDataQuality",
				"type": "integer",
				"nullable": false,
				"list": "3.03.2"
			},
			{
				"name": "AmIndAKNative",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "Asian",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "BlackAfAmerican",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "HispanicLatinaeo",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "MidEastNAfrican",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "NativeHIPacific",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "White",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "RaceNone",
				"type": "integer",
				"nullable": true,
				"list": "1.6"
			},
			{
				"name": "AdditionalRaceEthnicity",
				"type": "string",
				"nullable": true
			},
			{
				"name": "Woman",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "Man",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "NonBinary",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "CulturallySpecific",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "Transgender",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "Questioning",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "DifferentIdentity",
				"type": "integer",
				"nullable": false,
				"list": "1.10"
			},
			{
				"name": "GenderNone",
				"type": "integer",
				"nullable": true,
				"list": "1.6"
			},
			{
				"name": "DifferentIdentityText",
				"type": "string",
				"nullable": true
			},
			{
				"name": "VeteranStatus",
				"type": "integer",
				"nullable": false,
				"list": "1.8"
			},
			{
				"name": "YearEnteredService",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "YearSeparated",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "WorldWarII",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "KoreanWar",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "VietnamWar",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "DesertStorm",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "AfghanistanOEF",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "IraqOIF",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "IraqOND",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "OtherTheater",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "MilitaryBranch",
				"type": "integer",
				"nullable": true,
				"list": "V1.11"
			},
			{
				"name": "DischargeStatus",
				"type": "integer",
				"nullable": true,
				"list": "V1.12"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Enrollment",
		"key": "EnrollmentID",
		"columns": [
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "ProjectID",
				"type": "string",
				"nullable": false,
				"references": "Project.ProjectID"
			},
			{
				"name": "EntryDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "HouseholdID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "RelationshipToHoH",
				"type": "integer",
				"nullable": false,
				"list": "3.15.1"
			},
			{
				"name": "EnrollmentCoC",
				"type": "string",
				"nullable": false,
				"references": "ProjectCoC.CoCCode"
			},
			{
				"name": "LivingSituation",
				"type": "integer",
				"nullable": true,
				"list": "3.12.1",
				"excludeValues": [
					312,
					313,
					327,
					422,
					423,
					426,
					30,
					17,
					24,
					37
				]
			},
			{
				"name": "RentalSubsidyType",
				"type": "integer",
				"nullable": true,
				"list": "3.12.A"
			},
			{
				"name": "LengthOfStay",
				"type": "integer",
				"nullable": true,
				"list": "3.917.2"
			},
			{
				"name": "LOSUnderThreshold",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "PreviousStreetESSH",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "DateToStreetESSH",
				"type": "date",
				"nullable": true
			},
			{
				"name": "TimesHomelessPastThreeYears",
				"type": "integer",
				"nullable": true,
				"list": "3.917.4"
			},
			{
				"name": "MonthsHomelessPastThreeYears",
				"type": "integer",
				"nullable": true,
				"list": "3.917.5"
			},
			{
				"name": "DisablingCondition",
				"type": "integer",
				"nullable": false,
				"list": "1.8"
			},
			{
				"name": "DateOfEngagement",
				"type": "date",
				"nullable": true
			},
			{
				"name": "MoveInDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "DateOfPATHStatus",
				"type": "date",
				"nullable": true
			},
			{
				"name": "ClientEnrolledInPATH",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "ReasonNotEnrolled",
				"type": "integer",
				"nullable": true,
				"list": "P3.A"
			},
			{
				"name": "PercentAMI",
				"type": "integer",
				"nullable": true,
				"list": "V4.1"
			},
			{
				"name": "ReferralSource",
				"type": "integer",
				"nullable": true,
				"list": "R1.1"
			},
			{
				"name": "CountOutreachReferralApproaches",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "DateOfBCPStatus",
				"type": "date",
				"nullable": true
			},
			{
				"name": "EligibleForRHY",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "ReasonNoServices",
				"type": "integer",
				"nullable": true,
				"list": "R2.A"
			},
			{
				"name": "RunawayYouth",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "SexualOrientation",
				"type": "integer",
				"nullable": true,
				"list": "R3.1"
			},
			{
				"name": "SexualOrientationOther",
				"type": "string",
				"nullable": true
			},
			{
				"name": "FormerWardChildWelfare",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "ChildWelfareYears",
				"type": "integer",
				"nullable": true,
				"list": "R11.A"
			},
			{
				"name": "ChildWelfareMonths",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "FormerWardJuvenileJustice",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "JuvenileJusticeYears",
				"type": "integer",
				"nullable": true,
				"list": "R11.A"
			},
			{
				"name": "JuvenileJusticeMonths",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "UnemploymentFam",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "MentalHealthDisorderFam",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "PhysicalDisabilityFam",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "AlcoholDrugUseDisorderFam",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "InsufficientIncome",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "IncarceratedParent",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "VAMCStation",
				"type": "string",
				"nullable": true,
				"list": "V6.1"
			},
			{
				"name": "TargetScreenReqd",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "TimeToHousingLoss",
				"type": "integer",
				"nullable": true,
				"list": "V7.A"
			},
			{
				"name": "AnnualPercentAMI",
				"type": "integer",
				"nullable": true,
				"list": "V7.B"
			},
			{
				"name": "LiteralHomelessHistory",
				"type": "integer",
				"nullable": true,
				"list": "V7.C"
			},
			{
				"name": "ClientLeaseholder",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "HOHLeaseholder",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "SubsidyAtRisk",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "EvictionHistory",
				"type": "integer",
				"nullable": true,
				"list": "V7.G"
			},
			{
				"name": "CriminalRecord",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "IncarceratedAdult",
				"type": "integer",
				"nullable": true,
				"list": "V7.I"
			},
			{
				"name": "PrisonDischarge",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "SexOffender",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "DisabledHoH",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "CurrentPregnant",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "SingleParent",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "DependentUnder6",
				"type": "integer",
				"nullable": true,
				"list": "V7.O"
			},
			{
				"name": "HH5Plus",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "CoCPrioritized",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "HPScreeningScore",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "ThresholdScore",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "TranslationNeeded",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "PreferredLanguage",
				"type": "integer",
				"nullable": true,
				"list": "C4.A"
			},
			{
				"name": "PreferredLanguageDifferent",
				"type": "string",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Exit",
		"key": "ExitID",
		"columns": [
			{
				"name": "ExitID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "ExitDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "Destination",
				"type": "integer",
				"nullable": false,
				"list": "3.12.1",
				"excludeValues": [
					335,
					336,
					37
				]
			},
			{
				"name": "DestinationSubsidyType",
				"type": "integer",
				"nullable": true,
				"list": "3.12.A"
			},
			{
				"name": "OtherDestination",
				"type": "string",
				"nullable": true
			},
			{
				"name": "HousingAssessment",
				"type": "integer",
				"nullable": true,
				"list": "W5.1"
			},
			{
				"name": "SubsidyInformation",
				"type": "integer",
				"nullable": true,
				"list": "W5.AB"
			},
			{
				"name": "ProjectCompletionStatus",
				"type": "integer",
				"nullable": true,
				"list": "R17.1"
			},
			{
				"name": "EarlyExitReason",
				"type": "integer",
				"nullable": true,
				"list": "R17.A"
			},
			{
				"name": "ExchangeForSex",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "ExchangeForSexPastThreeMonths",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "CountOfExchangeForSex",
				"type": "integer",
				"nullable": true,
				"list": "R15.B"
			},
			{
				"name": "AskedOrForcedToExchangeForSex",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "AskedOrForcedToExchangeForSexPastThreeMonths",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "WorkplaceViolenceThreats",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "WorkplacePromiseDifference",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "CoercedToContinueWork",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "LaborExploitPastThreeMonths",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "CounselingReceived",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "IndividualCounseling",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "FamilyCounseling",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "GroupCounseling",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "SessionCountAtExit",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "PostExitCounselingPlan",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "SessionsInPlan",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "DestinationSafeClient",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "DestinationSafeWorker",
				"type": "integer",
				"nullable": true,
				"list": "R19.A"
			},
			{
				"name": "PosAdultConnections",
				"type": "integer",
				"nullable": true,
				"list": "R19.A"
			},
			{
				"name": "PosPeerConnections",
				"type": "integer",
				"nullable": true,
				"list": "R19.A"
			},
			{
				"name": "PosCommunityConnections",
				"type": "integer",
				"nullable": true,
				"list": "R19.A"
			},
			{
				"name": "AftercareDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "AftercareProvided",
				"type": "integer",
				"nullable": true,
				"list": "R20.2"
			},
			{
				"name": "EmailSocialMedia",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "Telephone",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "InPersonIndividual",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "InPersonGroup",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "CMExitReason",
				"type": "integer",
				"nullable": true,
				"list": "V9.1"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "IncomeBenefits",
		"key": "IncomeBenefitsID",
		"columns": [
			{
				"name": "IncomeBenefitsID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "InformationDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "IncomeFromAnySource",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "TotalMonthlyIncome",
				"type": "money",
				"nullable": true
			},
			{
				"name": "Earned",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "EarnedAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "Unemployment",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "UnemploymentAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "SSI",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "SSIAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "SSDI",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "SSDIAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "VADisabilityService",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "VADisabilityServiceAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "VADisabilityNonService",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "VADisabilityNonServiceAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "PrivateDisability",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "PrivateDisabilityAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "WorkersComp",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "WorkersCompAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "TANF",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "TANFAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "GA",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "GAAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "SocSecRetirement",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "SocSecRetirementAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "Pension",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "PensionAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "ChildSupport",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "ChildSupportAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "Alimony",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "AlimonyAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "OtherIncomeSource",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "OtherIncomeAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "OtherIncomeSourceIdentify",
				"type": "string",
				"nullable": true
			},
			{
				"name": "BenefitsFromAnySource",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "SNAP",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "WIC",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "TANFChildCare",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "TANFTransportation",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "OtherTANF",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "OtherBenefitsSource",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "OtherBenefitsSourceIdentify",
				"type": "string",
				"nullable": true
			},
			{
				"name": "InsuranceFromAnySource",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "Medicaid",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "NoMedicaidReason",
				"type": "integer",
				"nullable": true,
				"list": "4.04.A"
			},
			{
				"name": "Medicare",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "NoMedicareReason",
				"type": "integer",
				"nullable": true,
				"list": "4.04.A"
			},
			{
				"name": "SCHIP",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "NoSCHIPReason",
				"type": "integer",
				"nullable": true,
				"list": "4.04.A"
			},
			{
				"name": "VHAServices",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "NoVHAReason",
				"type": "integer",
				"nullable": true,
				"list": "4.04.A"
			},
			{
				"name": "EmployerProvided",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "NoEmployerProvidedReason",
				"type": "integer",
				"nullable": true,
				"list": "4.04.A"
			},
			{
				"name": "COBRA",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "NoCOBRAReason",
				"type": "integer",
				"nullable": true,
				"list": "4.04.A"
			},
			{
				"name": "PrivatePay",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "NoPrivatePayReason",
				"type": "integer",
				"nullable": true,
				"list": "4.04.A"
			},
			{
				"name": "StateHealthIns",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "NoStateHealthInsReason",
				"type": "integer",
				"nullable": true,
				"list": "4.04.A"
			},
			{
				"name": "IndianHealthServices",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "NoIndianHealthServicesReason",
				"type": "integer",
				"nullable": true,
				"list": "4.04.A"
			},
			{
				"name": "OtherInsurance",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "OtherInsuranceIdentify",
				"type": "string",
				"nullable": true
			},
			{
				"name": "ADAP",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "NoADAPReason",
				"type": "integer",
				"nullable": true,
				"list": "W3"
			},
			{
				"name": "RyanWhiteMedDent",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "NoRyanWhiteReason",
				"type": "integer",
				"nullable": true,
				"list": "W3"
			},
			{
				"name": "ConnectionWithSOAR",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "DataCollectionStage",
				"type": "integer",
				"nullable": false,
				"list": "5.03.1"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "HealthAndDV",
		"key": "HealthAndDVID",
		"columns": [
			{
				"name": "HealthAndDVID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "InformationDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "DomesticViolenceSurvivor",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "WhenOccurred",
				"type": "integer",
				"nullable": true,
				"list": "4.11.A"
			},
			{
				"name": "CurrentlyFleeing",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "GeneralHealthStatus",
				"type": "integer",
				"nullable": true,
				"list": "R7.1"
			},
			{
				"name": "DentalHealthStatus",
				"type": "integer",
				"nullable": true,
				"list": "R7.1"
			},
			{
				"name": "MentalHealthStatus",
				"type": "integer",
				"nullable": true,
				"list": "R7.1"
			},
			{
				"name": "PregnancyStatus",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "DueDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "DataCollectionStage",
				"type": "integer",
				"nullable": false,
				"list": "5.03.1"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "EmploymentEducation",
		"key": "EmploymentEducationID",
		"columns": [
			{
				"name": "EmploymentEducationID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "InformationDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "LastGradeCompleted",
				"type": "integer",
				"nullable": true,
				"list": "R4.1"
			},
			{
				"name": "SchoolStatus",
				"type": "integer",
				"nullable": true,
				"list": "R5.1"
			},
			{
				"name": "Employed",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "EmploymentType",
				"type": "integer",
				"nullable": true,
				"list": "R6.A"
			},
			{
				"name": "NotEmployedReason",
				"type": "integer",
				"nullable": true,
				"list": "R6.B"
			},
			{
				"name": "DataCollectionStage",
				"type": "integer",
				"nullable": false,
				"list": "5.03.1"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Disabilities",
		"key": "DisabilitiesID",
		"columns": [
			{
				"name": "DisabilitiesID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "InformationDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "DisabilityType",
				"type": "integer",
				"nullable": false,
				"list": "1.3"
			},
			{
				"name": "DisabilityResponse",
				"type": "integer",
				"nullable": false,
				"conditionalList": {
					"byColumn": "DisabilityType",
					"map": {
						"10": "4.10.2",
						"*": "1.8"
					}
				}
			},
			{
				"name": "IndefiniteAndImpairs",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "TCellCountAvailable",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "TCellCount",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "TCellSource",
				"type": "integer",
				"nullable": true,
				"list": "W4.B"
			},
			{
				"name": "ViralLoadAvailable",
				"type": "integer",
				"nullable": true,
				"list": "W4.3"
			},
			{
				"name": "ViralLoad",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "ViralLoadSource",
				"type": "integer",
				"nullable": true,
				"list": "W4.B"
			},
			{
				"name": "AntiRetroviral",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "DataCollectionStage",
				"type": "integer",
				"nullable": false,
				"list": "5.03.1"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Services",
		"key": "ServicesID",
		"columns": [
			{
				"name": "ServicesID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "DateProvided",
				"type": "date",
				"nullable": false
			},
			{
				"name": "RecordType",
				"type": "integer",
				"nullable": false,
				"list": "1.4"
			},
			{
				"name": "TypeProvided",
				"type": "integer",
				"nullable": false,
				"conditionalList": {
					"byColumn": "RecordType",
					"map": {
						"141": "P1.2",
						"142": "R14.2",
						"143": "W1.2",
						"144": "V2.2",
						"151": "W2.2",
						"152": "V3.3",
						"161": "P2.2",
						"200": "4.14",
						"210": "V8.2",
						"300": "C2.2"
					}
				}
			},
			{
				"name": "OtherTypeProvided",
				"type": "string",
				"nullable": true
			},
			{
				"name": "MovingOnOtherType",
				"type": "string",
				"nullable": true
			},
			{
				"name": "SubTypeProvided",
				"type": "integer",
				"nullable": true,
				"conditionalList": {
					"byColumn": "TypeProvided",
					"onlyWhen": "RecordType = 144",
					"map": {
						"3": "V2.A",
						"4": "V2.B",
						"5": "V2.C"
					}
				}
			},
			{
				"name": "FAAmount",
				"type": "money",
				"nullable": true
			},
			{
				"name": "FAStartDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "FAEndDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "ReferralOutcome",
				"type": "integer",
				"nullable": true,
				"list": "P2.A"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "CurrentLivingSituation",
		"key": "CurrentLivingSitID",
		"columns": [
			{
				"name": "CurrentLivingSitID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "InformationDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "CurrentLivingSituation",
				"type": "integer",
				"nullable": false,
				"list": "3.12.1",
				"excludeValues": [
					312,
					313,
					327,
					422,
					423,
					426,
					30,
					24
				]
			},
			{
				"name": "CLSSubsidyType",
				"type": "integer",
				"nullable": true,
				"list": "3.12.A"
			},
			{
				"name": "VerifiedBy",
				"type": "string",
				"nullable": true
			},
			{
				"name": "LeaveSituation14Days",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "SubsequentResidence",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "ResourcesToObtain",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "LeaseOwn60Day",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "MovedTwoOrMore",
				"type": "integer",
				"nullable": true,
				"list": "1.8"
			},
			{
				"name": "LocationDetails",
				"type": "string",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Assessment",
		"key": "AssessmentID",
		"columns": [
			{
				"name": "AssessmentID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "AssessmentDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "AssessmentLocation",
				"type": "string",
				"nullable": false
			},
			{
				"name": "AssessmentType",
				"type": "integer",
				"nullable": false,
				"list": "4.19.3"
			},
			{
				"name": "AssessmentLevel",
				"type": "integer",
				"nullable": false,
				"list": "4.19.4"
			},
			{
				"name": "PrioritizationStatus",
				"type": "integer",
				"nullable": false,
				"list": "4.19.7"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "AssessmentQuestions",
		"key": "AssessmentQuestionID",
		"columns": [
			{
				"name": "AssessmentQuestionID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "AssessmentID",
				"type": "string",
				"nullable": false,
				"references": "Assessment.AssessmentID"
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "AssessmentQuestionGroup",
				"type": "string",
				"nullable": true
			},
			{
				"name": "AssessmentQuestionOrder",
				"type": "integer",
				"nullable": true
			},
			{
				"name": "AssessmentQuestion",
				"type": "string",
				"nullable": false
			},
			{
				"name": "AssessmentAnswer",
				"type": "string",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "AssessmentResults",
		"key": "AssessmentResultID",
		"columns": [
			{
				"name": "AssessmentResultID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "AssessmentID",
				"type": "string",
				"nullable": false,
				"references": "Assessment.AssessmentID"
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "AssessmentResultType",
				"type": "string",
				"nullable": false
			},
			{
				"name": "AssessmentResult",
				"type": "string",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "Event",
		"key": "EventID",
		"columns": [
			{
				"name": "EventID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "EventDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "Event",
				"type": "integer",
				"nullable": false,
				"list": "4.20.2"
			},
			{
				"name": "ProbSolDivRRResult",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "ReferralCaseManageAfter",
				"type": "integer",
				"nullable": true,
				"list": "1.7"
			},
			{
				"name": "LocationCrisisOrPHHousing",
				"type": "string",
				"nullable": true
			},
			{
				"name": "ReferralResult",
				"type": "integer",
				"nullable": true,
				"list": "4.20.D"
			},
			{
				"name": "ResultDate",
				"type": "date",
				"nullable": true
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	},
	{
		"file": "YouthEducationStatus",
		"key": "YouthEducationStatusID",
		"columns": [
			{
				"name": "YouthEducationStatusID",
				"type": "string",
				"nullable": false
			},
			{
				"name": "EnrollmentID",
				"type": "string",
				"nullable": false,
				"references": "Enrollment.EnrollmentID"
			},
			{
				"name": "PersonalID",
				"type": "string",
				"nullable": false,
				"references": "Client.PersonalID"
			},
			{
				"name": "InformationDate",
				"type": "date",
				"nullable": false
			},
			{
				"name": "CurrentSchoolAttend",
				"type": "integer",
				"nullable": true,
				"list": "C3.2"
			},
			{
				"name": "MostRecentEdStatus",
				"type": "integer",
				"nullable": true,
				"list": "C3.A"
			},
			{
				"name": "CurrentEdStatus",
				"type": "integer",
				"nullable": true,
				"list": "C3.B"
			},
			{
				"name": "DataCollectionStage",
				"type": "integer",
				"nullable": false,
				"list": "5.03.1"
			},
			{
				"name": "DateCreated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "DateUpdated",
				"type": "datetime",
				"nullable": false
			},
			{
				"name": "UserID",
				"type": "string",
				"nullable": false,
				"references": "User.UserID"
			},
			{
				"name": "DateDeleted",
				"type": "datetime",
				"nullable": true
			},
			{
				"name": "ExportID",
				"type": "string",
				"nullable": false,
				"references": "Export.ExportID"
			}
		]
	}
];

export default data;
