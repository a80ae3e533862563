#!/usr/bin/env bash
# Builds what the benchmarks need, runs the JMH benchmarks and the load generator, and writes BENCHMARKS.md at the
# repository root. Takes under 10 minutes on 2 cores. Loopback only; rsyslog is used when installed, never started as
# a service.
#
#   benchmarks/run.sh
#
# JMH_ARGS adds JMH options (e.g. a benchmark regex), LOAD_ARGS load generator options (e.g. --events=200000); both
# appear in the command written to the report.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="benchmarks/target/bench"
started=$(date +%s)
mkdir -p "$out"
: > "$out/phases.txt"

note_load() {
  printf '%s\t%s\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/phases.txt"
}

command="benchmarks/run.sh"
if [[ -n "${LOAD_ARGS:-}" ]]; then command="LOAD_ARGS='${LOAD_ARGS}' $command"; fi
if [[ -n "${JMH_ARGS:-}" ]]; then command="JMH_ARGS='${JMH_ARGS}' $command"; fi

note_load "before the build"
./mvnw -B -q install -DskipTests \
  -pl logstash-input-cefsyslog,logstash-filter-kaspersky,logstash-filter-cisco-esa -am
./mvnw -B -q -f benchmarks/pom.xml package -DskipTests
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

note_load "before JMH"
# shellcheck disable=SC2086 # JMH_ARGS is a list of options
java -cp "$classpath" -Dslf4j.internal.verbosity=ERROR org.openjdk.jmh.Main \
  -prof gc -rf json -rff "$out/jmh.json" ${JMH_ARGS:-} 'io\.github\.ecsbridge\..*Benchmark'

note_load "before the load runs"
# The heap is capped as a small Logstash would cap it; the 10M-event run shows the input fits.
# shellcheck disable=SC2086 # LOAD_ARGS is a list of options
java -Xmx256m -cp "$classpath" -Dslf4j.internal.verbosity=ERROR io.github.ecsbridge.cefsyslog.LoadGenerator \
  --output="$out/load.json" --work-dir="$out/load" ${LOAD_ARGS:-}

note_load "at the end"
java -cp "$classpath" io.github.ecsbridge.benchmarks.ReportWriter \
  --jmh="$out/jmh.json" --load="$out/load.json" --phases="$out/phases.txt" --command="$command" \
  --elapsed-seconds=$(( $(date +%s) - started )) --output=BENCHMARKS.md
echo "wrote BENCHMARKS.md in $(( $(date +%s) - started )) s"
