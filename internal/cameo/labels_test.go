package cameo

import "testing"

func TestLabels(t *testing.T) {
	for _, tc := range []struct{ code, want string }{
		{"CHN", "China"},
		{"CHNGOV", "China: government"},
		{"RUSMILREB", "Russia: military, rebels"},
		{"IGOUNO", "intergovernmental organisation, United Nations"},
		{"GOV", "government"},
		{"AFR", "Africa"},
		{"XYZQQQ", "XYZ, QQQ"},
		{"", ""},
	} {
		if got := ActorLabel(tc.code); got != tc.want {
			t.Errorf("ActorLabel(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
	for _, tc := range []struct{ code, want string }{
		{"01", "Make public statement"},
		{"036", "Express intent to meet or negotiate"},
		{"0361", "Express intent to meet or negotiate"}, // parent's name
		{"99", ""},
	} {
		if got := Name(tc.code); got != tc.want {
			t.Errorf("Name(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
	if QuadName(4) != "Material conflict" || QuadName(0) != "" {
		t.Error("QuadName")
	}
}
