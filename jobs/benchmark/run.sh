#!/usr/bin/env bash
# Issue 7's benchmark: fetches tika-app (a baseline only: into target/bench-tools, never onto the job's
# class path or into the shaded jar), then runs `bin/mailaudit bench`, which writes docs/BENCHMARKS.md.
#   jobs/benchmark/run.sh [--sizes 10000,100000] [--formats mbox,eml,mixed] [--work DIR]
# Corpora are generated once under --work (default $TMPDIR/mailaudit-bench) and reused.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
tools="target/bench-tools"
if ! ls "$tools"/tika-app-*.jar >/dev/null 2>&1; then
  # 3.3.1 matches the job's Tika; Maven Central had only up to 3.2.2 of tika-app when this was written.
  for version in 3.3.1 3.2.2; do
    if mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.11.0:copy \
        -Dartifact="org.apache.tika:tika-app:$version" -DoutputDirectory="$tools" >/dev/null 2>&1; then
      echo "[bench] using tika-app $version" >&2
      break
    fi
  done
fi
exec "$here/bin/mailaudit" bench "$@"
