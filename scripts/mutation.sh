#!/usr/bin/env bash
# Mutation testing of the rule files with Stryker.NET (tool manifest: dotnet-tools.json), the way
# tests/README.md records it: the net10.0 build, two test processes, string and LINQ mutations off
# (the wording is asserted by examples, not by mutants), and then the score of each file.
#
# Usage:
#   scripts/mutation.sh [FILE ...]          mutate FILEs and print their scores
#   scripts/mutation.sh --report REPORT     print the scores of an earlier run's mutation-report.json
#
# FILE is a path under src/Sakip.Measurement, globs allowed ('Text/*.cs', 'Ikm/IkmCalculator.cs').
# Without FILEs: Calculation, Scales, Ikm, Ipp, Text, Results and Utility, every file; that is many
# hours on two cores, so name a group of files per run instead.
# Options: -o DIR (output, default artifacts/mutation/<time>; artifacts/ is git-ignored),
#          -c N (concurrency, default 2), --survivors (list each surviving and uncovered mutant).
# Score = (killed + timeout) / (killed + timeout + survived + no coverage); compile errors and
# ignored mutants do not count.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

out="" concurrency=2 survivors=0 report="" files=()
while (($#)); do
  case "$1" in
    -o) out=$2; shift 2 ;;
    -c) concurrency=$2; shift 2 ;;
    --survivors) survivors=1; shift ;;
    --report) report=$2; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    *) files+=("$1"); shift ;;
  esac
done

scores() {
  python3 - "$1" "$survivors" <<'PY'
import json, sys
report, list_survivors = json.load(open(sys.argv[1])), sys.argv[2] == "1"
killed_states = {"Killed", "Timeout"}
rows, totals = [], [0, 0, 0, 0]
for path, entry in sorted(report["files"].items()):
    name = path.replace("\\", "/").split("src/Sakip.Measurement/")[-1]
    counts = {}
    for m in entry["mutants"]:
        counts[m["status"]] = counts.get(m["status"], 0) + 1
    k, t = counts.get("Killed", 0), counts.get("Timeout", 0)
    s, n = counts.get("Survived", 0), counts.get("NoCoverage", 0)
    if k + t + s + n == 0:
        continue
    totals = [a + b for a, b in zip(totals, (k, t, s, n))]
    rows.append((name, entry, k, t, s, n))
print(f"{'file':<44} {'killed':>6} {'timeout':>7} {'survived':>8} {'no cov':>6} {'score':>7}")
def line(name, k, t, s, n):
    print(f"{name:<44} {k:>6} {t:>7} {s:>8} {n:>6} {100 * (k + t) / (k + t + s + n):>6.1f}%")
for name, _, k, t, s, n in rows:
    line(name, k, t, s, n)
if len(rows) > 1:
    line("all", *totals)
if list_survivors:
    for name, entry, *_ in rows:
        for m in sorted(entry["mutants"], key=lambda m: m["location"]["start"]["line"]):
            if m["status"] in ("Survived", "NoCoverage"):
                start = m["location"]["start"]
                print(f"{name}:{start['line']}:{start['column']} {m['status']} "
                      f"{m['mutatorName']}: {m.get('replacement', '')!r}")
PY
}

if [[ -n $report ]]; then
  scores "$report"
  exit 0
fi

if ((${#files[@]} == 0)); then
  files=(Calculation/*.cs Scales/*.cs Ikm/*.cs Ipp/*.cs Text/*.cs Results/*.cs Utility/*.cs)
fi
out=${out:-artifacts/mutation/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

mutate=""
for f in "${files[@]}"; do
  f=${f#src/Sakip.Measurement/}
  mutate+="${mutate:+, }\"**/src/Sakip.Measurement/$f\""
done
cat >"$out/stryker-config.json" <<JSON
{
  "stryker-config": {
    "project": "Sakip.Measurement.csproj",
    "target-framework": "net10.0",
    "concurrency": $concurrency,
    "mutate": [$mutate],
    "ignore-mutations": ["string", "linq"],
    "reporters": ["json", "html", "progress"]
  }
}
JSON

dotnet tool restore >/dev/null
start=$(date +%s)
(cd tests/Sakip.Measurement.Tests &&
  dotnet stryker --config-file "$out/stryker-config.json" --output "$out" --skip-version-check)
echo "Stryker ran $(( ($(date +%s) - start) / 60 )) min; reports in ${out#"$root"/}/reports"
scores "$out/reports/mutation-report.json"
