// Package beamtest runs the Beam tests of this module.
package beamtest

import (
	"fmt"
	"os"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// Main runs m as ptest.MainRet does (it parses flags and initialises
// Beam) with TMPDIR set to a directory of its own, which it removes
// afterwards: in loopback mode Beam leaves an empty beamloopbackworker-*
// file in the temporary directory on every run. It returns the exit
// code for os.Exit.
func Main(m *testing.M) int {
	dir, err := os.MkdirTemp("", "quotes-beam-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	os.Setenv("TMPDIR", dir)
	return ptest.MainRet(m)
}
