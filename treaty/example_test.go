package treaty_test

import (
	"fmt"

	"github.com/entente/entente/treaty"
)

// Who must come to North Korea's aid if it is attacked at the end of 2024?
func ExampleSet_Cascade() {
	res, err := treaty.Base().Cascade(treaty.Query{Target: "PRK", At: treaty.MustDate("2024-12-31")})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range res.Obligors {
		if o.Round == 1 {
			fmt.Println(o.Code, o.Status, o.Treaty, "article", o.Article)
		}
	}
	// Output:
	// CHN obligated chn-prk-1961 article II
	// RUS obligated rus-prk-2024 article 4
}

// COW codes are not UN numbers: 704 is Uzbekistan in COW, Vietnam in M49.
func ExampleCountries_ISO3() {
	c := treaty.DefaultCountries()
	for _, cow := range []int{704, 816, 265} {
		iso, err := c.ISO3(cow, treaty.MustDate("1985-01-01"))
		fmt.Println(cow, iso, err)
	}
	// Output:
	// 704 UZB <nil>
	// 816 VNM <nil>
	// 265  COW 265 (German Democratic Republic (East Germany)) is a historical state with no ISO 3166-1 alpha-3 code; successors: DEU
}
