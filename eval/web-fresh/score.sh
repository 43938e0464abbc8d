#!/bin/sh
# Scores the built extractor (out/) on these cases with the public web benchmark's scorer, unchanged.
# usage: [HALF=A|B] sh eval/web-fresh/score.sh [score.mjs options, e.g. --verbose --jobs 2]
# SCORER overrides where the public score.mjs lives (default: ../shared beside the repo, or /work/shared).
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
scorer=${SCORER:-}
for d in "$repo/../shared/bench-data/web" /work/shared/bench-data/web; do
  [ -z "$scorer" ] && [ -f "$d/score.mjs" ] && scorer="$d/score.mjs"
done
[ -n "$scorer" ] || { echo "score.mjs of the public web benchmark not found (set SCORER)" >&2; exit 1; }
cases="$here"
# HALF=A|B scores one half (A: misses may be read; B: only ever scored).
if [ -n "$HALF" ]; then
  cases=$(mktemp -d)
  for c in $(node -e "for (const c of require('$here/cases.json')) if (c.half === process.argv[1]) console.log(c.id)" "$HALF"); do
    ln -s "$here/$c" "$cases/$c"
  done
fi
exec node "$scorer" --cases "$cases" --cmd "node $repo/bin/parallax.mjs extract {file} --json" "$@"
