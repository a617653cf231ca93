#!/bin/sh
# Time and peak memory of every command on the worst files within the limits of src/model/rules.rs.
# Usage: tests/scripts/worst-file-timings.sh [BINARY] [DIR]
#   BINARY: a release build (default target/release/veerkrachtplanner; build it with
#           cargo build --release --no-default-features)
#   DIR:    where the worst files are written (default a new temporary folder)
# Writes the files with the ignored test `write_the_worst_files`, then prints one line per command:
#   file  command  wall-seconds  cpu-seconds (user+system; what counts on a busy machine)  peak-MB  exit-code
set -eu
bin=${1:-target/release/veerkrachtplanner}
dir=${2:-$(mktemp -d)}
if [ ! -f "$dir/big.veerkracht" ] || [ ! -f "$dir/many.veerkracht" ]; then
    WORST_DIR="$dir" cargo test --quiet --test io write_the_worst_files -- --ignored >/dev/null
fi
measure() {
    name=$1
    shift
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time.txt" "$bin" "$@" >"$dir/out.txt" 2>"$dir/err.txt" && code=0 || code=$?
    # (time writes "Command exited with non-zero status N" first when the command fails)
    read -r seconds user system kb <<EOT
$(tail -n 1 "$dir/time.txt")
EOT
    cpu=$(echo "$user + $system" | bc)
    printf '%-16s %-30s wall %7s s  cpu %7s s  %5d MB  exit %s\n' "$file" "$name" "$seconds" "$cpu" $((kb / 1024)) "$code"
    if grep -q -e 'NaN' -e '€ ?' "$dir/out.txt"; then
        echo "  ^ output has NaN or '€ ?'"
    fi
}
for file in big.veerkracht many.veerkracht; do
    f="$dir/$file"
    runs=$(grep -o 'monte_carlo_runs: [0-9]*' "$f" | grep -o '[0-9]*$')
    measure check check "$f"
    measure "loops --json" loops "$f" --json
    measure "simulate --json" simulate "$f" --json
    measure "simulate crisis --csv" simulate "$f" --scenario crisis --csv "$dir/s.csv"
    measure "simulate rk4 --runs $runs" simulate "$f" --method rk4 --runs "$runs" --json
    measure "plan --json" plan "$f" --json
    measure "optimize --json" optimize "$f" --budget-per-year 1000000 --json
    measure export-svg export-svg "$f" "$dir/m.svg"
    measure export-xmile export-xmile "$f" "$dir/m.xmile"
    measure export-pdf export-pdf "$f" "$dir/m.pdf"
    measure export-docx export-docx "$f" "$dir/m.docx"
    measure export-png export-png "$f" "$dir/m.png"
    measure normalize normalize "$f" --out "$dir/n.veerkracht"
    measure diff diff "$f" "$dir/n.veerkracht"
    measure merge merge "$f" "$f" "$dir/n.veerkracht" --out "$dir/g.veerkracht"
    # Computations under uncertainty with their default number of runs, as a user would start them; on a model too
    # large for that many runs they refuse at once with a message that says so (exit 2).
    measure "compare (default runs)" compare "$f" --plans referentie,plan00
    measure "sensitivity (default runs)" sensitivity "$f" --plan plan00
    measure "optimize --robust p10 (default runs)" optimize "$f" --budget-per-year 1000000 --robust p10
done
