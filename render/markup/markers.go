package markup

import (
	"strconv"
	"strings"
)

// Marker returns the marker of item n in a list of the given style: "•",
// or n in the style's numbering: "1." → "3.", "(a)" → "(c)", "i." → "iii.".
func Marker(style string, n int) string {
	for _, k := range []string{"1", "a", "A", "i", "I"} {
		if before, after, ok := strings.Cut(style, k); ok {
			return before + number(k, n) + after
		}
	}
	return style
}

// number writes n as the numbering kind k does.
func number(k string, n int) string {
	switch k {
	case "a":
		return strings.ToLower(letters(n))
	case "A":
		return letters(n)
	case "i":
		return strings.ToLower(Roman(n))
	case "I":
		return Roman(n)
	}
	return strconv.Itoa(n)
}

// letters returns A … Z, AA, AB … for 1, 2 ….
func letters(n int) string {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s
}

// Roman returns n in capital Roman numerals (1–3999; digits otherwise).
func Roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
