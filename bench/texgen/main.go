// Command texgen writes a LaTeX pleading equivalent to pleadgen's rendering
// of the reference statement: Times at 12 pt on a 24-pt grid, 28 numbered
// lines and the rules on every page, a 1.5-inch left margin, justified
// paragraphs with a half-inch indent, bold headings and a footer. The
// benchmark compares pdflatex's time on it with pleadgen's. With -typst it
// writes the same pleading as Typst source instead, for the Typst command
// line (typst.go).
//
//	go run ./bench/texgen [-typst] REFERENCE.txt OUT.tex|OUT.typ
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"unicode"
)

const preamble = `\documentclass[12pt]{article}
\usepackage[letterpaper,left=1.5in,right=0.5in,top=1in,bottom=0.75in,headheight=0pt,headsep=0pt,footskip=36pt]{geometry}
\usepackage{mathptmx}
\usepackage[T1]{fontenc}
\usepackage{fancyhdr}
\setlength{\parindent}{0.5in}
\setlength{\parskip}{0pt}
\setlength{\baselineskip}{24pt}
\renewcommand{\baselinestretch}{1.66}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyhead[L]{\begin{picture}(0,0)\put(-20,-55){\begin{picture}(0,0)%
\multiput(0,0)(0,-24){28}{\makebox(0,0)[r]{}}\end{picture}}%
\put(-8,100){\line(0,-1){800}}\put(-5,100){\line(0,-1){800}}\put(472,100){\line(0,-1){800}}%
\end{picture}}
\fancyfoot[C]{\thepage\\ \footnotesize JOINT CASE MANAGEMENT STATEMENT \hfill Case No. 4:21-cv-02632-DMR}
\newcounter{ln}
\newcommand{\numbers}{\setcounter{ln}{0}\begin{picture}(0,0)\multiput(-30,-17)(0,-24){28}{\stepcounter{ln}\makebox(0,0)[r]{\arabic{ln}}}\end{picture}}
\fancyhead[R]{}
\fancyhead[L]{\numbers}
\begin{document}
\noindent VASUDHA TALLA\\ vtalla@aclunc.org\\ AMERICAN CIVIL LIBERTIES UNION FOUNDATION OF NORTHERN CALIFORNIA\\
39 Drumm Street\\ San Francisco, CA 94111\\ Telephone: 415-621-2493\\ Attorneys for Plaintiffs
\begin{center}UNITED STATES DISTRICT COURT\\ NORTHERN DISTRICT OF CALIFORNIA\\ OAKLAND DIVISION\end{center}
\noindent\begin{tabular}{p{3.1in}|p{3in}}
AMERICAN CIVIL LIBERTIES UNION OF NORTHERN CALIFORNIA; MIJENTE SUPPORT COMMITTEE; JUST FUTURES LAW; and
IMMIGRANT DEFENSE PROJECT, \hfill Plaintiffs, \newline v. \newline U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT;
U.S. CUSTOMS AND BORDER PROTECTION; and U.S. DEPARTMENT OF HOMELAND SECURITY, \hfill Defendants. &
Case No. 4:21-cv-02632-DMR \newline \textbf{JOINT CASE MANAGEMENT STATEMENT} \newline Case Management
Conference \newline Date: July 21, 2021 \newline Time: 1:30 P.M. \newline Judge: Hon. Donna M. Ryu\\ \hline
\end{tabular}
\newpage
`

const signatures = `\noindent Respectfully submitted,\par\noindent Dated: July 14, 2021\par
\hfill\begin{minipage}{3.2in}/s/ Vasudha Talla\\ VASUDHA TALLA\\ American Civil Liberties Union Foundation of
Northern California\\ 39 Drumm Street\\ San Francisco, CA 94111\\ Telephone: 415-621-2493\\
vtalla@aclunc.org\\ \emph{Attorney for Plaintiffs}\end{minipage}\par
\hfill\begin{minipage}{3.2in}STEPHANIE M. HINDS\\ Acting United States Attorney\\ /s/ Savith Iyengar\\
SAVITH IYENGAR\\ Assistant United States Attorney\\ \emph{Attorneys for Defendants}\end{minipage}\par
\noindent\textbf{ATTESTATION OF SIGNATURES}\par Pursuant to Civil L.R. 5-1(i)(3), I attest that concurrence
in the filing of this document has been obtained from each of the other signatories.\par
`

var (
	numbered = regexp.MustCompile(`^(\d+) (.*)$`)
	heading  = regexp.MustCompile(`^\d+\. [A-Z]`)
	// A page break splits a paragraph in the reference; so does a
	// hyphen at a line's end.
	hyphenEnd = regexp.MustCompile(`[0-9A-Za-z]-$`)
)

func main() {
	typst := flag.Bool("typst", false, "write Typst source rather than LaTeX")
	flag.Parse()
	in, out := flag.Arg(0), flag.Arg(1)
	paras, err := paragraphs(in)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *typst {
		if err := os.WriteFile(out, []byte(typstSource(paras)), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	var b strings.Builder
	b.WriteString(preamble)
	for _, p := range paras {
		p = escape(p)
		if heading.MatchString(p) {
			fmt.Fprintf(&b, "\\noindent\\textbf{%s}\\par\n", p)
		} else {
			fmt.Fprintf(&b, "%s\\par\n", p)
		}
	}
	b.WriteString(signatures)
	b.WriteString("\\end{document}\n")
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// paragraphs reads the body of the reference text as paragraphs.
func paragraphs(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) == 0 {
			return
		}
		p := strings.Join(cur, " ")
		if n := len(paras) - 1; n >= 0 && unicode.IsLower([]rune(p)[0]) {
			paras[n] += " " + p // continued from the page before
		} else {
			paras = append(paras, p)
		}
		cur = nil
	}
	add := func(line string) { // a word broken at a hyphen is joined again
		if n := len(cur) - 1; n >= 0 && hyphenEnd.MatchString(cur[n]) {
			cur[n] += line
			return
		}
		cur = append(cur, line)
	}
	body := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := numbered.FindStringSubmatch(sc.Text())
		body = body || (m != nil && strings.HasPrefix(m[2], "The parties jointly"))
		switch {
		case !body:
		case m == nil:
			flush()
		default:
			add(m[2])
		}
	}
	flush()
	return paras, sc.Err()
}

func escape(s string) string {
	r := strings.NewReplacer("&", `\&`, "%", `\%`, "$", `\$`, "#", `\#`, "_", `\_`, "§", `\S{}`, "¶", `\P{}`, "*", "")
	return r.Replace(s)
}
