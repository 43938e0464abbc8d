#!/bin/sh
# Extracts a case's source.html (the HTML path: markup, <title>, <nav>, headings) where the
# scorer hands input.txt: `FORMAT=html sh score.sh`. usage: extract-html.sh <parallax.mjs> <case>/input.txt
exec node "$1" extract "$(dirname "$2")/source.html" --json
