#!/usr/bin/env bash
# Runs CI exactly as it runs on a submission: a fresh clone of the committed main in a temporary folder, with a copy
# of ../shared beside it (read-only), `bash .ci/run` with CI=true and no standard input. Uncommitted work is not in it:
# commit first. Usage: scripts/fresh-clone-ci.sh [branch]   (default main); KEEP=1 keeps the folder.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
branch="${1:-main}"
work="$(mktemp -d /tmp/quayside-fresh-XXXXXX)"
cleanup() { [ "${KEEP:-}" = 1 ] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT

git clone --quiet --branch "$branch" "$repo" "$work/main"
if [ -d "$repo/../shared" ]; then cp -r "$repo/../shared" "$work/shared" && chmod -R a-w "$work/shared"; fi
echo "fresh clone of $branch at $(git -C "$work/main" rev-parse --short HEAD) in $work/main"
cd "$work/main"
start=$(date +%s)
if CI=true bash .ci/run </dev/null; then status=0; else status=$?; fi
echo "fresh-clone CI: exit $status after $(( $(date +%s) - start )) s"
chmod -R u+w "$work" 2>/dev/null || true
exit $status
