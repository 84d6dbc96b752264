#!/usr/bin/env bash
# Replays story discovery offline over the signatures the last bench/stories-quality.sh run stored
# (target/stories-quality/story_article.tsv), with the service's own StoryIndex and decision, and scores it as
# that script does, tune rows only. A diagnosis for sweeps over settings, not a result (docs/stories.md).
# Usage: bench/stories-replay.sh [ANT_DIR] [--extra-tune=FILE ...] [-DSETTING=VALUE ...]
#   settings are named as in StoryAssigner.Settings: -Dthreshold=0.07 -DscoreArticles=3 -DmergeScore=0.15
#   -DmergeCentroid=0.5 -DcoldDays=2 ...; unset ones take the service's defaults.
# Needs a build (target/classes, as the quality script leaves it).
set -euo pipefail
cd "$(dirname "$0")/.."
ant=../shared/data/ant
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then ant="$1"; shift; fi
run="target/stories-quality"
out="target/stories-replay"
mkdir -p "$out/classes"
cp=$(cat target/load-articles.classpath)
# a copy of the service's classes, so that a build running meanwhile (tests) does not pull them from under the replay
if ! [ "$out/service/news/parallax/story/StoryAssigner.class" -nt target/classes/news/parallax/story/StoryAssigner.class ]; then
  rm -rf "$out/service" && cp -r target/classes "$out/service"
fi
[ "$out/classes/news/parallax/story/StoriesReplay.class" -nt bench/StoriesReplay.java ] \
  && [ "$out/classes/news/parallax/story/StoriesReplay.class" -nt "$out/service/news/parallax/story/StoryAssigner.class" ] \
  || javac -nowarn -cp "$out/service:$cp" -d "$out/classes" bench/StoriesReplay.java
props=() scorer=()
for arg in "$@"; do
  case "$arg" in
    -D*) props+=("$arg") ;;
    *) scorer+=("$arg") ;;
  esac
done
java "${props[@]}" -cp "$out/classes:$out/service:$cp" news.parallax.story.StoriesReplay \
  "$run/story_article.tsv" "$run/articles.tsv" "$out/clusters.tsv"
java -cp "$cp" bench/StoriesQuality.java score "$ant/labels/events-dev.json" "$out/clusters.tsv" --tune-only "${scorer[@]}"
