#!/usr/bin/env bash
# The quarterly audit on one machine (Spark local mode, all cores).
#   jobs/quarterly-audit/run-local.sh OUTPUT_DIR [extra flags]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: run-local.sh OUTPUT_DIR [flags]}"; shift
exec "$here/../../bin/mailaudit" run --config "$here/audit.yaml" --output "$out" "$@"
