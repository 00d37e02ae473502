package sanctions

import (
	"slices"
	"strings"
)

// Regime is a sanctions regime as a standing relation: who imposes it on
// whom, from when to when, under what programme and legal basis. By and
// Target are actor codes as the coder writes them: ISO 3166-1 alpha-3 for
// states, IGOUNO for the UN Security Council, IGOEUREEC for the EU. A
// regime aimed at conduct rather than at a state (terrorism, narcotics,
// proliferation, cyber crime) has no Target.
type Regime struct {
	ID        string `json:"id"`
	By        string `json:"by"`
	Target    string `json:"target,omitempty"`
	Since     string `json:"since"`
	Until     string `json:"until,omitempty"`
	Programme string `json:"programme"`
	Source    string `json:"source"`
	// Kind is "targeted" (listed persons and bodies), "sectoral",
	// "embargo" (trade as a whole), "secondary" (exposure of third
	// parties that deal with the target) or "arms embargo".
	Kind string `json:"kind"`
}

// Actor codes of the sanctioning authorities.
const (
	byUN = "IGOUNO"
	byUS = "USA"
	byEU = "IGOEUREEC"
	byUK = "GBR"
)

// regimes is the built-in base, written for entente from the public
// record (the resolutions, executive orders, acts and Council decisions
// named in Source). Dates are those of the instrument that began the
// regime; Until is set only where the regime has ended.
var regimes = []Regime{
	// UN Security Council
	{ID: "un-1718-dprk", By: byUN, Target: "PRK", Since: "2006-10-14", Programme: "UN sanctions on the DPRK (1718 Committee)", Source: "UNSCR 1718 (2006)", Kind: "targeted"},
	{ID: "un-1737-iran", By: byUN, Target: "IRN", Since: "2006-12-23", Until: "2016-01-16", Programme: "UN sanctions on Iran's nuclear programme (1737 Committee)", Source: "UNSCR 1737 (2006); ended on Implementation Day of UNSCR 2231 (2015)", Kind: "targeted"},
	{ID: "un-iran-snapback", By: byUN, Target: "IRN", Since: "2025-09-28", Programme: "UN sanctions on Iran restored by the snapback of UNSCR 2231", Source: "UNSCR 2231 (2015), paragraphs 11-12", Kind: "targeted"},
	{ID: "un-1267-isil-al-qaida", By: byUN, Since: "1999-10-15", Programme: "ISIL (Da'esh) and Al-Qaida sanctions (1267/1989/2253 Committee)", Source: "UNSCR 1267 (1999), 1989 (2011), 2253 (2015)", Kind: "targeted"},
	{ID: "un-1988-taliban", By: byUN, Target: "AFG", Since: "2011-06-17", Programme: "Taliban sanctions (1988 Committee)", Source: "UNSCR 1988 (2011)", Kind: "targeted"},
	{ID: "un-1518-iraq", By: byUN, Target: "IRQ", Since: "2003-11-24", Programme: "Iraq sanctions (1518 Committee)", Source: "UNSCR 1518 (2003)", Kind: "targeted"},
	{ID: "un-1970-libya", By: byUN, Target: "LBY", Since: "2011-02-26", Programme: "Libya sanctions (1970 Committee)", Source: "UNSCR 1970 (2011)", Kind: "targeted"},
	{ID: "un-751-somalia", By: byUN, Target: "SOM", Since: "1992-01-23", Programme: "Somalia and Al-Shabaab sanctions (751 Committee)", Source: "UNSCR 733 (1992), 751 (1992)", Kind: "arms embargo"},
	{ID: "un-1591-sudan", By: byUN, Target: "SDN", Since: "2005-03-29", Programme: "Sudan sanctions (1591 Committee)", Source: "UNSCR 1591 (2005)", Kind: "targeted"},
	{ID: "un-2206-south-sudan", By: byUN, Target: "SSD", Since: "2015-03-03", Programme: "South Sudan sanctions (2206 Committee)", Source: "UNSCR 2206 (2015)", Kind: "targeted"},
	{ID: "un-2127-car", By: byUN, Target: "CAF", Since: "2013-12-05", Programme: "Central African Republic sanctions (2127 Committee)", Source: "UNSCR 2127 (2013)", Kind: "arms embargo"},
	{ID: "un-1533-drc", By: byUN, Target: "COD", Since: "2004-03-12", Programme: "Democratic Republic of the Congo sanctions (1533 Committee)", Source: "UNSCR 1493 (2003), 1533 (2004)", Kind: "targeted"},
	{ID: "un-2140-yemen", By: byUN, Target: "YEM", Since: "2014-02-26", Programme: "Yemen sanctions (2140 Committee)", Source: "UNSCR 2140 (2014)", Kind: "targeted"},
	{ID: "un-2048-guinea-bissau", By: byUN, Target: "GNB", Since: "2012-05-18", Programme: "Guinea-Bissau sanctions (2048 Committee)", Source: "UNSCR 2048 (2012)", Kind: "targeted"},
	{ID: "un-2653-haiti", By: byUN, Target: "HTI", Since: "2022-10-21", Programme: "Haiti sanctions (2653 Committee)", Source: "UNSCR 2653 (2022)", Kind: "targeted"},
	{ID: "un-2374-mali", By: byUN, Target: "MLI", Since: "2017-09-05", Until: "2023-08-31", Programme: "Mali sanctions (2374 Committee)", Source: "UNSCR 2374 (2017)", Kind: "targeted"},
	{ID: "un-1636-lebanon", By: byUN, Target: "LBN", Since: "2005-10-31", Programme: "Measures on persons suspected in the Hariri assassination", Source: "UNSCR 1636 (2005)", Kind: "targeted"},

	// United States
	{ID: "us-cuba", By: byUS, Target: "CUB", Since: "1962-02-07", Programme: "Cuba embargo (Cuban Assets Control Regulations)", Source: "Proclamation 3447 (1962); CACR, 31 CFR 515 (1963)", Kind: "embargo"},
	{ID: "us-iran", By: byUS, Target: "IRN", Since: "1995-03-15", Programme: "Iran sanctions (Iranian Transactions and Sanctions Regulations)", Source: "EO 12957 (1995), EO 12959, EO 13059; ITSR, 31 CFR 560", Kind: "embargo"},
	{ID: "us-syria", By: byUS, Target: "SYR", Since: "2004-05-11", Until: "2025-07-01", Programme: "Syria sanctions", Source: "EO 13338 (2004) under the Syria Accountability Act (2003); revoked by the executive order of 2025-06-30", Kind: "embargo"},
	{ID: "us-syria-caesar", By: byUS, Target: "SYR", Since: "2020-06-17", Programme: "Caesar Syria Civilian Protection Act", Source: "Caesar Act, Public Law 116-92 (2019), in force 2020-06-17", Kind: "secondary"},
	{ID: "us-dprk", By: byUS, Target: "PRK", Since: "2008-06-26", Programme: "North Korea sanctions (North Korea Sanctions Regulations)", Source: "EO 13466 (2008), EO 13551, 13570, 13687, 13722, 13810; NKSPEA (2016)", Kind: "embargo"},
	{ID: "us-russia-2014", By: byUS, Target: "RUS", Since: "2014-03-06", Programme: "Ukraine-/Russia-related sanctions", Source: "EO 13660, 13661, 13662 (March 2014), 13685 (December 2014)", Kind: "sectoral"},
	{ID: "us-russia-2021", By: byUS, Target: "RUS", Since: "2021-04-15", Programme: "Russian harmful foreign activities sanctions", Source: "EO 14024 (2021)", Kind: "targeted"},
	{ID: "us-russia-2022", By: byUS, Target: "RUS", Since: "2022-02-24", Programme: "Sanctions on Russia for its invasion of Ukraine", Source: "EO 14024 designations of 2022-02-24; EO 14066, 14068, 14071 (2022)", Kind: "sectoral"},
	{ID: "us-caatsa-russia", By: byUS, Target: "RUS", Since: "2017-08-02", Programme: "CAATSA: sanctions on Russia and on those who deal with its defence and intelligence sectors", Source: "Countering America's Adversaries Through Sanctions Act, Public Law 115-44 (2017), title II; section 231 for significant arms purchases", Kind: "secondary"},
	{ID: "us-caatsa-iran", By: byUS, Target: "IRN", Since: "2017-08-02", Programme: "CAATSA: sanctions on Iran", Source: "Countering America's Adversaries Through Sanctions Act, Public Law 115-44 (2017), title I", Kind: "secondary"},
	{ID: "us-caatsa-dprk", By: byUS, Target: "PRK", Since: "2017-08-02", Programme: "CAATSA: sanctions on North Korea", Source: "Countering America's Adversaries Through Sanctions Act, Public Law 115-44 (2017), title III", Kind: "secondary"},
	{ID: "us-belarus", By: byUS, Target: "BLR", Since: "2006-06-16", Programme: "Belarus sanctions", Source: "EO 13405 (2006); EO 14038 (2021)", Kind: "targeted"},
	{ID: "us-venezuela", By: byUS, Target: "VEN", Since: "2015-03-08", Programme: "Venezuela-related sanctions", Source: "EO 13692 (2015), 13850 (2018), 13884 (2019)", Kind: "targeted"},
	{ID: "us-burma", By: byUS, Target: "MMR", Since: "2021-02-10", Programme: "Burma-related sanctions", Source: "EO 14014 (2021)", Kind: "targeted"},
	{ID: "us-nicaragua", By: byUS, Target: "NIC", Since: "2018-11-27", Programme: "Nicaragua-related sanctions", Source: "EO 13851 (2018); Nicaragua Human Rights and Anticorruption Act (2018)", Kind: "targeted"},
	{ID: "us-zimbabwe", By: byUS, Target: "ZWE", Since: "2003-03-06", Until: "2024-03-04", Programme: "Zimbabwe sanctions", Source: "EO 13288 (2003); ended by EO 14118 (2024)", Kind: "targeted"},
	{ID: "us-burundi", By: byUS, Target: "BDI", Since: "2015-11-22", Until: "2021-11-18", Programme: "Burundi sanctions", Source: "EO 13712 (2015); ended by EO 14054 (2021)", Kind: "targeted"},
	{ID: "us-balkans", By: byUS, Since: "2001-06-26", Programme: "Western Balkans stabilization sanctions", Source: "EO 13219 (2001)", Kind: "targeted"},
	{ID: "us-iraq", By: byUS, Target: "IRQ", Since: "2003-08-28", Programme: "Iraq-related sanctions", Source: "EO 13315 (2003), EO 13438 (2007)", Kind: "targeted"},
	{ID: "us-libya", By: byUS, Target: "LBY", Since: "2011-02-25", Programme: "Libya sanctions", Source: "EO 13566 (2011), EO 13726 (2016)", Kind: "targeted"},
	{ID: "us-somalia", By: byUS, Target: "SOM", Since: "2010-04-12", Programme: "Somalia sanctions", Source: "EO 13536 (2010)", Kind: "targeted"},
	{ID: "us-sudan", By: byUS, Target: "SDN", Since: "2006-04-26", Programme: "Darfur and Sudan sanctions", Source: "EO 13400 (2006); EO 14098 (2023)", Kind: "targeted"},
	{ID: "us-south-sudan", By: byUS, Target: "SSD", Since: "2014-04-03", Programme: "South Sudan sanctions", Source: "EO 13664 (2014)", Kind: "targeted"},
	{ID: "us-car", By: byUS, Target: "CAF", Since: "2014-05-12", Programme: "Central African Republic sanctions", Source: "EO 13667 (2014)", Kind: "targeted"},
	{ID: "us-drc", By: byUS, Target: "COD", Since: "2006-10-27", Programme: "Democratic Republic of the Congo sanctions", Source: "EO 13413 (2006)", Kind: "targeted"},
	{ID: "us-yemen", By: byUS, Target: "YEM", Since: "2012-05-16", Programme: "Yemen sanctions", Source: "EO 13611 (2012)", Kind: "targeted"},
	{ID: "us-lebanon", By: byUS, Target: "LBN", Since: "2007-08-01", Programme: "Lebanon sanctions", Source: "EO 13441 (2007)", Kind: "targeted"},
	{ID: "us-mali", By: byUS, Target: "MLI", Since: "2019-07-26", Programme: "Mali sanctions", Source: "EO 13882 (2019)", Kind: "targeted"},
	{ID: "us-hong-kong", By: byUS, Target: "CHN", Since: "2020-07-14", Programme: "Hong Kong normalization sanctions", Source: "EO 13936 (2020); Hong Kong Autonomy Act (2020)", Kind: "targeted"},
	{ID: "us-china-military", By: byUS, Target: "CHN", Since: "2020-11-12", Programme: "Chinese military companies (investment ban)", Source: "EO 13959 (2020), amended by EO 14032 (2021)", Kind: "sectoral"},
	{ID: "us-magnitsky", By: byUS, Target: "RUS", Since: "2012-12-14", Programme: "Sergei Magnitsky Rule of Law Accountability Act", Source: "Public Law 112-208 (2012), title IV", Kind: "targeted"},
	{ID: "us-terrorism", By: byUS, Since: "2001-09-23", Programme: "Global terrorism sanctions (SDGT)", Source: "EO 13224 (2001)", Kind: "targeted"},
	{ID: "us-fto", By: byUS, Since: "1996-04-24", Programme: "Foreign terrorist organizations", Source: "Immigration and Nationality Act section 219, added by the Antiterrorism and Effective Death Penalty Act (1996)", Kind: "targeted"},
	{ID: "us-narcotics", By: byUS, Since: "1995-10-21", Programme: "Narcotics trafficking sanctions", Source: "EO 12978 (1995); Foreign Narcotics Kingpin Designation Act (1999); EO 14059 (2021)", Kind: "targeted"},
	{ID: "us-nonproliferation", By: byUS, Since: "2005-06-28", Programme: "Weapons of mass destruction proliferators", Source: "EO 13382 (2005)", Kind: "targeted"},
	{ID: "us-global-magnitsky", By: byUS, Since: "2017-12-20", Programme: "Global Magnitsky human rights and corruption sanctions", Source: "EO 13818 (2017) under the Global Magnitsky Act (2016)", Kind: "targeted"},
	{ID: "us-cyber", By: byUS, Since: "2015-04-01", Programme: "Malicious cyber-enabled activities", Source: "EO 13694 (2015), amended by EO 13757 (2016)", Kind: "targeted"},
	{ID: "us-election", By: byUS, Since: "2018-09-12", Programme: "Foreign interference in US elections", Source: "EO 13848 (2018)", Kind: "targeted"},
	{ID: "us-inksna", By: byUS, Since: "2000-03-14", Programme: "Iran, North Korea, and Syria Nonproliferation Act sanctions on those who supply them", Source: "Iran Nonproliferation Act of 2000 (Public Law 106-178), extended to Syria (2005) and North Korea (2006)", Kind: "secondary"},
	{ID: "us-cbw", By: byUS, Since: "1991-12-04", Programme: "Chemical and biological weapons proliferation sanctions", Source: "Chemical and Biological Weapons Control and Warfare Elimination Act of 1991 (Public Law 102-182, title III)", Kind: "targeted"},
	{ID: "us-tco", By: byUS, Since: "2011-07-24", Programme: "Transnational criminal organizations", Source: "EO 13581 (2011)", Kind: "targeted"},

	// European Union
	{ID: "eu-russia-2014", By: byEU, Target: "RUS", Since: "2014-03-17", Programme: "EU restrictive measures over actions against Ukraine's territorial integrity", Source: "Council Decision 2014/145/CFSP; Regulation (EU) 269/2014; sectoral measures Decision 2014/512/CFSP", Kind: "sectoral"},
	{ID: "eu-russia-2022", By: byEU, Target: "RUS", Since: "2022-02-23", Programme: "EU sanctions over Russia's war against Ukraine", Source: "Council Decisions (CFSP) of 2022-02-23 and the packages that followed", Kind: "sectoral"},
	{ID: "eu-dprk", By: byEU, Target: "PRK", Since: "2006-11-20", Programme: "EU restrictive measures against the DPRK", Source: "Common Position 2006/795/CFSP", Kind: "targeted"},
	{ID: "eu-iran", By: byEU, Target: "IRN", Since: "2007-02-27", Programme: "EU restrictive measures against Iran (nuclear proliferation)", Source: "Common Position 2007/140/CFSP", Kind: "targeted"},
	{ID: "eu-syria", By: byEU, Target: "SYR", Since: "2011-05-09", Programme: "EU restrictive measures against Syria", Source: "Council Decision 2011/273/CFSP", Kind: "targeted"},
	{ID: "eu-belarus", By: byEU, Target: "BLR", Since: "2006-05-18", Programme: "EU restrictive measures against Belarus", Source: "Council Regulation (EC) 765/2006", Kind: "targeted"},
	{ID: "eu-venezuela", By: byEU, Target: "VEN", Since: "2017-11-13", Programme: "EU restrictive measures against Venezuela", Source: "Council Decision (CFSP) 2017/2074", Kind: "targeted"},
	{ID: "eu-myanmar", By: byEU, Target: "MMR", Since: "1996-10-28", Programme: "EU restrictive measures against Myanmar/Burma", Source: "Common Position 96/635/CFSP", Kind: "targeted"},

	// United Kingdom (an EU member until 2020: its Russia measures of
	// 2014 were the EU's, carried into UK law from 2020-12-31)
	{ID: "uk-russia-2014", By: byUK, Target: "RUS", Since: "2014-03-17", Programme: "UK sanctions relating to Russia (from 2014 as EU measures)", Source: "EU Regulation 269/2014; The Russia (Sanctions) (EU Exit) Regulations 2019", Kind: "sectoral"},
	{ID: "uk-russia-2022", By: byUK, Target: "RUS", Since: "2022-02-22", Programme: "UK sanctions over Russia's invasion of Ukraine", Source: "The Russia (Sanctions) (EU Exit) Regulations 2019 as amended in 2022", Kind: "sectoral"},
}

