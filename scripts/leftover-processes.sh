#!/usr/bin/env bash
# Lists processes that a sigbench run left alive: any process whose working directory is in
# the given checkout (default: this one) and that is a JVM or was orphaned to init. Exits 1 if
# there are any, so CI fails when the harness leaks a process.
set -u
top=$(cd "${1:-$(dirname "$0")/..}" && pwd -P)

# This script and whatever runs it (CI's shell, its callers) are not leftovers.
ancestors=" "
pid=$$
while [ -n "$pid" ] && [ "$pid" != 0 ]; do
    ancestors="$ancestors$pid "
    pid=$(awk '/^PPid:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
done

left=0
for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    case "$ancestors" in *" $pid "*) continue ;; esac
    cwd=$(readlink "$dir/cwd" 2>/dev/null) || continue
    case "$cwd" in "$top" | "$top"/*) ;; *) continue ;; esac
    comm=$(cat "$dir/comm" 2>/dev/null)
    ppid=$(awk '/^PPid:/ { print $2 }' "$dir/status" 2>/dev/null)
    [ "$comm" = java ] || [ "$ppid" = 1 ] || continue
    echo "left running: $pid $(tr '\0' ' ' < "$dir/cmdline" 2>/dev/null | cut -c1-160)"
    left=1
done
exit "$left"
