#!/bin/sh
# Time and peak memory of every command on the worst files within the limits of src/model/rules.rs.
# Usage: tests/scripts/worst-file-timings.sh [BINARY] [DIR]
#   BINARY: a release build (default target/release/veerkrachtplanner; build it with
#           cargo build --release --no-default-features)
#   DIR:    where the worst files are written (default a new temporary folder)
# Writes the files with the ignored test `write_the_worst_files`, each in a folder of its own with `lines.txt`: the
# command lines the test `the_worst_files_work_in_every_command` runs (one list, in tests/io/command_lines.rs).
# Prints one line per command line:
#   file  command line  wall-seconds  cpu-seconds (user+system; what counts on a busy machine)  peak-MB  exit-code
set -eu
bin=${1:-target/release/veerkrachtplanner}
dir=${2:-$(mktemp -d)}
if [ ! -f "$dir/big/lines.txt" ] || [ ! -f "$dir/many/lines.txt" ]; then
    WORST_DIR="$dir" cargo test --quiet --release --no-default-features --test io write_the_worst_files -- --ignored \
        >/dev/null
fi
tab=$(printf '\t')
default_ifs=$IFS
measure() {
    label=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" "$bin" "$@" </dev/null >"$dir/out.txt" 2>"$dir/err.txt" \
        && code=0 || code=$?
    # (time writes "Command exited with non-zero status N" first when the command fails)
    read -r seconds user system kb <<EOT
$(tail -n 1 "$dir/time.txt")
EOT
    cpu=$(echo "$user + $system" | bc)
    printf '%-5s %-62s wall %7s s  cpu %7s s  %5d MB  exit %s\n' "$name" "$label" "$seconds" "$cpu" $((kb / 1024)) "$code"
    if grep -q -e 'NaN' -e '€ ?' "$dir/out.txt"; then
        echo "  ^ output has NaN or '€ ?'"
    fi
}
for name in big many; do
    folder="$dir/$name"
    while IFS= read -r line; do
        # The command line with the folder left out of its paths, as its label.
        label=$(printf '%s' "$line" | sed "s#$folder/##g" | tr '\t' ' ')
        # The arguments are separated by tabs (paths may hold spaces).
        set -f
        IFS=$tab
        # shellcheck disable=SC2086
        set -- $line
        IFS=$default_ifs
        set +f
        measure "$label" "$@"
    done <"$folder/lines.txt"
done