// ProgrammeTag ties a list's programme tag to the regime it belongs to.
type ProgrammeTag struct {
	// Authority is "OFAC" (the tags of the OFAC lists and of the
	// trade.gov lists that reuse them), "STATE" (the State Department's
	// nonproliferation sanctions) or "UN" (the UN list types and
	// reference-number prefixes).
	Authority string `json:"authority"`
	Tag       string `json:"tag"`
	Regime    string `json:"regime"`
	// Since is when the tag's own instrument began, when later than the
	// regime; Basis names it.
	Since string `json:"since,omitempty"`
	Basis string `json:"basis,omitempty"`
}

// tag is shorthand for the table below.
func tag(auth, t, regime, since, basis string) ProgrammeTag {
	return ProgrammeTag{Authority: auth, Tag: t, Regime: regime, Since: since, Basis: basis}
}

var programmeTags = []ProgrammeTag{
	tag("UN", "DPRK", "un-1718-dprk", "", ""),
	tag("UN", "KP", "un-1718-dprk", "", ""),
	tag("UN", "Iran", "un-iran-snapback", "", ""),
	tag("UN", "IR", "un-iran-snapback", "", ""),
	tag("UN", "Al-Qaida", "un-1267-isil-al-qaida", "", ""),
	tag("UN", "QD", "un-1267-isil-al-qaida", "", ""),
	tag("UN", "Taliban", "un-1988-taliban", "", ""),
	tag("UN", "TA", "un-1988-taliban", "", ""),
	tag("UN", "Iraq", "un-1518-iraq", "", ""),
	tag("UN", "IQ", "un-1518-iraq", "", ""),
	tag("UN", "Libya", "un-1970-libya", "", ""),
	tag("UN", "LY", "un-1970-libya", "", ""),
	tag("UN", "Somalia", "un-751-somalia", "", ""),
	tag("UN", "SO", "un-751-somalia", "", ""),
	tag("UN", "Sudan", "un-1591-sudan", "", ""),
	tag("UN", "SD", "un-1591-sudan", "", ""),
	tag("UN", "SouthSudan", "un-2206-south-sudan", "", ""),
	tag("UN", "SS", "un-2206-south-sudan", "", ""),
	tag("UN", "CAR", "un-2127-car", "", ""),
	tag("UN", "CF", "un-2127-car", "", ""),
	tag("UN", "DRC", "un-1533-drc", "", ""),
	tag("UN", "CD", "un-1533-drc", "", ""),
	tag("UN", "Yemen", "un-2140-yemen", "", ""),
	tag("UN", "YE", "un-2140-yemen", "", ""),
	tag("UN", "GB", "un-2048-guinea-bissau", "", ""),
	tag("UN", "Haiti", "un-2653-haiti", "", ""),
	tag("UN", "HT", "un-2653-haiti", "", ""),
	tag("UN", "Mali", "un-2374-mali", "", ""),
	tag("UN", "ML", "un-2374-mali", "", ""),

	tag("OFAC", "CUBA", "us-cuba", "", ""),
	tag("OFAC", "IRAN", "us-iran", "", ""),
	tag("OFAC", "IRAN-TRA", "us-iran", "2012-10-09", "EO 13628 (2012)"),
	tag("OFAC", "IRAN-HR", "us-iran", "2010-09-28", "EO 13553 (2010)"),
	tag("OFAC", "IRAN-EO13846", "us-iran", "2018-08-06", "EO 13846 (2018)"),
	tag("OFAC", "IRAN-EO13871", "us-iran", "2019-05-08", "EO 13871 (2019)"),
	tag("OFAC", "IRAN-EO13876", "us-iran", "2019-06-24", "EO 13876 (2019)"),
	tag("OFAC", "IRAN-EO13902", "us-iran", "2020-01-10", "EO 13902 (2020)"),
	tag("OFAC", "IRAN-CON-ARMS-EO", "us-iran", "2020-09-21", "EO 13949 (2020), conventional arms"),
	tag("OFAC", "IFSR", "us-iran", "2010-07-01", "Iranian Financial Sanctions Regulations under CISADA (2010)"),
	tag("OFAC", "561-RELATED", "us-iran", "2010-07-01", "31 CFR 561 (CISADA, 2010)"),
	tag("OFAC", "IRGC", "us-iran", "", "IRGC-related designations, 31 CFR 561"),
	tag("OFAC", "IFCA", "us-iran", "2013-01-02", "Iran Freedom and Counter-Proliferation Act (2012)"),
	tag("OFAC", "ISA", "us-iran", "1996-08-05", "Iran Sanctions Act (1996)"),
	tag("OFAC", "HRIT-IR", "us-iran", "2012-04-22", "EO 13606 (2012)"),
	tag("OFAC", "CAATSA - IRAN", "us-caatsa-iran", "", ""),
	tag("OFAC", "SYRIA", "us-syria", "", ""),
	tag("OFAC", "SYRIA-EO13894", "us-syria", "2019-10-14", "EO 13894 (2019)"),
	tag("OFAC", "HRIT-SY", "us-syria", "2012-04-22", "EO 13606 (2012)"),
	tag("OFAC", "FSE-SY", "us-syria", "2012-05-01", "EO 13608 (2012), foreign sanctions evaders"),
	tag("OFAC", "SYRIA-CAESAR", "us-syria-caesar", "", ""),
	tag("OFAC", "DPRK", "us-dprk", "", ""),
	tag("OFAC", "DPRK2", "us-dprk", "2015-01-02", "EO 13687 (2015)"),
	tag("OFAC", "DPRK3", "us-dprk", "2016-03-15", "EO 13722 (2016)"),
	tag("OFAC", "DPRK4", "us-dprk", "2017-09-20", "EO 13810 (2017)"),
	tag("OFAC", "DPRK-NKSPEA", "us-dprk", "2016-02-18", "North Korea Sanctions and Policy Enhancement Act (2016)"),
	tag("OFAC", "UKRAINE-EO13660", "us-russia-2014", "2014-03-06", "EO 13660 (2014)"),
	tag("OFAC", "UKRAINE-EO13661", "us-russia-2014", "2014-03-16", "EO 13661 (2014)"),
	tag("OFAC", "UKRAINE-EO13662", "us-russia-2014", "2014-03-20", "EO 13662 (2014), sectoral"),
	tag("OFAC", "UKRAINE-EO13685", "us-russia-2014", "2014-12-19", "EO 13685 (2014), Crimea"),
	tag("OFAC", "RUSSIA-EO14024", "us-russia-2021", "", ""),
	tag("OFAC", "CAATSA - RUSSIA", "us-caatsa-russia", "", ""),
	tag("OFAC", "PEESA", "us-caatsa-russia", "2019-12-20", "Protecting Europe's Energy Security Act (2019)"),
	tag("OFAC", "MAGNIT", "us-magnitsky", "", ""),
	tag("OFAC", "BELARUS", "us-belarus", "", ""),
	tag("OFAC", "BELARUS-EO14038", "us-belarus", "2021-08-09", "EO 14038 (2021)"),
	tag("OFAC", "VENEZUELA", "us-venezuela", "", ""),
	tag("OFAC", "VENEZUELA-EO13850", "us-venezuela", "2018-11-01", "EO 13850 (2018)"),
	tag("OFAC", "VENEZUELA-EO13884", "us-venezuela", "2019-08-05", "EO 13884 (2019)"),
	tag("OFAC", "BURMA-EO14014", "us-burma", "", ""),
	tag("OFAC", "NICARAGUA", "us-nicaragua", "", ""),
	tag("OFAC", "NICARAGUA-NHRAA", "us-nicaragua", "2018-12-20", "Nicaragua Human Rights and Anticorruption Act (2018)"),
	tag("OFAC", "ZIMBABWE", "us-zimbabwe", "", ""),
	tag("OFAC", "BURUNDI", "us-burundi", "", ""),
	tag("OFAC", "BALKANS", "us-balkans", "", ""),
	tag("OFAC", "IRAQ2", "us-iraq", "", ""),
	tag("OFAC", "IRAQ3", "us-iraq", "2007-07-17", "EO 13438 (2007)"),
	tag("OFAC", "LIBYA2", "us-libya", "", ""),
	tag("OFAC", "LIBYA3", "us-libya", "2016-04-19", "EO 13726 (2016)"),
	tag("OFAC", "SOMALIA", "us-somalia", "", ""),
	tag("OFAC", "DARFUR", "us-sudan", "", ""),
	tag("OFAC", "SUDAN-EO14098", "us-sudan", "2023-05-04", "EO 14098 (2023)"),
	tag("OFAC", "SOUTH SUDAN", "us-south-sudan", "", ""),
	tag("OFAC", "CAR", "us-car", "", ""),
	tag("OFAC", "DRCONGO", "us-drc", "", ""),
	tag("OFAC", "YEMEN", "us-yemen", "", ""),
	tag("OFAC", "LEBANON", "us-lebanon", "", ""),
	tag("OFAC", "MALI-EO13882", "us-mali", "", ""),
	tag("OFAC", "HK-EO13936", "us-hong-kong", "", ""),
	tag("OFAC", "CMIC-EO13959", "us-china-military", "", ""),
	tag("OFAC", "SDGT", "us-terrorism", "", ""),
	tag("OFAC", "FTO", "us-fto", "", ""),
	tag("OFAC", "HIFPAA", "us-terrorism", "2015-12-18", "Hizballah International Financing Prevention Act (2015)"),
	tag("OFAC", "NS-PLC", "us-terrorism", "", "Non-SDN Palestinian Legislative Council list"),
	tag("OFAC", "SDNT", "us-narcotics", "", ""),
	tag("OFAC", "SDNTK", "us-narcotics", "1999-12-03", "Foreign Narcotics Kingpin Designation Act (1999)"),
	tag("OFAC", "ILLICIT-DRUGS-EO14059", "us-narcotics", "2021-12-15", "EO 14059 (2021)"),
	tag("OFAC", "NPWMD", "us-nonproliferation", "", ""),
	tag("OFAC", "GLOMAG", "us-global-magnitsky", "", ""),
	tag("OFAC", "CYBER2", "us-cyber", "2016-12-28", "EO 13757 (2016)"),
	tag("OFAC", "CYBER", "us-cyber", "", ""),
	tag("OFAC", "ELECTION-EO13848", "us-election", "", ""),
	tag("OFAC", "TCO", "us-tco", "", ""),

	tag("STATE", "INKSNA", "us-inksna", "", ""),
	tag("STATE", "Chemical and Biological Weapons Act", "us-cbw", "", ""),
}

