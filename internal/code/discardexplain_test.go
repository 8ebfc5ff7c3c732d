package code

import (
	"context"
	"strings"
	"testing"
)

// TestDiscardExplained: a discard phrase that drops a sentence is listed
// under the gated items, with its dictionary entry.
func TestDiscardExplained(t *testing.T) {
	c := testCoder(t)
	evs, gated := c.CodeExplain(context.Background(), "d", "Kenya criticised Uganda after the football match.", "2005-01-15")
	if len(evs) != 0 || len(gated) != 1 || gated[0].Gate != "discards" || gated[0].Level != "sentence" ||
		!strings.Contains(gated[0].Reason, `"football"`) || !strings.Contains(gated[0].Reason, "FOOTBALL [discard]") {
		t.Errorf("events %v, gated %+v", evs, gated)
	}
	if _, gated := c.CodeExplain(context.Background(), "d", "Kenya criticised Uganda.", "2005-01-15"); len(gated) != 0 {
		t.Errorf("gated %+v without a discard phrase", gated)
	}
}
