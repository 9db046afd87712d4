#!/usr/bin/env python3
"""Driver for scripts/bench (run that, not this): times `sitegen build` and
`hugo` on equivalent sites, median of BENCH_RUNS runs, and the incremental
rebuild of `sitegen serve` after one initiative changes."""
import os, re, shutil, socket, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, ".build/release/sitegen")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "1000 10000").split()]
RUNS_INCREMENTAL = int(os.environ.get("BENCH_INCREMENTAL_RUNS", "5"))
# Another sitegen binary (an earlier commit's release build) measured on the same
# content in the same run: `BENCH_BASELINE=/path/to/sitegen scripts/bench`.
# It is measured with its own checkout's theme and, for the real report, its own content
# (the binary at CHECKOUT/.build/release/sitegen): content and themes change with the format.
BASELINE = os.environ.get("BENCH_BASELINE")
BASELINE_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(BASELINE)))) if BASELINE else None


def log(*args):
    print("bench:", *args, file=sys.stderr, flush=True)


def timed(cmd, cwd, env=None):
    """One run under /usr/bin/time -v: (wall s, cpu s, peak RSS MB)."""
    report = os.path.join(WORK, "time.txt")
    full_env = dict(os.environ, **(env or {}))
    result = subprocess.run(["/usr/bin/time", "-v", "-o", report] + cmd, cwd=cwd, env=full_env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"bench: failed: {' '.join(cmd)}\n{result.stderr[-2000:]}")
    text = open(report).read()
    def field(name):
        return re.search(re.escape(name) + r": (.*)", text).group(1).strip()
    wall = 0.0
    for part in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"):
        wall = wall * 60 + float(part)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    rss = int(field("Maximum resident set size (kbytes)")) / 1024
    return wall, cpu, rss


def median_of(cmd, cwd, label, out, env=None):
    """Median (wall, cpu, rss) of RUNS builds, and the wall time of the first one, made
    into an empty output folder (the others rebuild over the previous output)."""
    shutil.rmtree(out, ignore_errors=True)
    runs = []
    for i in range(RUNS):
        runs.append(timed(cmd, cwd, env))
        log(f"{label} run {i + 1}/{RUNS}: wall {runs[-1][0]:.2f}s cpu {runs[-1][1]:.2f}s rss {runs[-1][2]:.0f}MB")
    return tuple(statistics.median(r[k] for r in runs) for k in range(3)) + (runs[0][0],)