// Regimes returns the built-in regimes.
func Regimes() []Regime { return slices.Clone(regimes) }

// RegimeByID returns the built-in regime with id.
func RegimeByID(id string) (Regime, bool) {
	for _, r := range regimes {
		if r.ID == id {
			return r, true
		}
	}
	return Regime{}, false
}

// ProgrammeTags returns the built-in mapping of programme tags to regimes.
func ProgrammeTags() []ProgrammeTag { return slices.Clone(programmeTags) }

// Authority returns whose programme tags a list uses: "OFAC" for the
// OFAC lists and the Treasury lists of the trade.gov CSL, "STATE" for the
// State Department's nonproliferation list of the CSL, "UN" for the UN
// list, "" for others (the CSL's export-control lists carry no
// programmes).
func Authority(list string) string {
	switch {
	case strings.HasPrefix(list, "us-ofac"):
		return "OFAC"
	case list == ListUN:
		return "UN"
	case list == "us-csl-isn":
		return "STATE"
	case strings.HasPrefix(list, "us-csl-"):
		switch strings.TrimPrefix(list, "us-csl-") {
		case "sdn", "ssi", "plc", "fse", "cap", "ns-mbs", "ns-cmic", "ns-isa":
			return "OFAC"
		}
	}
	return ""
}

