#!/bin/bash
# Counts the axis's file-system calls per accepted package while a bench scenario loads it.
# usage: bench/trace/fs-calls.sh <pid of the axis> [seconds=10] > counts.txt
# (find the pid with: pgrep -f -- "-jar <the jar the bench runs>"; start it during the measured minute)
set -euo pipefail
pid="$1"; seconds="${2:-10}"
out="$(mktemp)"
timeout "$seconds" strace -f -qq -p "$pid" -o "$out" \
  -e trace=mkdir,mkdirat,rmdir,rename,renameat,renameat2,unlink,unlinkat,openat,fsync,fdatasync || true
/usr/bin/python3 "$(dirname "$0")/fs-calls.py" "$out"
rm -f "$out"
