#!/usr/bin/env bash
# The test command of MailKitConfig:   ./eng/test.sh [extra dotnet test arguments]
# - reuses a lab already started with eng/lab/up.sh (and leaves it running); otherwise starts it and
#   stops it again at the end (also on failure or Ctrl-C);
# - runs dotnet test on the solution (net10.0) and the tests' net8.0 build without the lab tests, with a TRX logger
#   into a fresh results directory;
# - prints "N passed, N failed" (summed over the TRX files) as the very last line.
# Exit code: non-zero if the lab could not start, dotnet test failed, a test failed or nothing passed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
LAB="$ROOT/eng/lab"
source "$LAB/lab.env"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MAILKITCONFIG_LAB_CONFIG="$LAB_STATE/lab.json"

RESULTS=$(mktemp -d "${TMPDIR:-/tmp}/mailkitconfig-test-results.XXXXXX")
STARTED_LAB=0

# Sum the passed/failed attributes of <Counters .../> over all TRX files; print "passed failed files".
count_trx() {
  local f passed=0 failed=0 files=0 counters p x
  while IFS= read -r -d '' f; do
    files=$((files + 1))
    counters=$(tr '\r\n' '  ' < "$f" | grep -o '<Counters [^>]*>' | head -1 || true)
    p=$(printf '%s' "$counters" | grep -o ' passed="[0-9]*"' | tr -dc '0-9' || true)
    x=$(printf '%s' "$counters" | grep -o ' failed="[0-9]*"' | tr -dc '0-9' || true)
    passed=$((passed + ${p:-0})); failed=$((failed + ${x:-0}))
  done < <(find "$RESULTS" -type f -name '*.trx' -print0 2>/dev/null)
  echo "$passed $failed $files"
}

finish() {
  local rc=$? passed failed files
  trap - EXIT INT TERM
  set +e
  if [ "$STARTED_LAB" = 1 ]; then
    echo "[test] stopping the lab started by this run"
    "$LAB/down.sh"
  fi
  read -r passed failed files < <(count_trx)
  if [ "$files" = 0 ]; then
    echo "[test] no TRX file in $RESULTS"
    [ "$rc" != 0 ] || rc=1
  else
    echo "[test] TRX results: $RESULTS"
  fi
  if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then [ "$rc" != 0 ] || rc=1; fi
  echo "$passed passed, $failed failed"
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- lab: reuse a running one, otherwise start it (and stop it at the end)
lab_rc=0; "$LAB/status.sh" -q || lab_rc=$?
case "$lab_rc" in
  0) echo "[test] reusing the running lab ($LAB_STATE); it stays running" ;;
  2) echo "[test] lab partly running: completing it with eng/lab/up.sh; it stays running"
     "$LAB/up.sh" ;;
  *) echo "[test] starting the lab (stopped again at the end; run eng/lab/up.sh first to keep it)"
     STARTED_LAB=1
     "$LAB/up.sh" ;;
esac
[ -s "$MAILKITCONFIG_LAB_CONFIG" ] || { echo "[test] missing $MAILKITCONFIG_LAB_CONFIG" >&2; exit 1; }

# ---- tests
SLN=MailKitConfig.sln
[ -f "$SLN" ] || [ ! -f MailKitConfig.slnx ] || SLN=MailKitConfig.slnx
# net10.0: every test. net8.0 (the library's net8.0 build, run on the installed runtime through RollForward=Major):
# the tests without the "Integration" category — the lab tests would double the suite's time and exercise the same
# protocol code; the unit tests cover what differs between the two builds (APIs behind #if, option binding, parsers) —
# and without the "Measurement" category (the wrapped-text check, 51,118 classifications of the same source on the
# same runtime; the accuracy tests check the net8.0 build's answers). A --filter given to this script applies to both runs.
NET8_ARGS=(); NET8_FILTER="TestCategory!=Integration&TestCategory!=Measurement"; expect_filter=0
for arg in "$@"; do
  if [ "$expect_filter" = 1 ]; then NET8_FILTER="($arg)&$NET8_FILTER"; expect_filter=0; continue; fi
  case "$arg" in
    --filter) expect_filter=1 ;;
    --filter=*) NET8_FILTER="(${arg#--filter=})&$NET8_FILTER" ;;
    *) NET8_ARGS+=("$arg") ;;
  esac
done
test_rc=0
dotnet test "$SLN" -c Release -f net10.0 --logger "trx" --results-directory "$RESULTS" "$@" || test_rc=$?
dotnet test tests/MailKitConfig.Tests/MailKitConfig.Tests.csproj -c Release -f net8.0 --logger "trx" \
  --results-directory "$RESULTS" --filter "$NET8_FILTER" "${NET8_ARGS[@]}" || test_rc=$?
exit "$test_rc"
