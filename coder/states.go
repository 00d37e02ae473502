package coder

import "strings"

// stateCodes holds the ISO 3166-1 alpha-3 codes, with XKX for Kosovo. The
// coder uses them to tell an actor code that names a state ("RUSGOV")
// from one that names a region (EUR, WST), an organisation (IGO…, NGO…,
// MNC) or a religion (MOS, CHR), which CAMEO writes in the same
// three-letter blocks: only a state can lend its country to a title or a
// lone agent, or be one of "the two countries".
var stateCodes = func() map[string]bool {
	m := make(map[string]bool, 260)
	for _, c := range strings.Fields(`
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE
BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA
CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE
DEU DJI DMA DNK DOM DZA
ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM
GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
HKG HMD HND HRV HTI HUN
IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA
JAM JEY JOR JPN
KAZ KEN KGZ KHM KIR KNA KOR KWT
LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA
MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT
NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL
OMN
PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF
QAT
REU ROU RUS RWA
SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR
TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA
UGA UKR UMI URY USA UZB
VAT VCT VEN VGB VIR VNM VUT
WLF WSM
XKX
YEM
ZAF ZMB ZWE`) {
		m[c] = true
	}
	return m
}()

// stateOf returns the state an actor code belongs to: its first three
// letters when they are a state's code, else "".
func stateOf(code string) string {
	if len(code) >= 3 && stateCodes[code[:3]] {
		return code[:3]
	}
	return ""
}
