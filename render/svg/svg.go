// Package svg draws a laid-out page as SVG, from the same layout the PDF is
// drawn from: a second exporter, for a page in a browser. Text is set in
// Liberation Serif (or a metric-compatible Times) at the layout's places,
// so that lines fall where the PDF puts them.
package svg

import (
	"fmt"
	"html"
	"strings"

	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// Page is one page as an SVG element of the page's size in points; link,
// when not nil, gives each text a data-src attribute (its source place).
func Page(p *layout.Profile, pg layout.Page, link func(layout.Text) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="page" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %g %g" width="%g" height="%g">`,
		p.Page.Width, p.Page.Height, p.Page.Width, p.Page.Height)
	fmt.Fprintf(&b, `<rect width="%g" height="%g" fill="#fff"/>`, p.Page.Width, p.Page.Height)
	for _, r := range pg.Rules {
		fmt.Fprintf(&b, `<line x1="%.2f" y1="%.2f" x2="%.2f" y2="%.2f" stroke="%s" stroke-width="%.2f"/>`,
			r.X1, r.Y1, r.X2, r.Y2, color(r.Color), r.Width)
	}
	for _, t := range pg.Texts {
		b.WriteString(text(t, link))
	}
	b.WriteString("</svg>")
	return b.String()
}

// text is one text element.
func text(t layout.Text, link func(layout.Text) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<text x="%.2f" y="%.2f" font-size="%g" font-family="Liberation Serif, Tinos, Times New Roman, serif" xml:space="preserve"`, t.X, t.Y, t.Size)
	if t.Style.Has(markup.Bold) {
		b.WriteString(` font-weight="bold"`)
	}
	if t.Style.Has(markup.Italic) {
		b.WriteString(` font-style="italic"`)
	}
	if t.WordSpace != 0 && strings.Contains(t.S, " ") {
		fmt.Fprintf(&b, ` word-spacing="%.3f"`, t.WordSpace)
	}
	if t.Color != 0 {
		fmt.Fprintf(&b, ` fill="%s"`, color(t.Color))
	}
	if link != nil {
		if src := link(t); src != "" {
			fmt.Fprintf(&b, ` data-src="%s"`, html.EscapeString(src))
		}
	}
	fmt.Fprintf(&b, ">%s</text>", html.EscapeString(t.S))
	return b.String()
}

// color writes 0xRRGGBB as CSS.
func color(c uint32) string { return fmt.Sprintf("#%06x", c&0xffffff) }