// LookupTag returns the mapping of a programme tag of a list.
func LookupTag(list, t string) (ProgrammeTag, bool) {
	auth := Authority(list)
	t = strings.TrimSpace(t)
	for _, p := range programmeTags {
		if p.Authority == auth && strings.EqualFold(p.Tag, t) {
			return p, true
		}
	}
	return ProgrammeTag{}, false
}

// Relation is a sanctions relation for the store: a regime of the built-in
// base, or an entry's designation under a programme of its list.
type Relation struct {
	By        string `json:"by"`
	Target    string `json:"target,omitempty"`
	Since     string `json:"since,omitempty"`
	Until     string `json:"until,omitempty"`
	Programme string `json:"programme"`
	Source    string `json:"source"`
	// Regime is the built-in regime the relation belongs to, if known.
	Regime string `json:"regime,omitempty"`
	// Entry is "LIST/ID" when the relation designates a list entry; the
	// Target is then the regime's country, not the entry.
	Entry string `json:"entry,omitempty"`
}

// Relation returns the regime as a relation.
func (r Regime) Relation() Relation {
	return Relation{By: r.By, Target: r.Target, Since: r.Since, Until: r.Until, Programme: r.Programme, Source: r.Source, Regime: r.ID}
}

// RegimeRelations returns the built-in regimes as relations.
func RegimeRelations() []Relation {
	out := make([]Relation, len(regimes))
	for i, r := range regimes {
		out[i] = r.Relation()
	}
	return out
}

