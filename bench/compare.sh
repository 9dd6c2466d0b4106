#!/usr/bin/env bash
# Measures pleadgen as whole processes, with hyperfine (Debian package
# hyperfine): one 8-page statement, a batch of 200 and the same batch
# unchanged; and, when pdflatex is installed, a LaTeX build of an
# equivalent pleading for comparison. Prints hyperfine's summaries.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/pleadgen" ./cmd/pleadgen
case=examples/aclu-v-ice-joint-cmc.yaml
mkdir -p "$work/batch"
for i in $(seq -w 1 200); do cp "$case" "$work/batch/case$i.yaml"; done

echo "== one statement (8 pages)"
hyperfine -N --warmup 5 --runs 50 "$work/pleadgen render --force -q $case -o $work/one.pdf"
echo "== a batch of 200 statements, 2 workers"
hyperfine -N --warmup 1 --runs 5 "$work/pleadgen render --force -q -j 2 -o $work/out $work/batch"
echo "== the same batch, unchanged"
hyperfine -N --warmup 2 --runs 20 "$work/pleadgen render -q -j 2 -o $work/out $work/batch"
if command -v /usr/bin/time >/dev/null; then
  /usr/bin/time -f "batch peak memory: %M KB" "$work/pleadgen" render --force -q -j 2 -o "$work/out" "$work/batch"
fi

if command -v pdflatex >/dev/null; then
  echo "== pdflatex on an equivalent pleading"
  go run ./bench/texgen cmd/pleadgen/testdata/reference/joint-cmc-statement-4-21-cv-02632.txt "$work/pleading.tex"
  (cd "$work" && pdflatex -interaction=batchmode pleading.tex >/dev/null && pdfinfo pleading.pdf 2>/dev/null | grep Pages || true)
  hyperfine -N --warmup 2 --runs 10 "pdflatex -interaction=batchmode -output-directory=$work $work/pleading.tex"
else
  echo "pdflatex is not installed: no LaTeX comparison (apt-get install texlive-latex-base)"
fi