def fixture(n):
    content, hugo = os.path.join(WORK, f"content-{n}"), os.path.join(WORK, f"hugo-{n}")
    subprocess.run([BIN, "fixture", "--initiatives", str(n), "--out", content, "--hugo", hugo + "/gen"],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.copytree(os.path.join(ROOT, "bench/hugo"), hugo, dirs_exist_ok=True)
    shutil.move(os.path.join(hugo, "gen/content"), os.path.join(hugo, "content"))
    return content, hugo


def sitegen_build(content, label, binary=BIN, root=ROOT):
    out = os.path.join(WORK, "out-sitegen")
    result = median_of([binary, "build", "--content", content, "--output", out,
                        "--themes", os.path.join(root, "themes")], root, label, out)
    return result + (largest_page(out),)


def largest_page(out):
    """(bytes, path) of the largest HTML page the build wrote."""
    pages = [(os.path.getsize(os.path.join(d, f)), os.path.relpath(os.path.join(d, f), out))
             for d, _, files in os.walk(out) for f in files if f.endswith(".html")]
    return max(pages)


def baseline_build(content, label):
    return sitegen_build(content, "baseline " + label, BASELINE, BASELINE_ROOT) if BASELINE else None


def hugo_build(site, label):
    out = os.path.join(WORK, "out-hugo")
    return median_of(["hugo", "--quiet", "--source", site, "--destination", out], ROOT, label, out)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure_incremental(content):
    """Starts `sitegen serve`, edits one initiative, reads the rebuild time it logs."""
    out = os.path.join(WORK, "out-serve")
    proc = subprocess.Popen([BIN, "serve", "--port", str(free_port()), "--content", content, "--output", out,
                             "--themes", os.path.join(ROOT, "themes")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    times = []
    try:
        def wait_for(pattern, limit=600):
            deadline = time.time() + limit
            while time.time() < deadline:
                line = proc.stdout.readline()
                if not line:
                    break
                m = re.search(pattern, line)
                if m:
                    return m
            sys.exit(f"bench: serve did not print {pattern!r}")
        wait_for(r"http://127\.0\.0\.1")
        bases = sorted(f for f in os.listdir(os.path.join(content, "initiatives")) if not f.endswith(".easy.md"))
        target = bases[len(bases) // 2]
        path = os.path.join(content, "initiatives", target)
        original = open(path, encoding="utf-8").read()
        for i in range(RUNS_INCREMENTAL):
            time.sleep(0.5)  # the watcher polls every 200 ms; edits must not merge
            with open(path, "w", encoding="utf-8") as f:
                f.write(original.replace("title: ", f"title: 改訂{i} ", 1))
            edited = wait_for(r"ビルド \d+\(編集したページ\): (\d+)ファイルを更新しました\(([\d.]+)ミリ秒\)")
            whole = wait_for(r"ビルド \d+\(サイト全体\): (\d+)ファイルを更新しました\(([\d.]+)ミリ秒\)")
            times.append((float(edited.group(2)), int(edited.group(1)), float(whole.group(2)), int(whole.group(1))))
            log(f"incremental rebuild {i + 1}: edited pages {edited.group(2)} ms ({edited.group(1)} files), "
                f"whole site {whole.group(2)} ms ({whole.group(1)} files)")
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return (statistics.median(t[0] for t in times), times[0][1],
            statistics.median(t[2] for t in times), times[0][3])


def main():
    rows = []
    log("real content (14 initiatives) vs Hugo on a 14-initiative fixture")
    _, hugo14 = fixture(14)
    real = os.path.join(ROOT, "content")
    rows.append(("14 (real content)", sitegen_build(real, "sitegen 14"), hugo_build(hugo14, "hugo 14"),
                 baseline_build(os.path.join(BASELINE_ROOT, "content"), "14") if BASELINE else None))
    # The baseline cannot read today's real content, so the row above compares each version's own
    # report; this one builds the baseline's report with both binaries (like for like).
    same_content = []
    if BASELINE:
        theirs = os.path.join(BASELINE_ROOT, "content")
        same_content.append(("14 (the baseline's real content, both versions)",
                             sitegen_build(theirs, "sitegen 14 on the baseline's content"),
                             baseline_build(theirs, "14 again")))
    incremental, incremental_size = None, None
    for n in SIZES:
        content, hugo = fixture(n)
        rows.append((f"{n:,}", sitegen_build(content, f"sitegen {n}"), hugo_build(hugo, f"hugo {n}"),
                     baseline_build(content, str(n))))
        if n == SIZES[0]:
            incremental, incremental_size = measure_incremental(content), n
        shutil.rmtree(content)
        shutil.rmtree(hugo)

    cpus = os.cpu_count()
    lines = [
        f"# sitegen vs Hugo ({subprocess.run(['hugo', 'version'], capture_output=True, text=True).stdout.split()[1]}), "
        f"median of {RUNS} runs, {cpus} cores",
        "",
        "| initiatives | sitegen wall s | Hugo wall s | wall ratio | first build into an empty folder: sitegen / Hugo s | sitegen CPU s | Hugo CPU s | CPU ratio | sitegen peak RSS MB | Hugo peak RSS MB | RSS ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for label, s, h, _ in rows:
        lines.append(f"| {label} | {s[0]:.2f} | {h[0]:.2f} | {s[0] / h[0]:.2f} | {s[3]:.2f} / {h[3]:.2f} "
                     f"| {s[1]:.2f} | {h[1]:.2f} | {s[1] / h[1]:.2f} "
                     f"| {s[2]:.0f} | {h[2]:.0f} | {s[2] / h[2]:.2f} |")
    lines.append("")
    lines.append("Largest HTML page sitegen wrote: "
                 + "; ".join(f"{label}: {s[4][0] / 1024:,.0f} KB ({s[4][1]})" for label, s, _, _ in rows) + ".")
    lines.append("")
    if BASELINE:
        lines += [f"Baseline `{BASELINE}` in the same run (the fixtures are the same content for both; "
                  "at 14 it cannot read today's report, so one row compares each version's own report and one "
                  "builds the baseline's report with both):", "",
                  "| initiatives | sitegen wall s | baseline wall s | wall ratio | sitegen CPU s | baseline CPU s | CPU ratio "
                  "| sitegen peak RSS MB | baseline peak RSS MB | RSS ratio |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        baseline_rows = [(("14 (each version's own real content)" if index == 0 else label), s, b)
                         for index, (label, s, _, b) in enumerate(rows)]
        for label, s, b in baseline_rows[:1] + same_content + baseline_rows[1:]:
            lines.append(f"| {label} | {s[0]:.2f} | {b[0]:.2f} | {s[0] / b[0]:.2f} | {s[1]:.2f} | {b[1]:.2f} "
                         f"| {s[1] / b[1]:.2f} | {s[2]:.0f} | {b[2]:.0f} | {s[2] / b[2]:.2f} |")
        lines.append("")
    if incremental is not None:
        edited_ms, edited_files, whole_ms, whole_files = incremental
        lines.append(f"`sitegen serve`, one initiative of the {incremental_size:,} fixture edited (median of {RUNS_INCREMENTAL}): "
                     f"its own pages, charts and JSON (both languages) rebuilt and written in **{edited_ms:.0f} ms** "
                     f"({edited_files} files changed); the whole site consistent again after **{whole_ms:.0f} ms** "
                     f"({whole_files} files changed).")
    lines.append("")
    lines.append("Ratios are sitegen / Hugo (goals of the performance issue: wall ≤ 1.0 at every size, CPU ≤ 1.0 at 1,000 and 10,000, peak RSS ≤ 0.5 at 10,000; the whole-site serve step ≤ 100 ms). "
                 "Both build every page in two languages with inline SVG KPI bars and Gantt charts; sitegen also writes "
                 "standalone SVG files and the open data. Medians include the first build into an empty output "
                 "folder and the rebuilds over the previous output (sitegen writes each rebuild into the staging "
                 "folder the last build kept, keeping or linking the files whose bytes did not change, and swaps it "
                 "in whole; Hugo overwrites in place).")
    table = "\n".join(lines) + "\n"
    print(table)
    with open(os.path.join(ROOT, "bench/results.md"), "w", encoding="utf-8") as f:
        f.write(table)


if __name__ == "__main__":
    WORK = tempfile.mkdtemp(prefix="sitegen-bench-")
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
