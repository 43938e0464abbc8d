#!/bin/sh
# Scores the built extractor (out/) on these cases with the public benchmark's scorer.
# usage: sh eval/extraction-fresh/score.sh [score.mjs options, e.g. --only rd-tumblr]
# SCORER overrides where the public score.mjs lives (default: ../shared beside the repo, or /work/shared).
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
scorer=${SCORER:-}
for d in "$repo/../shared/bench-data/extraction" /work/shared/bench-data/extraction; do
  [ -z "$scorer" ] && [ -f "$d/score.mjs" ] && scorer="$d/score.mjs"
done
[ -n "$scorer" ] || { echo "score.mjs of the public extraction benchmark not found (set SCORER)" >&2; exit 1; }
exec node "$scorer" --cases "$here" --cmd "node $repo/bin/parallax.mjs extract {file} --json" "$@"
