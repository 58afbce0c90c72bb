#!/usr/bin/env bash
# Console search at national scale (docs/benchmarks.md, "Console search at 10 million packages").
#   bench/sql/console-search-10m.sh seed    # database search10m: migrations V1..V25, the seed, V26 timed
#   bench/sql/console-search-10m.sh read    # pgbench of every read, hot and other agencies; p50/p99
#   bench/sql/console-search-10m.sh before  # the agency reads with the query as V26 left it (*-before.pgbench)
# PG="-h 127.0.0.1 -p 5499 -U postgres" (a private cluster: never the shared 5432 one), PACKAGES=10000000,
# MODE=prepared (pgbench -M), TX=300 (transactions per read), OUT=directory for the pgbench logs. Run it under nice -n 19 ionice -c3 on a
# shared machine, and the server too (renice its postmaster before the backends start).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
migrations=$here/../../src/main/resources/db/migration
PG=${PG:--h 127.0.0.1 -p 5499 -U postgres}
DB=${DB:-search10m}
PACKAGES=${PACKAGES:-10000000}
TX=${TX:-300}
MODE=${MODE:-prepared}  # extended: an unnamed statement, a custom plan each time (PgJDBC before prepareThreshold)
OUT=${OUT:-/tmp/console-search-10m}
mkdir -p "$OUT"

seed() {
    psql $PG -d postgres -v ON_ERROR_STOP=1 -c "drop database if exists $DB" -c "create database $DB"
    for f in $(ls "$migrations"/V*.sql | sort -V); do
        case $(basename "$f") in V26__*|V2[7-9]__*|V[3-9][0-9]__*) continue ;; esac
        psql $PG -d "$DB" -q -v ON_ERROR_STOP=1 -1 -f "$f"
    done
    psql $PG -d "$DB" -v ON_ERROR_STOP=1 -v packages="$PACKAGES" -f "$here/console-search-10m-seed.sql"
    echo "V26 on the loaded database (load average: $(cut -d' ' -f1-3 /proc/loadavg)):"
    psql $PG -d "$DB" -v ON_ERROR_STOP=1 -c '\timing on' -1 -f "$migrations"/V26__*.sql
    psql $PG -d "$DB" -c 'analyze delivery' -c "select pg_size_pretty(pg_database_size('$DB')) as database"
}

# p50 and p99 (ms) of a pgbench log (-l), its first 5 transactions left out (warm-up: the connection's catalog
# caches, the statements' preparation, as ScaleScenario's 5 unmeasured reads): the third field is the latency in us
percentiles() {
    awk 'FNR > 5' "$@" | sort -n -k3,3 | awk '{ v[NR] = $3 } END { printf "n=%d p50=%.1f p99=%.1f max=%.1f ms\n", NR,
        v[int(NR * 0.50 + 0.5)] / 1000, v[int(NR * 0.99 + 0.5)] / 1000, v[NR] / 1000 }'
}

bench() {  # name file extra-pgbench-args...
    local name=$1 file=$2
    shift 2
    rm -f "$OUT/$name".[0-9]*
    (cd "$OUT" && pgbench $PG -n -M "$MODE" -c 1 -t "$((TX + 5))" -l --log-prefix="$name" "$@" -f "$here/$file" "$DB" \
        > "$name.out" 2>&1) || { cat "$OUT/$name.out"; return 1; }
    printf '%-28s load %s  %s\n' "$name" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(percentiles "$OUT/$name".[0-9]*)"
}

read_all() {
    bench document console-search-10m-document.pgbench -D packages="$PACKAGES"
    for who in hot:0:99 other:100:99999; do
        IFS=: read -r label lo hi <<< "$who"
        for q in day month agency cursor inbox; do
            bench "$q-$label" "console-search-10m-$q.pgbench" -D lo="$lo" -D hi="$hi"
        done
    done
}

read_before() {
    for who in hot:0:99 other:100:99999; do
        IFS=: read -r label lo hi <<< "$who"
        for q in day month agency cursor; do
            bench "$q-$label-before" "console-search-10m-$q-before.pgbench" -D lo="$lo" -D hi="$hi"
        done
    done
}

case ${1:-} in
    seed) seed ;;
    read) read_all ;;
    before) read_before ;;
    *) echo "usage: $0 seed|read|before" >&2; exit 2 ;;
esac