// programmeTags of an entry: its programme tags, and for the UN the
// prefix of its reference number ("KPi.033" gives "KP").
func (e *Entry) programmeTags() []string {
	tags := slices.Clone(e.Programmes)
	if e.List == ListUN && len(e.ID) >= 3 && (e.ID[2] == 'i' || e.ID[2] == 'e') {
		tags = appendUnique(tags, e.ID[:2])
	}
	return tags
}

// Regimes returns the built-in regimes the entry's programme tags belong
// to, each once.
func (e *Entry) Regimes() []Regime {
	var out []Regime
	for _, t := range e.programmeTags() {
		p, ok := LookupTag(e.List, t)
		if !ok {
			continue
		}
		r, ok := RegimeByID(p.Regime)
		if !ok || slices.ContainsFunc(out, func(x Regime) bool { return x.ID == r.ID }) {
			continue
		}
		out = append(out, r)
	}
	return out
}

// Relations returns the entry's designations as relations: one per
// programme tag, dated by the listing date when the list gives one and by
// the tag's instrument otherwise. A tag with no known regime still gives
// a relation, by the list's authority, with no target.
func (e *Entry) Relations() []Relation {
	var out []Relation
	for _, t := range e.Programmes {
		rel := Relation{Programme: t, Entry: e.Key(), Since: e.Listed, Source: e.List}
		if p, ok := LookupTag(e.List, t); ok {
			if r, ok := RegimeByID(p.Regime); ok {
				rel.By, rel.Target, rel.Regime, rel.Until = r.By, r.Target, r.ID, r.Until
				rel.Source = e.List + " " + t + ": " + firstNonEmpty(p.Basis, r.Source)
				if rel.Since == "" {
					rel.Since = firstNonEmpty(p.Since, r.Since)
				}
			}
		}
		if rel.By == "" {
			rel.By = authorityActor(e.List)
		}
		out = append(out, rel)
	}
	return out
}

func authorityActor(list string) string {
	switch Authority(list) {
	case "OFAC", "STATE":
		return byUS
	case "UN":
		return byUN
	}
	return ""
}

// UnknownTags returns the programme tags of entries that no built-in
// regime claims, with how many entries carry each, so that an import can
// say what it could not place.
func UnknownTags(entries []Entry) map[string]int {
	out := map[string]int{}
	for i := range entries {
		e := &entries[i]
		for _, t := range e.Programmes {
			if _, ok := LookupTag(e.List, t); !ok {
				out[e.List+" "+t]++
			}
		}
	}
	return out
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
