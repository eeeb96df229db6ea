#!/usr/bin/env bash
# The whole suite (`npm test`, and `.ci/run` after `npm ci`). Every stage runs even when an
# earlier one failed, so one run shows everything; e2e is skipped only when there is no
# fresh build or no browser to run it with. The last line printed is `N passed, N failed`
# (scripts/summary.mjs) and the exit code is non-zero if any stage or test failed.
set -uo pipefail
cd "$(dirname "$0")/.."

rm -rf test-results
mkdir -p test-results

STAGE_ARGS=()
# stage NAME COMMAND...: runs COMMAND, records its exit code for the summary, returns it.
stage() {
  local name=$1
  shift
  local started=$SECONDS
  echo
  echo "==> [$name] $*"
  "$@"
  local rc=$?
  STAGE_ARGS+=(--stage "$name=$rc")
  echo "<== [$name] $([ "$rc" -eq 0 ] && echo ok || echo "FAILED (exit $rc)") in $((SECONDS - started))s"
  return "$rc"
}

stage chromium bash scripts/ensure-chromium.sh
chromium_rc=$?
stage typecheck npm run typecheck
stage lint npm run lint
stage format npm run format:check
stage unit npx vitest run
stage build npx vite build
build_rc=$?

if [ "$build_rc" -eq 0 ] && [ "$chromium_rc" -eq 0 ]; then
  stage e2e npx playwright test
else
  echo
  echo "==> [e2e] skipped: $([ "$build_rc" -ne 0 ] && echo 'the build failed' || echo 'no Chromium')"
  STAGE_ARGS+=(--stage e2e=skipped)
fi

node scripts/summary.mjs "${STAGE_ARGS[@]}"
