//go:build !unix

package sanctions_test

import "time"

// cpuTime is not measured here; benchmarks then report clock time only.
func cpuTime() time.Duration { return 0 }
