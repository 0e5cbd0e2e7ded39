# Sourced by bin/paperscope, bin/bench and bin/local-cluster: the JIT compilers, the heap (the
# first two launchers) and the garbage collector of a Paperscope JVM.
#
# The JIT, from PAPERSCOPE_JIT (auto | quick | full; default auto) and the paperscope command line:
#
#   quick  C1 only (-XX:TieredStopAtLevel=1). A small run is mostly Spark planning its ~200 jobs and
#          the JIT compiling that planner: with HotSpot's default tiers, C2 compiled on one of two
#          cores for most of a demo run (-XX:+CITime: 102 s of C2 time in a 97 s pipeline). C1
#          alone: demo pipeline 93 s -> 73 s (means of 4 interleaved pairs), one-day run on an
#          xwlb warehouse 73-84 s -> 51-63 s, a whole xwlb run 120 s -> 104 s.
#   full   HotSpot's default tiers (C1, then C2 for hot code). C2's code runs the text work about
#          twice as fast once compiled (JMH: segmentation 4,755 vs 2,801 articles/s, topic
#          confirmation 60,473 vs 29,564), which pays off on big inputs: xwlb x10 with the open
#          vocabulary off took 287 s with C2 and 372 s with C1 alone.
#   auto   quick for `demo` and for a command whose --from/--to name at most
#          PAPERSCOPE_JIT_QUICK_DAYS days (default 31: the Airflow daily run, a monthly rerun; a month
#          of even People's Daily is a few MB); full for everything else (backfills, whole archives).
# Measured on 2 cores, Java 17; docs/performance.md has the commands.

paperscope_jit_mode() {  # paperscope_jit_mode ARGS...: prints quick or full
  local mode="${PAPERSCOPE_JIT:-auto}"
  case "$mode" in
    quick | full) echo "$mode"; return 0 ;;
    auto) ;;
    *) echo "paperscope: PAPERSCOPE_JIT must be auto, quick or full, not '$mode'" >&2; return 2 ;;
  esac
  if paperscope_small_run "$@"; then echo quick; else echo full; fi
}

paperscope_small_run() {  # paperscope_small_run ARGS...: true for `demo` and for --from/--to of at
  # most PAPERSCOPE_JIT_QUICK_DAYS days (default 31)
  [[ "${1:-}" == demo ]] && return 0
  local from="" to=""
  while (($#)); do
    case "$1" in
      --from) from="${2:-}"; shift ;;
      --from=*) from="${1#--from=}" ;;
      --to) to="${2:-}"; shift ;;
      --to=*) to="${1#--to=}" ;;
    esac
    shift
  done
  local first last max_days="${PAPERSCOPE_JIT_QUICK_DAYS:-31}"
  if [[ "$from" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ && "$to" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] &&
      first=$(date -u -d "$from" +%s 2>/dev/null) && last=$(date -u -d "$to" +%s 2>/dev/null) &&
      ((last >= first && (last - first) / 86400 + 1 <= max_days)); then
    return 0
  fi
  return 1
}

paperscope_jit_flags() {  # paperscope_jit_flags ARGS...: prints the JVM flags of the mode
  local mode
  mode="$(paperscope_jit_mode "$@")" || return 2
  # C1 alone gets HotSpot's non-tiered 48 MB code cache, too small for Spark ("Out of space in
  # CodeCache" on a whole xwlb run): give it what tiered compilation reserves.
  [[ $mode == quick ]] && echo "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m"
  return 0
}

# The heap, when PAPERSCOPE_JAVA_OPTS does not give one: -Xmx768m for the small runs of the JIT's
# auto rule (the demo, a daily or monthly run), -Xmx1g for the rest. Measured on 2 cores, same jar,
# one JVM each: small runs take the same time either way with 150-260 MB less peak RSS (one-day run
# on the xwlb x10 warehouse 24.7, 24.2 s and 1,155, 1,137 MB against 24.6, 24.6 s and 1,335,
# 1,286 MB), while a whole xwlb x10 run is about 4 % slower in the smaller heap (148.8, 153.9,
# 157.7, 160.3 s against 148.8, 147.7, 148.6, 152.0, 151.1 s). docs/performance.md, "Heap by run size".
paperscope_heap_flags() {  # paperscope_heap_flags ARGS...: prints the heap flag of the command line
  if paperscope_small_run "$@"; then echo "-Xmx768m"; else echo "-Xmx1g"; fi
}

# The collector: the parallel (throughput) collector, unless the JVM options given
# (PAPERSCOPE_JAVA_OPTS) already choose one. A batch run wants the least GC work per byte, not short
# pauses. With HotSpot's default G1 on 2 cores, a demo run spent 38.6 s of a GC thread in 158
# concurrent mark cycles (heap 768 MB, live set about 230 MB after a full GC; -Xlog:gc): a core's
# share the pipeline did not get. The parallel collector does no concurrent marking. Interleaved
# A/B, C1 alone for the demo, HotSpot's default tiers for xwlb: demo pipeline mean 73.4 s -> 63.7 s
# (6 pairs), user CPU 128 s -> 108 s; whole xwlb x1 112.0/106.5 s -> 92.9/84.8 s; peak RSS even
# (1.21 vs 1.22 GB demo, 1.53 vs 1.54 GB xwlb). docs/performance.md has the commands.
paperscope_gc_flags() {  # paperscope_gc_flags "JVM OPTIONS": prints the collector flag to add, if any
  local given=" ${1:-} "
  [[ "$given" =~ [[:space:]]-XX:\+Use[A-Za-z0-9]+GC[[:space:]] ]] && return 0
  echo "-XX:+UseParallelGC"
}
