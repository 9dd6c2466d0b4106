#!/usr/bin/env bash
# Regenerates the embedded font programs: Liberation Serif's four faces cut
# down to the Windows-1252 (WinAnsi) repertoire, which holds every character
# of ordinary court papers, and fpdf's font definitions for them; then the
# forms the program embeds: the programs uncompressed (*.ttf) and the
# widths and descriptors as Go data (../winfaces_data.go). Needs
# pyftsubset (Debian package fonttools). The outputs are committed; nothing
# runs this at build time.
set -euo pipefail
cd "$(dirname "$0")"
src=$(go list -m -f '{{.Dir}}' github.com/go-fonts/liberation)
fpdf=$(go list -m -f '{{.Dir}}' codeberg.org/go-pdf/fpdf)
unicodes="U+0020-007E,U+00A0-00FF,U+0152,U+0153,U+0160,U+0161,U+0178,U+017D,U+017E,U+0192,\
U+02C6,U+02DC,U+2013,U+2014,U+2018-201A,U+201C-201E,U+2020-2022,U+2026,U+2030,U+2039,U+203A,\
U+20AC,U+2122"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for face in Regular Bold Italic BoldItalic; do
  dir=$(echo "liberationserif$face" | tr 'A-Z' 'a-z')
  pyftsubset "$src/$dir/LiberationSerif-$face.ttf" --unicodes="$unicodes" \
    --layout-features='' --no-hinting --notdef-outline --name-IDs='*' \
    --output-file="$tmp/LiberationSerif-$face.ttf"
done
go run ./gen "$fpdf/font/cp1252.map" "$tmp" .
/usr/bin/python3 coverage.py "$src"
cp "$src/LICENSE-SIL" LICENSE-SIL
(cd .. && go test -run TestWinFaceTables -update .)
