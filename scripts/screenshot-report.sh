#!/usr/bin/env bash
# Renders the bundled reports as the HTML report and photographs it with headless Chromium, as a
# reviewer's browser would show it: a desktop and a phone view of the Kencong 2025 report (every
# chart but IKM per unsur), the `sakip init` template (the IKM per unsur chart), Patrang 2023 with
# its (constructed) LKE worksheet, and the A4 PDF of
# all four reports with their summary, its first pages as PNG when pdftoppm is there.
# Needs the Debian package `chromium` (apt-get install -y chromium; poppler-utils for the PNG pages).
# Output: artifacts/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/screenshots
mkdir -p "$out"
dotnet build src/Sakip.Measurement.Cli -c Release --nologo -v quiet
sakip() { dotnet run -c Release --no-build --project src/Sakip.Measurement.Cli -- "$@"; }
sakip report --format html -o "$out/kencong-2025.html"
sakip report samples --format html -o "$out/semua.html"
rm -f "$out/template.json"
sakip init "$out/template.json" >/dev/null
sakip report "$out/template.json" --format html -o "$out/template.html"
sakip report samples/patrang-2023.json --lke samples/lke/patrang-2023-contoh.json --format html -o "$out/patrang-2023-lke.html"
chrome() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" 2>/dev/null; }
chrome --window-size=1200,9000 --screenshot="$out/kencong-2025-desktop.png" "file://$PWD/$out/kencong-2025.html"
chrome --window-size=400,3000 --screenshot="$out/kencong-2025-phone.png" "file://$PWD/$out/kencong-2025.html"
chrome --window-size=1000,2600 --screenshot="$out/template-desktop.png" "file://$PWD/$out/template.html"
chrome --window-size=1100,9000 --screenshot="$out/patrang-2023-lke-desktop.png" "file://$PWD/$out/patrang-2023-lke.html"
chrome --no-pdf-header-footer --print-to-pdf="$out/semua-a4.pdf" "file://$PWD/$out/semua.html"
if command -v pdftoppm >/dev/null; then
  pdftoppm -png -r 60 -f 1 -l 4 "$out/semua-a4.pdf" "$out/semua-a4-page"
fi
ls -l "$out"
