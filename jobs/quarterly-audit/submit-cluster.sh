#!/usr/bin/env bash
# The quarterly audit on a cluster: the same shaded jar as bin/mailaudit, through spark-submit.
#   MASTER=yarn OUTPUT=hdfs:///audits/mailaudit jobs/quarterly-audit/submit-cluster.sh [extra flags]
# MASTER: yarn | k8s://https://host:443 | spark://host:7077. Settings that matter are below.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$(ls "$here"/../../target/mailaudit-*-app.jar 2>/dev/null | head -n 1)"
[ -n "$jar" ] || { echo "build the jar first: mvn -B -DskipTests package" >&2; exit 1; }
: "${MASTER:?set MASTER (yarn, k8s://..., spark://...)}"
: "${OUTPUT:?set OUTPUT (an hdfs://, s3a:// or shared path)}"
exec spark-submit \
  --master "$MASTER" \
  --deploy-mode "${DEPLOY_MODE:-client}" \
  --class fi.mailaudit.MailAudit \
  --executor-memory "${EXECUTOR_MEMORY:-4g}" \
  --executor-cores "${EXECUTOR_CORES:-4}" \
  --conf spark.sql.shuffle.partitions="${SHUFFLE_PARTITIONS:-200}" \
  --files "$here/audit.yaml" \
  "$jar" run --config "$here/audit.yaml" --output "$OUTPUT" "$@"
