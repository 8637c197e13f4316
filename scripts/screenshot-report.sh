#!/usr/bin/env bash
# Renders the bundled reports as the HTML report and photographs it with headless Chromium, as a
# reviewer's browser would show it: a desktop and a phone view of one report, and the A4 PDF of
# all four with their summary. Needs the Debian package `chromium` (apt-get install -y chromium).
# Output: artifacts/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/screenshots
mkdir -p "$out"
dotnet build src/Sakip.Measurement.Cli -c Release --nologo -v quiet
sakip() { dotnet run -c Release --no-build --project src/Sakip.Measurement.Cli -- "$@"; }
sakip report samples/mayang-2023.json --format html -o "$out/mayang-2023.html"
sakip report samples --format html -o "$out/semua.html"
chrome() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" 2>/dev/null; }
chrome --window-size=1200,2400 --screenshot="$out/mayang-2023-desktop.png" "file://$PWD/$out/mayang-2023.html"
chrome --window-size=400,1600 --screenshot="$out/mayang-2023-phone.png" "file://$PWD/$out/mayang-2023.html"
chrome --no-pdf-header-footer --print-to-pdf="$out/semua-a4.pdf" "file://$PWD/$out/semua.html"
ls -l "$out"
