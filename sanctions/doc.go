// Package sanctions reads sanctions lists (OFAC legacy CSV, the UN
// Security Council consolidated XML, OpenSanctions FollowTheMoney JSON
// lines and targets.simple.csv, the trade.gov Consolidated Screening List)
// into one entry model, screens names against them, and knows the
// country-level sanctions regimes that the lists' programme tags belong to.
package sanctions
