#!/usr/bin/env bash
# Regenerates the embedded font programs: Liberation Serif's four faces cut
# down to the Windows-1252 (WinAnsi) repertoire, which holds every character
# of ordinary court papers (*.ttf, embedded uncompressed); then their
# names, descriptors and widths as Go data (../winfaces_data.go), which
# render/ttf reads from the cuts, and the coverage of the whole faces
# (../coverage.go). Needs pyftsubset (Debian package fonttools). The
# outputs are committed; nothing runs this at build time.
set -euo pipefail
cd "$(dirname "$0")"
src=$(go list -m -f '{{.Dir}}' github.com/go-fonts/liberation)
unicodes="U+0020-007E,U+00A0-00FF,U+0152,U+0153,U+0160,U+0161,U+0178,U+017D,U+017E,U+0192,\
U+02C6,U+02DC,U+2013,U+2014,U+2018-201A,U+201C-201E,U+2020-2022,U+2026,U+2030,U+2039,U+203A,\
U+20AC,U+2122"
for face in Regular Bold Italic BoldItalic; do
  dir=$(echo "liberationserif$face" | tr 'A-Z' 'a-z')
  pyftsubset "$src/$dir/LiberationSerif-$face.ttf" --unicodes="$unicodes" \
    --layout-features='' --no-hinting --notdef-outline --name-IDs='*' \
    --output-file="LiberationSerif-$face.ttf"
done
/usr/bin/python3 coverage.py "$src"
cp "$src/LICENSE-SIL" LICENSE-SIL
(cd .. && go test -run TestWinFaceTables -update .)
