package main

import (
	"github.com/spf13/cobra"
)

// newImportCmd groups the importers of outside data.
func newImportCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import KIND",
		Short: "Import outside data (sanctions lists)",
	}
	cmd.AddCommand(newImportSanctionsCmd())
	return cmd
}
