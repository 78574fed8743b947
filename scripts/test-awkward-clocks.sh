#!/usr/bin/env bash
# Runs the date-sensitive test files again with the clock (TEST_CLOCK, see tests/support/test-clock.ts) and the time
# zone at awkward moments, so a test that leans on today's date fails on any day. CI runs it after `npm test`.
# Usage: scripts/test-awkward-clocks.sh [vitest filters…]   (default: the date-sensitive files below)
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=("$@")
if [ ${#FILES[@]} -eq 0 ]; then
  FILES=(
    tests/domain/approvals tests/domain/followup tests/domain/inbox tests/domain/offboarding tests/domain/pool
    tests/domain/reports tests/domain/signals tests/domain/sla tests/domain/wakeup
    tests/flows/approval.test.ts tests/flows/approval-slack.test.ts tests/flows/followup-commands.test.ts
    tests/flows/pipeline-order.test.ts tests/flows/quote.test.ts tests/flows/routing-chat.test.ts
    tests/jobs tests/support/test-clock.test.ts
  )
fi

# moment (with its offset) | time zone of the process
MOMENTS=(
  "2027-01-01T00:20:00+08:00|Asia/Shanghai"      # first hour of a year (and of a month) in Shanghai
  "2026-03-01T00:10:00+08:00|Asia/Shanghai"      # first hour of a month after a short February
  "2027-03-28T01:30:00+01:00|Europe/Berlin"      # European DST starts at 02:00 local, half an hour later
  "2026-11-01T01:30:00-04:00|America/New_York"   # US DST ends: 01:30 happens twice
  "2028-02-29T09:00:00+08:00|Asia/Shanghai"      # a leap day
)

for m in "${MOMENTS[@]}"; do
  clock="${m%%|*}"; zone="${m##*|}"
  echo "== clock at ${clock} in ${zone}"
  TEST_CLOCK="$clock" TZ="$zone" npx vitest run "${FILES[@]}"
done
