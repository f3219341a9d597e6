# Sourced by the bench scripts, after they set $root (the project folder).

# The ANT v2.1 archive: ../shared/corpora beside the project, or STORYLINES_CORPORA.
ant_archive="${STORYLINES_CORPORA:-$root/../shared/corpora}/ant-v2.1-multisource/antcorpus.multisource.data.tar.gz"

# Stops the script (exit 2) when the ANT archive is missing.
require_ant() {
  [[ -f "$ant_archive" ]] || { echo "bench: $ant_archive not found" >&2; exit 2; }
}

# The median of the numbers given (the lower middle one of an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
