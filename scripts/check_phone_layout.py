"""Browser checks of the pages on a phone (issue 16), in headless Chromium at 360 × 740:

- the header and menu take at most a quarter of the first screen (≤ 185 px);
- every text drawn in a chart is at least 12 px as rendered (SVGs scale down:
  the font size times the drawing's scale on screen; furigana above kanji is
  measured apart and must be at least 7 px);
- KPI tables (initiative pages) and the KPI overview read as cards: no sideways
  overflow, every column's cell inside the screen;
- the schedule overview keeps the task names on screen while the months scroll.

Prints the figures (header height, smallest chart text) and one line per finding.
Usage: check_phone_layout.py OUTPUT_DIR. Exit 0 without findings, 1 with, 2 when it cannot run.
"""
import argparse
import pathlib
import sys

ap = argparse.ArgumentParser(prog="check-phone-layout")
ap.add_argument("root")
args = ap.parse_args()
root = pathlib.Path(args.root).resolve()
if not (root / "index.html").is_file():
    print(f"check-phone-layout: {root} に index.html がありません")
    sys.exit(2)

WIDTH, HEIGHT = 360, 740
HEADER_LIMIT = HEIGHT / 4
MIN_TEXT, MIN_RUBY = 12.0, 7.0
findings = []


def report(page, message):
    """One finding: the page (relative to the site) and what is wrong there."""
    line = f"phone: {page.relative_to(root).as_posix()}: {message}"
    findings.append(line)
    print(line, flush=True)


HEADER_BOTTOM = "() => document.querySelector('.site-header').getBoundingClientRect().bottom"

# Rendered size of every chart text: its font size times the scale the SVG is drawn at.
CHART_TEXT = r"""() => {
  const out = {text: Infinity, ruby: Infinity, smallest: ''};
  for (const t of document.querySelectorAll('figure.chart svg text')) {
    if (!t.textContent.trim() || t.getClientRects().length === 0) continue;
    const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    if (t.classList.contains('chart-ruby')) { out.ruby = Math.min(out.ruby, size); continue; }
    if (size < out.text) { out.text = size; out.smallest = t.textContent.slice(0, 30); }
  }
  return out;
}"""

# Tables that must read without sideways scrolling: their box and every cell inside the screen.
TABLE_OVERFLOW = r"""(width) => {
  const out = [];
  for (const table of document.querySelectorAll('table.kpi-table, table.kpi-overview')) {
    const scroller = table.closest('.table-scroll, .kpi-overview-scroll') || table.parentElement;
    if (scroller.scrollWidth > scroller.clientWidth + 1) out.push(`${table.className}: ${scroller.scrollWidth}px > ${scroller.clientWidth}px`);
    for (const cell of table.querySelectorAll('tbody th, tbody td')) {
      const r = cell.getBoundingClientRect();
      if (r.width > 0 && (r.left < -1 || r.right > width + 1)) { out.push(`${table.className}: 「${cell.textContent.trim().slice(0, 20)}」 ${r.left.toFixed(0)}..${r.right.toFixed(0)}px`); break; }
    }
  }
  if (document.documentElement.scrollWidth > width + 1) out.push(`page ${document.documentElement.scrollWidth}px wide`);
  return out;
}"""

# The schedule overview scrolled to its end: the task-name column still on screen.
STICKY_NAMES = r"""() => {
  const figure = document.querySelector('figure.chart-gantt-all');
  if (!figure) return '';
  const scroller = figure.querySelector('.chart-scroll');
  scroller.scrollLeft = scroller.scrollWidth;
  const names = figure.querySelector('.gantt-names');
  if (!names) return 'no pinned task-name column';
  const r = names.getBoundingClientRect(), s = scroller.getBoundingClientRect();
  const scrolled = scroller.scrollLeft > 0;
  const result = (r.left >= s.left - 1 && r.left <= s.left + 1 && r.width > 40 && scrolled) ? ''
    : `names ${r.left.toFixed(0)}..${r.right.toFixed(0)} in ${s.left.toFixed(0)}..${s.right.toFixed(0)}, scrolled ${scrolled}`;
  scroller.scrollLeft = 0;
  return result;
}"""


def pages():
    out = []
    for prefix in ("", "easy/"):
        base = root / prefix
        if not (base / "index.html").is_file():
            continue
        out += [base / "index.html"]
        # The lists and, when the report is split, every page of them (schedule/<theme>/page/<n>/).
        for folder in ("kpis", "schedule", "themes"):
            out += sorted((base / folder).rglob("index.html"))
        out += sorted((base / "initiatives").glob("*/index.html"))
    return [p for p in out if p.is_file()]


from playwright.sync_api import sync_playwright  # noqa: E402  (installed by scripts/install-python-tools)

header_max, text_min, ruby_min, smallest = 0.0, float("inf"), float("inf"), ""
checked = pages()
with sync_playwright() as pw:
    browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, locale="ja-JP")
    for p in checked:
        page.goto(p.as_uri())
        header = page.evaluate(HEADER_BOTTOM)
        header_max = max(header_max, header)
        if header > HEADER_LIMIT:
            report(p, f"ヘッダーとメニューの高さ {header:.0f}px が画面の4分の1({HEADER_LIMIT:.0f}px)を超えています")
        sizes = page.evaluate(CHART_TEXT)
        if sizes["text"] < text_min:
            text_min, smallest = sizes["text"], f"{p.relative_to(root).as_posix()}「{sizes['smallest']}」"
        ruby_min = min(ruby_min, sizes["ruby"])
        if sizes["text"] < MIN_TEXT - 0.05:
            report(p, f"グラフの文字が {sizes['text']:.1f}px です(12px 以上にします):「{sizes['smallest']}」")
        if sizes["ruby"] < MIN_RUBY - 0.05:
            report(p, f"グラフのふりがなが {sizes['ruby']:.1f}px です({MIN_RUBY:.0f}px 以上にします)")
        for problem in page.evaluate(TABLE_OVERFLOW, WIDTH):
            report(p, f"表が横にはみ出しています: {problem}")
        if "schedule" in p.relative_to(root).parts:
            problem = page.evaluate(STICKY_NAMES)
            if problem:
                report(p, f"月を横に動かすと、全体のスケジュールのタスク名が見えなくなります: {problem}")
    browser.close()

print(f"check-phone-layout: {len(checked)} pages at {WIDTH}×{HEIGHT}px; header and menu at most {header_max:.0f}px "
      f"(limit {HEADER_LIMIT:.0f}px); smallest chart text {text_min:.1f}px ({smallest}); smallest chart furigana {ruby_min:.1f}px; "
      f"findings {len(findings)}" + ("; OK" if not findings else "; FAILED"))
sys.exit(1 if findings else 0)
