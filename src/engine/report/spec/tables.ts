// APR and CAPER table shapes, derived from ../shared/spec by tests/spec/spec-sync.test.ts (UPDATE_SPEC=1).
import type { TableShape } from '../table';

const data: TableShape[] = [
	{
		"id": "Q4a",
		"title": "Project Identifiers in HMIS",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Organization Name",
		"rowLabelColumn": false,
		"columns": [
			"Organization Name",
			"Organization ID",
			"Project Name",
			"Project ID",
			"HMIS Project Type",
			"RRH Subtype",
			"Coordinated Entry Access Point",
			"Affiliated with a Residential Project",
			"Project IDs of affiliations",
			"CoC Number",
			"Geocode",
			"Victim Service Provider",
			"HMIS Software Name and Version Number",
			"Report Start Date",
			"Report End Date",
			"Total Active Clients",
			"Total Active Households"
		],
		"rows": [],
		"gray": []
	},
	{
		"id": "Q5a",
		"title": "Report Validations Table",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Category",
		"rowLabelColumn": true,
		"columns": [
			"Count of Clients for DQ",
			"Count of Clients"
		],
		"rows": [
			"Total number of persons served",
			"Number of adults (age 18 or over)",
			"Number of children (under age 18)",
			"Number of persons with unknown age",
			"Number of leavers",
			"Number of adult leavers",
			"Number of adult and head of household leavers",
			"Number of stayers",
			"Number of adult stayers",
			"Number of veterans",
			"Number of chronically homeless persons",
			"Number of youth under age 25",
			"Number of parenting youth under age 25 with children",
			"Number of adult heads of household",
			"Number of child and unknown-age heads of household",
			"Heads of households and adult stayers in the project 365 days or more"
		],
		"gray": []
	},
	{
		"id": "Q6a",
		"title": "Data Quality: Personally Identifiable Information",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2026"
		],
		"a1": "Data Element",
		"rowLabelColumn": true,
		"columns": [
			"Client Doesn’t Know/Prefers Not to Answer",
			"Information Missing",
			"Data Issues",
			"Total",
			"% of Issue Rate"
		],
		"rows": [
			"Name (3.01)",
			"Social Security Number (3.02)",
			"Date of Birth (3.03)",
			"Race/Ethnicity (3.04)",
			"Overall Score"
		],
		"gray": [
			"D5",
			"B6",
			"C6",
			"D6"
		]
	},
	{
		"id": "Q6a",
		"title": "Data Quality: Personally Identifiable Information",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024"
		],
		"a1": "Data Element",
		"rowLabelColumn": true,
		"columns": [
			"Client Doesn’t Know/Prefers Not to Answer",
			"Information Missing",
			"Data Issues",
			"Total",
			"% of Issue Rate"
		],
		"rows": [
			"Name (3.01)",
			"Social Security Number (3.02)",
			"Date of Birth (3.03)",
			"Race/Ethnicity (3.04)",
			"Gender (3.06)",
			"Overall Score"
		],
		"gray": [
			"D5",
			"D6",
			"B7",
			"C7",
			"D7"
		]
	},
	{
		"id": "Q6b",
		"title": "Data Quality: Universal Data Elements",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Data Element",
		"rowLabelColumn": true,
		"columns": [
			"Client Doesn’t Know/Prefers Not to Answer",
			"Information Missing",
			"Data Issues",
			"Total",
			"% of Issue Rate"
		],
		"rows": [
			"Veteran Status (3.07)",
			"Project Start Date (3.10)",
			"Relationship to Head of Household (3.15)",
			"Enrollment CoC (3.16)",
			"Disabling Condition (3.08)"
		],
		"gray": [
			"B3",
			"C3",
			"B4",
			"B5"
		]
	},
	{
		"id": "Q6c",
		"title": "Data Quality: Income and Housing Data Quality",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Data Element",
		"rowLabelColumn": true,
		"columns": [
			"Client Doesn’t Know/Prefers Not to Answer",
			"Information Missing",
			"Data Issues",
			"Total",
			"% of Issue Rate"
		],
		"rows": [
			"Destination (3.12)",
			"Income and Sources (4.02) at Start",
			"Income and Sources (4.02) at Annual Assessment",
			"Income and Sources (4.02) at Exit"
		],
		"gray": [
			"D2"
		]
	},
	{
		"id": "Q6d",
		"title": "Data Quality: Chronic Homelessness",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Entering into project type",
		"rowLabelColumn": true,
		"columns": [
			"Count of total records",
			"Missing time in institution (3.917.2)",
			"Missing time in housing (3.917.2)",
			"Approximate date this episode started (3.917.3) Missing",
			"Number of times (3.917.4) DK/PNTA/missing",
			"Number of months (3.917.5) DK/PNTA/missing",
			"% of records unable to calculate"
		],
		"rows": [
			"ES-EE, ES-NbN, SH, Street Outreach",
			"TH",
			"PH (all)",
			"CE",
			"SSO, Day Shelter, HP",
			"Total"
		],
		"gray": [
			"C2",
			"D2",
			"C7",
			"D7",
			"E7",
			"F7",
			"G7"
		]
	},
	{
		"id": "Q6e",
		"title": "Data Quality: Timeliness",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Time for Record Entry",
		"rowLabelColumn": true,
		"columns": [
			"Number of Project Start Records",
			"Number of Project Exit Records"
		],
		"rows": [
			"< 0 days",
			"0 days",
			"1-3 days",
			"4-6 days",
			"7-10 days",
			"11+ days"
		],
		"gray": []
	},
	{
		"id": "Q6f",
		"title": "Data Quality: Inactive Records: Street Outreach and Emergency Shelter",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2026"
		],
		"a1": "Data Element",
		"rowLabelColumn": true,
		"columns": [
			"# of Records",
			"# of Inactive Records",
			"% of Inactive Records"
		],
		"rows": [
			"Contact (Adults and Heads of Household in Street Outreach or PATH-funded SSO)",
			"Bed Night (All clients in ES – NbN)"
		],
		"gray": []
	},
	{
		"id": "Q6f",
		"title": "Data Quality: Inactive Records: Street Outreach and Emergency Shelter",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024"
		],
		"a1": "Data Element",
		"rowLabelColumn": true,
		"columns": [
			"# of Records",
			"# of Inactive Records",
			"% of Inactive Records"
		],
		"rows": [
			"Contact (Adults and Heads of Household in Street Outreach or ES – NbN)",
			"Bed Night (All clients in ES – NbN)"
		],
		"gray": []
	},
	{
		"id": "Q7a",
		"title": "Number of Persons Served",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Adults",
			"Children",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total",
			"For PSH & RRH – the total persons served who moved into housing"
		],
		"gray": [
			"E2",
			"C3"
		]
	},
	{
		"id": "Q7b",
		"title": "Point-in-Time Count of Persons on the Last Wednesday",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"January",
			"April",
			"July",
			"October"
		],
		"gray": []
	},
	{
		"id": "Q8a",
		"title": "Number of Households Served",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Total Households",
			"For PSH & RRH – the total households served who moved into housing"
		],
		"gray": []
	},
	{
		"id": "Q8b",
		"title": "Point-in-Time Count of Households on the Last Wednesday",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"January",
			"April",
			"July",
			"October"
		],
		"gray": []
	},
	{
		"id": "Q9a",
		"title": "Number of Persons Contacted",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Number of Persons Contacted",
		"rowLabelColumn": true,
		"columns": [
			"All Persons Contacted",
			"First contact – NOT staying on the Streets, ES, or SH",
			"First contact – WAS staying on Streets, ES, or SH",
			"First contact – Worker unable to determine"
		],
		"rows": [
			"Once",
			"2-5 Times",
			"6-9 Times",
			"10+ Times",
			"Total Persons Contacted"
		],
		"gray": []
	},
	{
		"id": "Q9b",
		"title": "Number of Persons Newly Engaged",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Number of Persons Newly Engaged",
		"rowLabelColumn": true,
		"columns": [
			"All Persons Contacted",
			"First contact – NOT staying on the Streets, ES, or SH",
			"First contact – WAS staying on Streets, ES, or SH",
			"First contact – Worker unable to determine"
		],
		"rows": [
			"Once",
			"2-5 Contacts",
			"6-9 Contacts",
			"10+ Contacts",
			"Total Persons Engaged",
			"Rate of Engagement"
		],
		"gray": []
	},
	{
		"id": "Q10a",
		"title": "Gender",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Woman",
			"Man",
			"Culturally Specific Identity",
			"Transgender",
			"Non-Binary",
			"Questioning",
			"Different Identity",
			"Woman/Man",
			"Woman/Culturally Specific Identity",
			"Woman/Transgender",
			"Woman/Non-Binary",
			"Woman/Questioning",
			"Woman/Different Identity",
			"Man/Culturally Specific Identity",
			"Man/Transgender",
			"Man/Non-Binary",
			"Man/Questioning",
			"Man/Different Identity",
			"Culturally Specific Identity/Transgender",
			"Culturally Specific Identity/Non-Binary",
			"Culturally Specific Identity/Questioning",
			"Culturally Specific Identity/Different Identity",
			"Transgender/Non-Binary",
			"Transgender/Questioning",
			"Transgender/Different Identity",
			"Non-Binary/Questioning",
			"Non-Binary/Different Identity",
			"Questioning/Different Identity",
			"More than 2 Gender Identities Selected",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q10d",
		"title": "Gender by Age Ranges",
		"reports": [
			"CAPER"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Under Age 18",
			"Age 18-24",
			"Age 25-64",
			"Age 65+",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected"
		],
		"rows": [
			"Woman",
			"Man",
			"Culturally Specific Identity",
			"Transgender",
			"Non-Binary",
			"Questioning",
			"Different Identity",
			"Woman/Man",
			"Woman/Culturally Specific Identity",
			"Woman/Transgender",
			"Woman/Non-Binary",
			"Woman/Questioning",
			"Woman/Different Identity",
			"Man/Culturally Specific Identity",
			"Man/Transgender",
			"Man/Non-Binary",
			"Man/Questioning",
			"Man/Different Identity",
			"Culturally Specific Identity/Transgender",
			"Culturally Specific Identity/Non-Binary",
			"Culturally Specific Identity/Questioning",
			"Culturally Specific Identity/Different Identity",
			"Transgender/Non-Binary",
			"Transgender/Questioning",
			"Transgender/Different Identity",
			"Non-Binary/Questioning",
			"Non-Binary/Different Identity",
			"Questioning/Different Identity",
			"More than 2 Gender Identities Selected",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q11",
		"title": "Age",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Under 5",
			"5-12",
			"13-17",
			"18-24",
			"25-34",
			"35-44",
			"45-54",
			"55-64",
			"65+",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": [
			"C2",
			"C3",
			"C4",
			"E5",
			"E6",
			"E7",
			"E8",
			"E9",
			"E10"
		]
	},
	{
		"id": "Q12",
		"title": "Race and Ethnicity",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"American Indian, Alaska Native, or Indigenous",
			"Asian or Asian American",
			"Black, African American, or African",
			"Hispanic/Latina/o",
			"Middle Eastern or North African",
			"Native Hawaiian or Pacific Islander",
			"White",
			"Asian or Asian American & American Indian, Alaska Native, or Indigenous",
			"Black, African American, or African & American Indian, Alaska Native, or Indigenous",
			"Hispanic/Latina/o & American Indian, Alaska Native, or Indigenous",
			"Middle Eastern or North African & American Indian, Alaska Native, or Indigenous",
			"Native Hawaiian or Pacific Islander & American Indian, Alaska Native, or Indigenous",
			"White & American Indian, Alaska Native, or Indigenous",
			"Black, African American, or African & Asian or Asian American",
			"Hispanic/Latina/o & Asian or Asian American",
			"Middle Eastern or North African & Asian or Asian American",
			"Native Hawaiian or Pacific Islander & Asian or Asian American",
			"White & Asian or Asian American",
			"Hispanic/Latina/o & Black, African American, or African",
			"Middle Eastern or North African & Black, African American, or African",
			"Native Hawaiian or Pacific Islander & Black, African American, or African",
			"White & Black, African American, or African",
			"Middle Eastern or North African & Hispanic/Latina/o",
			"Native Hawaiian or Pacific Islander & Hispanic/Latina/o",
			"White & Hispanic/Latina/o",
			"Native Hawaiian or Pacific Islander & Middle Eastern or North African",
			"White & Middle Eastern or North African",
			"White & Native Hawaiian or Pacific Islander",
			"Multiracial – more than 2 races/ethnicity, with one being Hispanic/Latina/o",
			"Multiracial – more than 2 races, where no option is Hispanic/Latina/o",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q12",
		"title": "Race and Ethnicity",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"American Indian, Alaska Native, or Indigenous",
			"Asian or Asian American",
			"Black, African American, or African",
			"Hispanic/Latina/e/o",
			"Middle Eastern or North African",
			"Native Hawaiian or Pacific Islander",
			"White",
			"Asian or Asian American & American Indian, Alaska Native, or Indigenous",
			"Black, African American, or African & American Indian, Alaska Native, or Indigenous",
			"Hispanic/Latina/e/o & American Indian, Alaska Native, or Indigenous",
			"Middle Eastern or North African & American Indian, Alaska Native, or Indigenous",
			"Native Hawaiian or Pacific Islander & American Indian, Alaska Native, or Indigenous",
			"White & American Indian, Alaska Native, or Indigenous",
			"Black, African American, or African & Asian or Asian American",
			"Hispanic/Latina/e/o & Asian or Asian American",
			"Middle Eastern or North African & Asian or Asian American",
			"Native Hawaiian or Pacific Islander & Asian or Asian American",
			"White & Asian or Asian American",
			"Hispanic/Latina/e/o & Black, African American, or African",
			"Middle Eastern or North African & Black, African American, or African",
			"Native Hawaiian or Pacific Islander & Black, African American, or African",
			"White & Black, African American, or African",
			"Middle Eastern or North African & Hispanic/Latina/e/o",
			"Native Hawaiian or Pacific Islander & Hispanic/Latina/e/o",
			"White & Hispanic/Latina/e/o",
			"Native Hawaiian or Pacific Islander & Middle Eastern or North African",
			"White & Middle Eastern or North African",
			"White & Native Hawaiian or Pacific Islander",
			"Multiracial – more than 2 races/ethnicity, with one being Hispanic/Latina/e/o",
			"Multiracial – more than 2 races, where no option is Hispanic/Latina/e/o",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q13a1",
		"title": "Physical and Mental Health Conditions at Start",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total Persons",
			"Without Children",
			"Adults in HH with Children & Adults",
			"Children in HH with Children & Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Mental Health Disorder",
			"Alcohol Use Disorder",
			"Drug Use Disorder",
			"Both Alcohol and Drug Use Disorders",
			"Chronic Health Condition",
			"HIV/AIDS",
			"Developmental Disability",
			"Physical Disability"
		],
		"gray": []
	},
	{
		"id": "Q13b1",
		"title": "Physical and Mental Health Conditions at Exit",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total Persons",
			"Without Children",
			"Adults in HH with Children & Adults",
			"Children in HH with Children & Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Mental Health Disorder",
			"Alcohol Use Disorder",
			"Drug Use Disorder",
			"Both Alcohol and Drug Use Disorders",
			"Chronic Health Condition",
			"HIV/AIDS",
			"Developmental Disability",
			"Physical Disability"
		],
		"gray": []
	},
	{
		"id": "Q13c1",
		"title": "Physical and Mental Health Conditions for Stayers",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total Persons",
			"Without Children",
			"Adults in HH with Children & Adults",
			"Children in HH with Children & Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Mental Health Disorder",
			"Alcohol Use Disorder",
			"Drug Use Disorder",
			"Both Alcohol and Drug Use Disorders",
			"Chronic Health Condition",
			"HIV/AIDS",
			"Developmental Disability",
			"Physical Disability"
		],
		"gray": []
	},
	{
		"id": "Q13a2",
		"title": "Number of Conditions at Start",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total Persons",
			"Without Children",
			"Adults in HH with Children & Adults",
			"Children in HH with Children & Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"None",
			"1 Condition",
			"2 Conditions",
			"3+ Conditions",
			"Condition Unknown",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q13b2",
		"title": "Number of Conditions at Exit",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total Persons",
			"Without Children",
			"Adults in HH with Children & Adults",
			"Children in HH with Children & Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"None",
			"1 Condition",
			"2 Conditions",
			"3+ Conditions",
			"Condition Unknown",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q13c2",
		"title": "Number of Conditions for Stayers",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total Persons",
			"Without Children",
			"Adults in HH with Children & Adults",
			"Children in HH with Children & Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"None",
			"1 Condition",
			"2 Conditions",
			"3+ Conditions",
			"Condition Unknown",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q14a",
		"title": "History of Domestic Violence, Sexual Assault, Dating Violence, Stalking, or Human Trafficking",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Yes",
			"No",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q14b",
		"title": "Most recent experience of domestic violence, sexual assault, dating violence, stalking, or human trafficking",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Within the past three months",
			"Three to six months ago",
			"Six months to one year",
			"One year ago, or more",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q24e",
		"title": "Sex",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Female",
			"Male",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data not collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q15",
		"title": "Living Situation",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Homeless Situations",
			"Place not meant for habitation",
			"Emergency shelter, including hotel or motel paid for with emergency shelter voucher, Host Home shelter",
			"Safe Haven",
			"Subtotal",
			"Institutional Settings",
			"Foster care home or foster care group home",
			"Hospital or other residential non-psychiatric medical facility",
			"Jail, prison or juvenile detention facility",
			"Long-term care facility or nursing home",
			"Psychiatric hospital or other psychiatric facility",
			"Substance abuse treatment facility or detox center",
			"Subtotal",
			"Temporary Situations",
			"Transitional housing for homeless persons (including homeless youth)",
			"Residential project or halfway house with no homeless criteria",
			"Hotel or motel paid for without emergency shelter voucher",
			"Host Home (non-crisis)",
			"Staying or living in a friend’s room, apartment or house",
			"Staying or living in a family member’s room, apartment or house",
			"Subtotal",
			"Permanent Situations",
			"Rental by client, no ongoing housing subsidy",
			"Rental by client, with ongoing housing subsidy",
			"Owned by client, with ongoing housing subsidy",
			"Owned by client, no ongoing housing subsidy",
			"Subtotal",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Subtotal",
			"Total"
		],
		"gray": [],
		"rowCodes": [
			null,
			"116",
			"101",
			"118",
			"101|116|118",
			null,
			"215",
			"206",
			"207",
			"225",
			"204",
			"205",
			"215|206|207|225|204|205",
			null,
			"302",
			"329",
			"314",
			"332",
			"336",
			"335",
			"302|329|314|332|336|335",
			null,
			"410",
			"435",
			"421",
			"411",
			"410|435|421|411",
			"8|9",
			"99|null",
			"8|9|99|null",
			"all"
		]
	},
	{
		"id": "Q16",
		"title": "Cash Income - Ranges",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Income at Start",
			"Income at Latest Annual Assessment for Stayers",
			"Income at Exit for Leavers"
		],
		"rows": [
			"No Income",
			"$1 - $150",
			"$151 - $250",
			"$251 - $500",
			"$501 - $1,000",
			"$1,001 - $1,500",
			"$1,501 - $2,000",
			"$2,001+",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Number of adult stayers not yet required to have an annual assessment",
			"Number of adult stayers without required annual assessment",
			"Total Adults"
		],
		"gray": [
			"B12",
			"B13",
			"D12",
			"D13"
		]
	},
	{
		"id": "Q17",
		"title": "Cash Income - Sources",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Income at Start",
			"Income at Latest Annual Assessment for Stayers",
			"Income at Exit for Leavers"
		],
		"rows": [
			"Earned Income",
			"Unemployment Insurance",
			"Supplemental Security Income (SSI)",
			"Social Security Disability Insurance (SSDI)",
			"VA Service – Connected Disability Compensation",
			"VA Non-Service Connected Disability Pension",
			"Private Disability Insurance",
			"Worker’s Compensation",
			"Temporary Assistance for Needy Families (TANF)",
			"General Assistance (GA)",
			"Retirement Income from Social Security",
			"Pension or retirement income from a former job",
			"Child Support",
			"Alimony and other spousal support",
			"Other Source",
			"Adults with Income Information at Start and Annual Assessment/Exit"
		],
		"gray": [
			"B17"
		]
	},
	{
		"id": "Q18",
		"title": "Client Cash Income Category - Earned/Other Income Category - by Start and Annual Assessment/Exit Status",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Number of Adults at Start",
			"Number of Adults at Annual Assessment (Stayers)",
			"Number of Adults at Exit (Leavers)"
		],
		"rows": [
			"Adults with Only Earned Income (i.e., Employment Income)",
			"Adults with Only Other Income",
			"Adults with Both Earned and Other Income",
			"Adults with No Income",
			"Adults with Client Doesn’t Know/Prefers Not to Answer",
			"Adults with Missing Income Information",
			"Number of adult stayers not yet required to have an annual assessment",
			"Number of adult stayers without required annual assessment",
			"Total Adults",
			"1 or more source of income",
			"Adults with Income Information at Start and Annual Assessment/Exit"
		],
		"gray": [
			"B8",
			"B9",
			"B12",
			"D8",
			"D9"
		]
	},
	{
		"id": "Q19a1",
		"title": "Client Cash Income Change - Income Source - by Start and Latest Status",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Income Change by Income Category (Universe: Adult Stayers with Income Information at Start and Annual Assessment)",
		"rowLabelColumn": true,
		"columns": [
			"Had Income Category at Start and Did Not Have It at Annual Assessment",
			"Retained Income Category But Had Less $ at Annual Assessment Than at Start",
			"Retained Income Category and Same $ at Annual Assessment as at Start",
			"Retained Income Category and Increased $ at Annual Assessment",
			"Did Not Have the Income Category at Start and Gained the Income Category at Annual Assessment",
			"Did Not Have the Income Category at Start or at Annual Assessment",
			"Total Adults (including those with No Income)",
			"Performance Measure: Adults who Gained or Increased Income from Start to Annual Assessment, Average Gain",
			"Performance measure: Percent of persons who accomplished this measure"
		],
		"rows": [
			"Number of Adults with Earned Income (i.e., Employment Income)",
			"Average Change in Earned Income",
			"Number of Adults with Other Income",
			"Average Change in Other Income",
			"Number of Adults with Any Income (i.e., Total Income)",
			"Average Change in Overall Income"
		],
		"gray": [
			"D3",
			"G3",
			"H3",
			"J3",
			"D5",
			"G5",
			"H5",
			"J5",
			"D7",
			"G7",
			"J7"
		]
	},
	{
		"id": "Q19a2",
		"title": "Client Cash Income Change - Income Source - by Start and Exit",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "Income Change by Income Category (Universe: Adult Leavers with Income Information at Start and Exit)",
		"rowLabelColumn": true,
		"columns": [
			"Had Income Category at Start and Did Not Have It at Exit",
			"Retained Income Category But Had Less $ at Exit Than at Start",
			"Retained Income Category and Same $ at Exit as at Start",
			"Retained Income Category and Increased $ at Exit",
			"Did Not Have the Income Category at Start and Gained the Income Category at Exit",
			"Did Not Have the Income Category at Start or at Exit",
			"Total Adults (including those with No Income)",
			"Performance Measure: Adults who Gained or Increased Income from Start to Exit, Average Gain",
			"Performance measure: Percent of persons who accomplished this measure"
		],
		"rows": [
			"Number of Adults with Earned Income (i.e., Employment Income)",
			"Average Change in Earned Income",
			"Number of Adults with Other Income",
			"Average Change in Other Income",
			"Number of Adults with Any Income (i.e., Total Income)",
			"Average Change in Overall Income"
		],
		"gray": [
			"D3",
			"G3",
			"H3",
			"J3",
			"D5",
			"G5",
			"H5",
			"J5",
			"D7",
			"G7",
			"J7"
		]
	},
	{
		"id": "Q19b",
		"title": "Disabling Conditions and Income for Adults at Exit",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"AO: Adult with Disabling Condition",
			"AO: Adult without Disabling Condition",
			"AO: Total Adults",
			"AO: % with Disabling Condition by Source",
			"AC: Adult with Disabling Condition",
			"AC: Adult without Disabling Condition",
			"AC: Total Adults",
			"AC: % with Disabling Condition by Source",
			"UK: Adult with Disabling Condition",
			"UK: Adult without Disabling Condition",
			"UK: Total Adults",
			"UK: % with Disabling Condition by Source"
		],
		"rows": [
			"Earned Income",
			"Unemployment Insurance",
			"Supplemental Security Income (SSI)",
			"Social Security Disability Insurance (SSDI)",
			"VA Service – Connected Disability Compensation",
			"VA Non-Service Connected Disability Pension",
			"Private Disability Insurance",
			"Worker’s Compensation",
			"Temporary Assistance for Needy Families (TANF)",
			"General Assistance (GA)",
			"Retirement Income from Social Security",
			"Pension or retirement income from a former job",
			"Child Support",
			"Alimony and other spousal support",
			"Other Source",
			"No Sources",
			"Unduplicated Total Adults"
		],
		"gray": [
			"E18",
			"I18",
			"M18"
		]
	},
	{
		"id": "Q20a",
		"title": "Type of Non-Cash Benefit Sources",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Benefit at Start",
			"Benefit at Latest Annual Assessment for Stayers",
			"Benefit at Exit for Leavers"
		],
		"rows": [
			"Supplemental Nutrition Assistance Program (SNAP) (Previously known as Food Stamps)",
			"Special Supplemental Nutrition Program for Women, Infants, and Children (WIC)",
			"TANF Child Care Services",
			"TANF Transportation Services",
			"Other TANF-Funded Services",
			"Other Source"
		],
		"gray": []
	},
	{
		"id": "Q20b",
		"title": "Number of Non-Cash Benefit Sources",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Benefit at Start",
			"Benefit at Latest Annual Assessment for Stayers",
			"Benefit at Exit for Leavers"
		],
		"rows": [
			"No Sources",
			"1 + Source(s)",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected/Not stayed long enough for Annual Assessment",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q21",
		"title": "Health Insurance",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"At Start",
			"At Annual Assessment for Stayers",
			"At Exit for Leavers"
		],
		"rows": [
			"MEDICAID",
			"MEDICARE",
			"State Children’s Health Insurance Program",
			"Veteran’s Health Administration (VHA)",
			"Employer – Provided Health Insurance",
			"Health Insurance obtained through COBRA",
			"Private Pay Health Insurance",
			"State Health Insurance for Adults",
			"Indian Health Services Program",
			"Other",
			"No Health Insurance",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Number of Stayers not yet Required To Have an Annual Assessment",
			"1 Source of Health Insurance",
			"More than 1 Source of Health Insurance"
		],
		"gray": [
			"B15",
			"D15"
		]
	},
	{
		"id": "Q22a1",
		"title": "Length of Participation – CoC Projects",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Leavers",
			"Stayers"
		],
		"rows": [
			"30 days or less",
			"31 to 60 days",
			"61 to 90 days",
			"91 to 180 days",
			"181 to 365 days",
			"366 to 730 days (1-2 Yrs)",
			"731 to 1,095 days (2-3 Yrs)",
			"1,096 to 1,460 days (3-4 Yrs)",
			"1,461 to 1,825 days (4-5 Yrs)",
			"More than 1,825 days (> 5 Yrs)",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q22a2",
		"title": "Length of Participation – ESG Projects",
		"reports": [
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Leavers",
			"Stayers"
		],
		"rows": [
			"0 to 7 days",
			"8 to 14 days",
			"15 to 21 days",
			"22 to 30 days",
			"31 to 60 days",
			"61 to 90 days",
			"91 to 180 days",
			"181 to 365 days",
			"366 to 730 days (1-2 Yrs)",
			"731 to 1,095 days (2-3 Yrs)",
			"1,096 to 1,460 days (3-4 Yrs)",
			"1,461 to 1,825 days (4-5 Yrs)",
			"More than 1,825 days (> 5 Yrs)",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q22b",
		"title": "Average and Median Length of Participation in Days",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Leavers",
			"Stayers"
		],
		"rows": [
			"Average Length",
			"Median Length"
		],
		"gray": []
	},
	{
		"id": "Q22c",
		"title": "Length of Time between Project Start Date and Housing Move-in Date",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"7 days or less",
			"8 to 14 days",
			"15 to 21 days",
			"22 to 30 days",
			"31 to 60 days",
			"61 to 90 days",
			"91 to 180 days",
			"181 to 365 days",
			"366 to 730 days (1-2 Yrs)",
			"Total (persons moved into housing)",
			"Average length of time to housing",
			"Persons who were exited without move-in",
			"Total persons"
		],
		"gray": []
	},
	{
		"id": "Q22d",
		"title": "Length of Participation by Household Type",
		"reports": [
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"7 days or less",
			"8 to 14 days",
			"15 to 21 days",
			"22 to 30 days",
			"31 to 60 days",
			"61 to 90 days",
			"91 to 180 days",
			"181 to 365 days",
			"366 to 730 days (1-2 Yrs)",
			"731 days or more",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q22e",
		"title": "Length of Time Prior to Housing - based on 3.917 Date Homelessness Started",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"7 days or less",
			"8 to 14 days",
			"15 to 21 days",
			"22 to 30 days",
			"31 to 60 days",
			"61 to 90 days",
			"91 to 180 days",
			"181 to 365 days",
			"366 to 730 days (1-2 Yrs)",
			"731 days or more",
			"Total (persons moved into housing)",
			"Not yet moved into housing",
			"Data not collected",
			"Total persons"
		],
		"gray": []
	},
	{
		"id": "Q22f",
		"title": "Length of Time between Project Start Date and Housing Move-in Date by Race and Ethnicity",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"American Indian, Alaska Native, or Indigenous",
			"Asian or Asian American",
			"Black, African American, or African",
			"Hispanic/Latina/e/o",
			"Middle Eastern or North African",
			"Native Hawaiian or Pacific Islander",
			"White",
			"At Least 1 Race and Hispanic/Latina/e/o",
			"Multi-racial (does not include Hispanic/Latina/e/o)",
			"Unknown (Doesn’t Know, Prefers not to Answer, Data not Collected)"
		],
		"rows": [
			"Persons Moved into housing",
			"Persons who were exited without move-in",
			"Average time to Move-In",
			"Median time to Move-In"
		],
		"gray": []
	},
	{
		"id": "Q22f",
		"title": "Length of Time between Project Start Date and Housing Move-in Date by Race and Ethnicity",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"American Indian, Alaska Native, or Indigenous",
			"Asian or Asian American",
			"Black, African American, or African",
			"Hispanic/Latina/o",
			"Middle Eastern or North African",
			"Native Hawaiian or Pacific Islander",
			"White",
			"At Least 1 Race and Hispanic/Latina/o",
			"Multi-racial (does not include Hispanic/Latina/o)",
			"Unknown (Doesn’t Know, Prefers not to Answer, Data not Collected)"
		],
		"rows": [
			"Persons Moved into housing",
			"Persons who were exited without move-in",
			"Average time to Move-In",
			"Median time to Move-In"
		],
		"gray": []
	},
	{
		"id": "Q22g",
		"title": "Length of Time Prior to Housing by Race and Ethnicity - based on 3.917 Date Homelessness Started",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"American Indian, Alaska Native, or Indigenous",
			"Asian or Asian American",
			"Black, African American, or African",
			"Hispanic/Latina/e/o",
			"Middle Eastern or North African",
			"Native Hawaiian or Pacific Islander",
			"White",
			"At Least 1 Race and Hispanic/Latina/e/o",
			"Multi-racial (does not include Hispanic/Latina/e/o)",
			"Unknown (Doesn’t Know, Prefers not to Answer, Data not Collected)"
		],
		"rows": [
			"Persons Moved into housing",
			"Persons Not Yet Moved into Housing",
			"Average time to Move-In",
			"Median time to Move-In"
		],
		"gray": []
	},
	{
		"id": "Q22g",
		"title": "Length of Time Prior to Housing by Race and Ethnicity - based on 3.917 Date Homelessness Started",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"American Indian, Alaska Native, or Indigenous",
			"Asian or Asian American",
			"Black, African American, or African",
			"Hispanic/Latina/o",
			"Middle Eastern or North African",
			"Native Hawaiian or Pacific Islander",
			"White",
			"At Least 1 Race and Hispanic/Latina/o",
			"Multi-racial (does not include Hispanic/Latina/o)",
			"Unknown (Doesn’t Know, Prefers not to Answer, Data not Collected)"
		],
		"rows": [
			"Persons Moved into housing",
			"Persons Not Yet Moved into Housing",
			"Average time to Move-In",
			"Median time to Move-In"
		],
		"gray": []
	},
	{
		"id": "Q23c",
		"title": "Exit Destination",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Homeless Situations",
			"Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)",
			"Emergency shelter, including hotel or motel paid for with emergency shelter voucher, Host Home shelter",
			"Safe Haven",
			"Subtotal",
			"Institutional Situations",
			"Foster care home or foster care group home",
			"Hospital or other residential non-psychiatric medical facility",
			"Jail, prison or juvenile detention facility",
			"Long-term care facility or nursing home",
			"Psychiatric hospital or other psychiatric facility",
			"Substance abuse treatment facility or detox center",
			"Subtotal",
			"Temporary Situations",
			"Transitional housing for homeless persons (including homeless youth)",
			"Residential project or halfway house with no homeless criteria",
			"Hotel or motel paid for without emergency shelter voucher",
			"Host Home (non-crisis)",
			"Staying or living with family, temporary tenure (e.g., room, apartment, or house)",
			"Staying or living with friends, temporary tenure (e.g., room, apartment, or house)",
			"Moved from one HOPWA funded project to HOPWA TH",
			"Subtotal",
			"Permanent Situations",
			"Staying or living with family, permanent tenure",
			"Staying or living with friends, permanent tenure",
			"Moved from one HOPWA funded project to HOPWA PH",
			"Rental by client, no ongoing housing subsidy",
			"Rental by client, with ongoing housing subsidy",
			"Owned by client, with ongoing housing subsidy",
			"Owned by client, no ongoing housing subsidy",
			"Subtotal",
			"Other Situations",
			"No Exit Interview completed",
			"Other",
			"Deceased",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Subtotal",
			"Total",
			"Total persons exiting to positive housing destinations",
			"Total persons whose destinations excluded them from the calculation",
			"Percentage of persons exiting to positive housing destinations"
		],
		"gray": [],
		"rowCodes": [
			null,
			"116",
			"101",
			"118",
			"100-199",
			null,
			"215",
			"206",
			"207",
			"225",
			"204",
			"205",
			"200-299",
			null,
			"302",
			"329",
			"314",
			"332",
			"312",
			"313",
			"327",
			"300-399",
			null,
			"422",
			"423",
			"426",
			"410",
			"435",
			"421",
			"411",
			"400-499",
			null,
			"30",
			"17",
			"24",
			"8|9",
			"99|null",
			"1-99|null",
			"all leavers",
			"positive (Appendix A)",
			"excluded (Appendix A)",
			"row41/(row40-row42)"
		]
	},
	{
		"id": "Q23d",
		"title": "Exit Destination – Subsidy Type of Persons Exiting to Rental by Client With An Ongoing Subsidy",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"GPD TIP housing subsidy",
			"VASH housing subsidy",
			"RRH or equivalent subsidy",
			"HCV voucher (tenant or project based) (not dedicated)",
			"Public housing unit",
			"Rental by client, with other ongoing housing subsidy",
			"Housing Stability Voucher",
			"Family Unification Program Voucher (FUP)",
			"Foster Youth to Independence Initiative (FYI)",
			"Permanent Supportive Housing",
			"Other permanent housing dedicated for formerly homeless persons",
			"Total"
		],
		"gray": [],
		"rowCodes": [
			428,
			419,
			431,
			433,
			434,
			420,
			436,
			437,
			438,
			439,
			440,
			"sum"
		]
	},
	{
		"id": "Q23e",
		"title": "Exit Destination Type by Race and Ethnicity",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"American Indian, Alaska Native, or Indigenous",
			"Asian or Asian American",
			"Black, African American, or African",
			"Hispanic/Latina/e/o",
			"Middle Eastern or North African",
			"Native Hawaiian or Pacific Islander",
			"White",
			"At Least 1 Race and Hispanic/Latina/e/o",
			"Multi-racial (does not include Hispanic/Latina/e/o)",
			"Unknown (Doesn’t Know, Prefers not to Answer, Data not Collected)"
		],
		"rows": [
			"Homeless Situations",
			"Institutional Situations",
			"Temporary Situations",
			"Permanent Situations",
			"Other Situations",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q23e",
		"title": "Exit Destination Type by Race and Ethnicity",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"American Indian, Alaska Native, or Indigenous",
			"Asian or Asian American",
			"Black, African American, or African",
			"Hispanic/Latina/o",
			"Middle Eastern or North African",
			"Native Hawaiian or Pacific Islander",
			"White",
			"At Least 1 Race and Hispanic/Latina/o",
			"Multi-racial (does not include Hispanic/Latina/o)",
			"Unknown (Doesn’t Know, Prefers not to Answer, Data not Collected)"
		],
		"rows": [
			"Homeless Situations",
			"Institutional Situations",
			"Temporary Situations",
			"Permanent Situations",
			"Other Situations",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q24a",
		"title": "Homelessness Prevention Housing Assessment at Exit",
		"reports": [
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Able to maintain the housing they had at project start--Without a subsidy",
			"Able to maintain the housing they had at project start--With the subsidy they had at project start",
			"Able to maintain the housing they had at project start--With an on-going subsidy acquired since project start",
			"Able to maintain the housing they had at project start--Only with financial assistance other than a subsidy",
			"Moved to new housing unit--With on-going subsidy",
			"Moved to new housing unit--Without an on-going subsidy",
			"Moved in with family/friends on a temporary basis",
			"Moved in with family/friends on a permanent basis",
			"Moved to a transitional or temporary housing facility or program",
			"Client became homeless – moving to a shelter or other place unfit for human habitation",
			"Jail/prison",
			"Deceased",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data not collected (no exit interview completed)",
			"Total"
		],
		"gray": [],
		"rowCodes": [
			"1/1",
			"1/2",
			"1/3",
			"1/4",
			"2/11",
			"2/12",
			"3",
			"4",
			"5",
			"6",
			"7",
			"10",
			"8|9",
			"99|null|invalid",
			"all"
		]
	},
	{
		"id": "Q24b",
		"title": "Moving On Assistance Provided to Households in PSH",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Subsidized housing application assistance",
			"Financial assistance for Moving On (e.g., security deposit, moving expenses)",
			"Non-financial assistance for Moving On (e.g., housing navigation, transition support)",
			"Housing referral/placement",
			"Other (please specify)"
		],
		"gray": []
	},
	{
		"id": "Q24c",
		"title": "Sexual Orientation of Adults in PSH",
		"reports": [
			"APR"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Heterosexual",
			"Gay",
			"Lesbian",
			"Bisexual",
			"Questioning / unsure",
			"Other",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data not collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q24d",
		"title": "Language of Persons Requiring Translation Assistance",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024"
		],
		"a1": "Language Response (Top 20 Languages Selected)",
		"rowLabelColumn": true,
		"columns": [
			"Total Persons Requiring Translation Assistance"
		],
		"rows": [
			"<language code> (up to 20 rows)",
			"Different Preferred Language",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q24e",
		"title": "Sex",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Female",
			"Male",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data not collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q25a",
		"title": "Number of Veterans",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"Unknown Household Type"
		],
		"rows": [
			"Chronically Homeless Veteran",
			"Non-Chronically Homeless Veteran",
			"Not a Veteran",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q25b",
		"title": "Number of Veteran Households",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"Unknown Household Type"
		],
		"rows": [
			"Chronically Homeless Veteran",
			"Non-Chronically Homeless Veteran",
			"Not a Veteran",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q25c",
		"title": "Gender - Veterans",
		"reports": [
			"APR"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"Unknown Household Type"
		],
		"rows": [
			"Woman",
			"Man",
			"Culturally Specific Identity",
			"Transgender",
			"Non-Binary",
			"Questioning",
			"Different Identity",
			"Woman/Man",
			"Woman/Culturally Specific Identity",
			"Woman/Transgender",
			"Woman/Non-Binary",
			"Woman/Questioning",
			"Woman/Different Identity",
			"Man/Culturally Specific Identity",
			"Man/Transgender",
			"Man/Non-Binary",
			"Man/Questioning",
			"Man/Different Identity",
			"Culturally Specific Identity/Transgender",
			"Culturally Specific Identity/Non-Binary",
			"Culturally Specific Identity/Questioning",
			"Culturally Specific Identity/Different Identity",
			"Transgender/Non-Binary",
			"Transgender/Questioning",
			"Transgender/Different Identity",
			"Non-Binary/Questioning",
			"Non-Binary/Different Identity",
			"Questioning/Different Identity",
			"More than 2 Gender Identities Selected",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q25d",
		"title": "Age - Veterans",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"Unknown Household Type"
		],
		"rows": [
			"18-24",
			"25-34",
			"35-44",
			"45-54",
			"55-64",
			"65+",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q25i",
		"title": "Exit Destination - Veterans",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Homeless Situations",
			"Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)",
			"Emergency shelter, including hotel or motel paid for with emergency shelter voucher, Host Home shelter",
			"Safe Haven",
			"Subtotal",
			"Institutional Situations",
			"Foster care home or foster care group home",
			"Hospital or other residential non-psychiatric medical facility",
			"Jail, prison or juvenile detention facility",
			"Long-term care facility or nursing home",
			"Psychiatric hospital or other psychiatric facility",
			"Substance abuse treatment facility or detox center",
			"Subtotal",
			"Temporary Situations",
			"Transitional housing for homeless persons (including homeless youth)",
			"Residential project or halfway house with no homeless criteria",
			"Hotel or motel paid for without emergency shelter voucher",
			"Host Home (non-crisis)",
			"Staying or living with family, temporary tenure (e.g., room, apartment, or house)",
			"Staying or living with friends, temporary tenure (e.g., room, apartment, or house)",
			"Moved from one HOPWA funded project to HOPWA TH",
			"Subtotal",
			"Permanent Situations",
			"Staying or living with family, permanent tenure",
			"Staying or living with friends, permanent tenure",
			"Moved from one HOPWA funded project to HOPWA PH",
			"Rental by client, no ongoing housing subsidy",
			"Rental by client, with ongoing housing subsidy",
			"Owned by client, with ongoing housing subsidy",
			"Owned by client, no ongoing housing subsidy",
			"Subtotal",
			"Other Situations",
			"No Exit Interview completed",
			"Other",
			"Deceased",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Subtotal",
			"Total",
			"Total persons exiting to positive housing destinations",
			"Total persons whose destinations excluded them from the calculation",
			"Percentage of persons exiting to positive housing destinations"
		],
		"gray": [],
		"rowCodes": [
			null,
			"116",
			"101",
			"118",
			"100-199",
			null,
			"215",
			"206",
			"207",
			"225",
			"204",
			"205",
			"200-299",
			null,
			"302",
			"329",
			"314",
			"332",
			"312",
			"313",
			"327",
			"300-399",
			null,
			"422",
			"423",
			"426",
			"410",
			"435",
			"421",
			"411",
			"400-499",
			null,
			"30",
			"17",
			"24",
			"8|9",
			"99|null",
			"1-99|null",
			"all leavers",
			"positive (Appendix A)",
			"excluded (Appendix A)",
			"row41/(row40-row42)"
		]
	},
	{
		"id": "Q25j",
		"title": "Exit Destination – Subsidy Type of Persons Exiting to Rental by Client With An Ongoing Subsidy - Veteran",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"Unknown Household Type"
		],
		"rows": [
			"GPD TIP housing subsidy",
			"VASH housing subsidy",
			"RRH or equivalent subsidy",
			"HCV voucher (tenant or project based) (not dedicated)",
			"Public housing unit",
			"Rental by client, with other ongoing housing subsidy",
			"Housing Stability Voucher",
			"Family Unification Program Voucher (FUP)",
			"Foster Youth to Independence Initiative (FYI)",
			"Permanent Supportive Housing",
			"Other permanent housing dedicated for formerly homeless persons",
			"Total"
		],
		"gray": [],
		"rowCodes": [
			428,
			419,
			431,
			433,
			434,
			420,
			436,
			437,
			438,
			439,
			440,
			"sum"
		]
	},
	{
		"id": "Q26a",
		"title": "Chronic Homeless Status - Number of Households w/at least one or more CH person",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Chronically Homeless",
			"Not Chronically Homeless",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q26b",
		"title": "Number of Chronically Homeless Persons by Household",
		"reports": [
			"APR",
			"CAPER"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Chronically Homeless",
			"Not Chronically Homeless",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q26c",
		"title": "Gender of Chronically Homeless Persons",
		"reports": [
			"APR"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Woman",
			"Man",
			"Culturally Specific Identity",
			"Transgender",
			"Non-Binary",
			"Questioning",
			"Different Identity",
			"Woman/Man",
			"Woman/Culturally Specific Identity",
			"Woman/Transgender",
			"Woman/Non-Binary",
			"Woman/Questioning",
			"Woman/Different Identity",
			"Man/Culturally Specific Identity",
			"Man/Transgender",
			"Man/Non-Binary",
			"Man/Questioning",
			"Man/Different Identity",
			"Culturally Specific Identity/Transgender",
			"Culturally Specific Identity/Non-Binary",
			"Culturally Specific Identity/Questioning",
			"Culturally Specific Identity/Different Identity",
			"Transgender/Non-Binary",
			"Transgender/Questioning",
			"Transgender/Different Identity",
			"Non-Binary/Questioning",
			"Non-Binary/Different Identity",
			"Questioning/Different Identity",
			"More than 2 Gender Identities Selected",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q26d",
		"title": "Age of Chronically Homeless Persons",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"0 - 17",
			"18-24",
			"25-34",
			"35-44",
			"45-54",
			"55-64",
			"65+",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": [
			"C2",
			"E3",
			"E4",
			"E5",
			"E6",
			"E7",
			"E8",
			"E9",
			"E10"
		]
	},
	{
		"id": "Q26e",
		"title": "Physical and Mental Health Conditions - Chronically Homeless Persons",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Conditions At Start",
			"Conditions at Latest Assessment for Stayers",
			"Conditions at Exit for Leavers"
		],
		"rows": [
			"Mental Health Disorder",
			"Alcohol Use Disorder",
			"Drug Use Disorder",
			"Both Alcohol and Drug Use Disorders",
			"Chronic Health Condition",
			"HIV/AIDS",
			"Developmental Disability",
			"Physical Disability"
		],
		"gray": []
	},
	{
		"id": "Q27a",
		"title": "Age of Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"12-17",
			"18-24",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": [
			"B4",
			"B5",
			"C2",
			"C4",
			"C5",
			"D4",
			"D5",
			"E3",
			"E4",
			"E5",
			"F3",
			"F4",
			"F5",
			"F6"
		]
	},
	{
		"id": "Q27b",
		"title": "Parenting Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total parenting youth",
			"Total children of parenting youth",
			"Total persons",
			"Total Households"
		],
		"rows": [
			"Parent youth < 18",
			"Parent youth 18 to 24"
		],
		"gray": []
	},
	{
		"id": "Q27c",
		"title": "Gender - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Woman",
			"Man",
			"Culturally Specific Identity",
			"Transgender",
			"Non-Binary",
			"Questioning",
			"Different Identity",
			"Woman/Man",
			"Woman/Culturally Specific Identity",
			"Woman/Transgender",
			"Woman/Non-Binary",
			"Woman/Questioning",
			"Woman/Different Identity",
			"Man/Culturally Specific Identity",
			"Man/Transgender",
			"Man/Non-Binary",
			"Man/Questioning",
			"Man/Different Identity",
			"Culturally Specific Identity/Transgender",
			"Culturally Specific Identity/Non-Binary",
			"Culturally Specific Identity/Questioning",
			"Culturally Specific Identity/Different Identity",
			"Transgender/Non-Binary",
			"Transgender/Questioning",
			"Transgender/Different Identity",
			"Non-Binary/Questioning",
			"Non-Binary/Different Identity",
			"Questioning/Different Identity",
			"More than 2 Gender Identities Selected",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q27d",
		"title": "Living Situation - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Homeless Situations",
			"Place not meant for habitation",
			"Emergency shelter, including hotel or motel paid for with emergency shelter voucher, Host Home shelter",
			"Safe Haven",
			"Subtotal",
			"Institutional Settings",
			"Foster care home or foster care group home",
			"Hospital or other residential non-psychiatric medical facility",
			"Jail, prison or juvenile detention facility",
			"Long-term care facility or nursing home",
			"Psychiatric hospital or other psychiatric facility",
			"Substance abuse treatment facility or detox center",
			"Subtotal",
			"Temporary Situations",
			"Transitional housing for homeless persons (including homeless youth)",
			"Residential project or halfway house with no homeless criteria",
			"Hotel or motel paid for without emergency shelter voucher",
			"Host Home (non-crisis)",
			"Staying or living in a friend’s room, apartment or house",
			"Staying or living in a family member’s room, apartment or house",
			"Subtotal",
			"Permanent Situations",
			"Rental by client, no ongoing housing subsidy",
			"Rental by client, with ongoing housing subsidy",
			"Owned by client, with ongoing housing subsidy",
			"Owned by client, no ongoing housing subsidy",
			"Subtotal",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Subtotal",
			"Total"
		],
		"gray": [],
		"rowCodes": [
			null,
			"116",
			"101",
			"118",
			"101|116|118",
			null,
			"215",
			"206",
			"207",
			"225",
			"204",
			"205",
			"215|206|207|225|204|205",
			null,
			"302",
			"329",
			"314",
			"332",
			"336",
			"335",
			"302|329|314|332|336|335",
			null,
			"410",
			"435",
			"421",
			"411",
			"410|435|421|411",
			"8|9",
			"99|null",
			"8|9|99|null",
			"all"
		]
	},
	{
		"id": "Q27e",
		"title": "Length of Participation - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Leavers",
			"Stayers"
		],
		"rows": [
			"30 days or less",
			"31 to 60 days",
			"61 to 90 days",
			"91 to 180 days",
			"181 to 365 days",
			"366 to 730 days (1-2 Yrs)",
			"731 to 1,095 days (2-3 Yrs)",
			"1,096 to 1,460 days (3-4 Yrs)",
			"1,461 to 1,825 days (4-5 Yrs)",
			"More than 1,825 days (> 5 Yrs)",
			"Total"
		],
		"gray": []
	},
	{
		"id": "Q27f1",
		"title": "Exit Destination - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"Homeless Situations",
			"Place not meant for habitation (e.g., a vehicle, an abandoned building, bus/train/subway station/airport or anywhere outside)",
			"Emergency shelter, including hotel or motel paid for with emergency shelter voucher, Host Home shelter",
			"Safe Haven",
			"Subtotal",
			"Institutional Situations",
			"Foster care home or foster care group home",
			"Hospital or other residential non-psychiatric medical facility",
			"Jail, prison or juvenile detention facility",
			"Long-term care facility or nursing home",
			"Psychiatric hospital or other psychiatric facility",
			"Substance abuse treatment facility or detox center",
			"Subtotal",
			"Temporary Situations",
			"Transitional housing for homeless persons (including homeless youth)",
			"Residential project or halfway house with no homeless criteria",
			"Hotel or motel paid for without emergency shelter voucher",
			"Host Home (non-crisis)",
			"Staying or living with family, temporary tenure (e.g., room, apartment, or house)",
			"Staying or living with friends, temporary tenure (e.g., room, apartment, or house)",
			"Moved from one HOPWA funded project to HOPWA TH",
			"Subtotal",
			"Permanent Situations",
			"Staying or living with family, permanent tenure",
			"Staying or living with friends, permanent tenure",
			"Moved from one HOPWA funded project to HOPWA PH",
			"Rental by client, no ongoing housing subsidy",
			"Rental by client, with ongoing housing subsidy",
			"Owned by client, with ongoing housing subsidy",
			"Owned by client, no ongoing housing subsidy",
			"Subtotal",
			"Other Situations",
			"No Exit Interview completed",
			"Other",
			"Deceased",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data Not Collected",
			"Subtotal",
			"Total",
			"Total persons exiting to positive housing destinations",
			"Total persons whose destinations excluded them from the calculation",
			"Percentage of persons exiting to positive housing destinations"
		],
		"gray": [],
		"rowCodes": [
			null,
			"116",
			"101",
			"118",
			"100-199",
			null,
			"215",
			"206",
			"207",
			"225",
			"204",
			"205",
			"200-299",
			null,
			"302",
			"329",
			"314",
			"332",
			"312",
			"313",
			"327",
			"300-399",
			null,
			"422",
			"423",
			"426",
			"410",
			"435",
			"421",
			"411",
			"400-499",
			null,
			"30",
			"17",
			"24",
			"8|9",
			"99|null",
			"1-99|null",
			"all leavers",
			"positive (Appendix A)",
			"excluded (Appendix A)",
			"row41/(row40-row42)"
		]
	},
	{
		"id": "Q27f2",
		"title": "Exit Destination – Subsidy Type of Persons Exiting to Rental by Client With An Ongoing Subsidy - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"GPD TIP housing subsidy",
			"VASH housing subsidy",
			"RRH or equivalent subsidy",
			"HCV voucher (tenant or project based) (not dedicated)",
			"Public housing unit",
			"Rental by client, with other ongoing housing subsidy",
			"Housing Stability Voucher",
			"Family Unification Program Voucher (FUP)",
			"Foster Youth to Independence Initiative (FYI)",
			"Permanent Supportive Housing",
			"Other permanent housing dedicated for formerly homeless persons",
			"Total"
		],
		"gray": [],
		"rowCodes": [
			428,
			419,
			431,
			433,
			434,
			420,
			436,
			437,
			438,
			439,
			440,
			"sum"
		]
	},
	{
		"id": "Q27g",
		"title": "Cash Income - Sources - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Income at Start",
			"Income at Latest Annual Assessment for Stayers",
			"Income at Exit for Leavers"
		],
		"rows": [
			"Earned Income",
			"Unemployment Insurance",
			"Supplemental Security Income (SSI)",
			"Social Security Disability Insurance (SSDI)",
			"VA Service – Connected Disability Compensation",
			"VA Non-Service Connected Disability Pension",
			"Private Disability Insurance",
			"Worker’s Compensation",
			"Temporary Assistance for Needy Families (TANF)",
			"General Assistance (GA)",
			"Retirement Income from Social Security",
			"Pension or retirement income from a former job",
			"Child Support",
			"Alimony and other spousal support",
			"Other Source",
			"Youth with Income Information at Start and Annual Assessment/Exit"
		],
		"gray": [
			"B17"
		]
	},
	{
		"id": "Q27h",
		"title": "Client Cash Income Category - Earned/Other Income Category - by Start and Annual Assessment/Exit Status - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Number of Youth at Start",
			"Number of Youth at Annual Assessment (Stayers)",
			"Number of Youth at Exit (Leavers)"
		],
		"rows": [
			"Youth with Only Earned Income (i.e., Employment Income)",
			"Youth with Only Other Income",
			"Youth with Both Earned and Other Income",
			"Youth with No Income",
			"Youth with Client Doesn’t Know/Prefers Not to Answer",
			"Youth with Missing Income Information",
			"Number of youth stayers not yet required to have an annual assessment",
			"Number of youth stayers without required annual assessment",
			"Total Youth",
			"1 or more source of income",
			"Youth with Income Information at Start and Annual Assessment/Exit"
		],
		"gray": [
			"B8",
			"B9",
			"B12",
			"D8",
			"D9"
		]
	},
	{
		"id": "Q27i",
		"title": "Disabling Conditions and Income for Youth at Exit",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"AO: Youth with Disabling Condition",
			"AO: Youth without Disabling Condition",
			"AO: Total Youths",
			"AO: % with Disabling Condition by Source",
			"AC: Youth with Disabling Condition",
			"AC: Youth without Disabling Condition",
			"AC: Total Youths",
			"AC: % with Disabling Condition by Source",
			"CO: Youth with Disabling Condition",
			"CO: Youth without Disabling Condition",
			"CO: Total Youths",
			"CO: % with Disabling Condition by Source",
			"UK: Youth with Disabling Condition",
			"UK: Youth without Disabling Condition",
			"UK: Total Youths",
			"UK: % with Disabling Condition by Source"
		],
		"rows": [
			"Earned Income",
			"Unemployment Insurance",
			"Supplemental Security Income (SSI)",
			"Social Security Disability Insurance (SSDI)",
			"VA Service – Connected Disability Compensation",
			"VA Non-Service Connected Disability Pension",
			"Private Disability Insurance",
			"Worker’s Compensation",
			"Temporary Assistance for Needy Families (TANF)",
			"General Assistance (GA)",
			"Retirement Income from Social Security",
			"Pension or retirement income from a former job",
			"Child Support",
			"Alimony and other spousal support",
			"Other Source",
			"No Sources",
			"Unduplicated Total Youth"
		],
		"gray": [
			"E18",
			"I18",
			"M18",
			"Q18"
		]
	},
	{
		"id": "Q27j",
		"title": "Average and Median Length of Participation in Days - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Leavers",
			"Stayers"
		],
		"rows": [
			"Average Length",
			"Median Length"
		],
		"gray": []
	},
	{
		"id": "Q27k",
		"title": "Length of Time between Project Start Date and Housing Move-in Date - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"7 days or less",
			"8 to 14 days",
			"15 to 21 days",
			"22 to 30 days",
			"31 to 60 days",
			"61 to 90 days",
			"91 to 180 days",
			"181 to 365 days",
			"366 to 730 days (1-2 Yrs)",
			"Total (persons moved into housing)",
			"Average length of time to housing",
			"Persons who were exited without move-in",
			"Total persons"
		],
		"gray": []
	},
	{
		"id": "Q27l",
		"title": "Length of Time Prior to Housing - based on 3.917 Date Homelessness Started - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"Total",
			"Without Children",
			"With Children and Adults",
			"With Only Children",
			"Unknown Household Type"
		],
		"rows": [
			"7 days or less",
			"8 to 14 days",
			"15 to 21 days",
			"22 to 30 days",
			"31 to 60 days",
			"61 to 90 days",
			"91 to 180 days",
			"181 to 365 days",
			"366 to 730 days (1-2 Yrs)",
			"731 days or more",
			"Total (persons moved into housing)",
			"Not yet moved into housing",
			"Data not collected",
			"Total persons"
		],
		"gray": []
	},
	{
		"id": "Q27m",
		"title": "Education Status - Youth",
		"reports": [
			"APR"
		],
		"versions": [
			"2024",
			"2026"
		],
		"a1": "",
		"rowLabelColumn": true,
		"columns": [
			"At Project Start",
			"At Project Exit"
		],
		"rows": [
			"Not currently enrolled in any school or educational course",
			"Currently enrolled but NOT attending regularly (when school or the course is in session)",
			"Currently enrolled and attending regularly (when school or the course is in session)",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data not collected",
			"For those not enrolled – most recent education status",
			"K12: Graduated from high school",
			"K12: Obtained GED",
			"K12: Dropped out",
			"K12: Suspended",
			"K12: Expelled",
			"Higher education: Pursuing a credential but not currently attending",
			"Higher education: Dropped out",
			"Higher education: Obtained a credential/degree",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data not collected",
			"For those currently enrolled – current status",
			"Pursuing a high school diploma or GED",
			"Pursuing Associate’s Degree",
			"Pursuing Bachelor’s Degree",
			"Pursuing Graduate Degree",
			"Pursuing other post-secondary credential",
			"Client Doesn’t Know/Prefers Not to Answer",
			"Data not collected",
			"Total persons"
		],
		"gray": [
			"B7",
			"C7",
			"B18",
			"C18"
		]
	}
];

export default data;
