#!/bin/sh
# Scores the built extractor (out/) on these cases with the public benchmark's scorer.
# usage: [HALF=A|B] [FORMAT=html] sh eval/extraction-fresh/score.sh [score.mjs options, e.g. --only rd-tumblr]
# SCORER overrides where the public score.mjs lives (default: ../shared beside the repo, or /work/shared).
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
scorer=${SCORER:-}
for d in "$repo/../shared/bench-data/extraction" /work/shared/bench-data/extraction; do
  [ -z "$scorer" ] && [ -f "$d/score.mjs" ] && scorer="$d/score.mjs"
done
[ -n "$scorer" ] || { echo "score.mjs of the public extraction benchmark not found (set SCORER)" >&2; exit 1; }
cases="$here"
# HALF=A|B scores one half of cases.json (A: cases whose misses were read; B: never read).
if [ -n "$HALF" ]; then
  cases=$(mktemp -d)
  for c in $(node -e "for (const c of require('$here/cases.json')) if (c.half === process.argv[1]) console.log(c.name)" "$HALF"); do
    ln -s "$here/$c" "$cases/$c"
  done
fi
# FORMAT=html extracts each case's source.html instead of its input.txt (the same gold).
if [ "$FORMAT" = html ]; then
  exec node "$scorer" --cases "$cases" --cmd "sh $here/extract-html.sh $repo/bin/parallax.mjs {file}" "$@"
fi
exec node "$scorer" --cases "$cases" --cmd "node $repo/bin/parallax.mjs extract {file} --json" "$@"
