"""Browser checks of what the easy-Japanese pages add (issue 15), in headless Chromium:

- the furigana switch: on by default, a real switch with a name, usable from
  the keyboard, hides and shows every reading with JavaScript and without it,
  and (with JavaScript) keeps the reader's choice on the next page;
- the charts: every kanji drawn in an easy chart has its reading drawn above
  it (glyph boxes from the browser, not the generator's estimate), and every
  text of an easy Gantt chart stays inside the chart, at 1280 and 360 px.

Usage: check_easy_pages.py OUTPUT_DIR [--shots DIR]. One line per finding,
then a summary; exit 0 without findings, 1 with, 2 when it cannot run.
"""
import argparse
import pathlib
import sys

ap = argparse.ArgumentParser(prog="check-easy-pages")
ap.add_argument("root")
ap.add_argument("--shots", help="write screenshots of the chart pages here")
args = ap.parse_args()
root = pathlib.Path(args.root).resolve()
easy = root / "easy"
if not (easy / "index.html").is_file():
    print(f"check-easy-pages: {easy} に index.html がありません")
    sys.exit(2)

WIDTHS = (1280, 360)
findings = []


def report(message):
    findings.append(message)
    print(f"easy: {message}", flush=True)


def rel(path):
    return path.relative_to(root).as_posix()


# Readings: <rt> in the text, and the readings drawn in the charts.
RT_SHOWN = "() => { const rt = [...document.querySelectorAll('rt, .chart-ruby')]; return rt.length > 0 && rt.every(e => getComputedStyle(e).display !== 'none'); }"
RT_HIDDEN = "() => [...document.querySelectorAll('rt, .chart-ruby')].every(e => getComputedStyle(e).display === 'none')"
SWITCH_BOX = "() => { const r = document.getElementById('furigana-switch').closest('.furigana-switch').getBoundingClientRect(); return [r.left, r.right, r.width, r.height]; }"

# Kanji in the drawn labels of easy charts, each with the readings' glyph boxes above it.
READINGS_ABOVE = r"""() => {
  const isKanji = c => /[\u3400-\u9fff\uf900-\ufaff]/.test(c);
  const out = {kanji: 0, bare: []};
  for (const svg of document.querySelectorAll('figure.chart svg')) {
    const readings = [];
    for (const t of svg.querySelectorAll('text.chart-ruby')) {
      for (let i = 0; i < t.getNumberOfChars(); i++) readings.push(t.getExtentOfChar(i));
    }
    for (const t of svg.querySelectorAll('text:not([aria-hidden])')) {
      const text = t.textContent;
      for (let i = 0; i < t.getNumberOfChars(); i++) {
        if (!isKanji(text[i])) continue;
        out.kanji++;
        const k = t.getExtentOfChar(i);
        const above = readings.some(r => r.x < k.x + k.width && k.x < r.x + r.width
          && r.y + r.height <= k.y + k.height * 0.3 && r.y + r.height >= k.y - k.height);
        if (!above) out.bare.push(text);
      }
    }
  }
  return out;
}"""

# Texts of Gantt charts outside their viewBox (user units) or outside the drawing on screen.
GANTT_OUTSIDE = r"""() => {
  const out = [];
  for (const svg of document.querySelectorAll('figure.chart-gantt svg, figure.chart-gantt-all svg')) {
    const box = svg.viewBox.baseVal;
    const screen = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const b = t.getBBox();
      const s = t.getBoundingClientRect();
      if (b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5
          || s.left < screen.left - 1 || s.right > screen.right + 1) {
        out.push(`${t.textContent.slice(0, 40)} (${b.x.toFixed(1)}..${(b.x + b.width).toFixed(1)} of ${box.width})`);
      }
    }
  }
  return out;
}"""


def check_switch(browser, javascript):
    mode = "JavaScript あり" if javascript else "JavaScript なし"
    first, second = easy / "index.html", easy / "schedule" / "index.html"
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="ja-JP",
                                      java_script_enabled=javascript)
        page = context.new_page()
        page.goto(first.as_uri())
        switch = page.get_by_role("switch", name="ふりがな")
        if switch.count() != 1:
            report(f"{rel(first)} @{width}px {mode}: 「ふりがな」という名前のスイッチがありません")
            context.close()
            continue
        if not switch.is_checked() or not page.evaluate(RT_SHOWN):
            report(f"{rel(first)} @{width}px {mode}: 最初からふりがなが表示されていません")
        left, right, w, h = page.evaluate(SWITCH_BOX)
        if left < 0 or right > width or h < 24 or w < 24:
            report(f"{rel(first)} @{width}px {mode}: スイッチが画面からはみ出しているか小さすぎます({left:.0f}..{right:.0f}, {w:.0f}×{h:.0f})")
        # Keyboard: Tab reaches the switch, Space turns the readings off.
        page.keyboard.press("Tab")
        for _ in range(40):
            if page.evaluate("() => document.activeElement && document.activeElement.id === 'furigana-switch'"):
                break
            page.keyboard.press("Tab")
        else:
            report(f"{rel(first)} @{width}px {mode}: Tab キーでスイッチに届きません")
        page.keyboard.press("Space")
        if switch.is_checked() or not page.evaluate(RT_HIDDEN):
            report(f"{rel(first)} @{width}px {mode}: スイッチを切ってもふりがなが消えません")
        page.goto(second.as_uri())
        kept = not page.get_by_role("switch", name="ふりがな").is_checked() and page.evaluate(RT_HIDDEN)
        if javascript and not kept:
            report(f"{rel(second)} @{width}px {mode}: 前のページで切ったふりがなが、次のページで表示されています")
        if not javascript and (kept or not page.evaluate(RT_SHOWN)):
            report(f"{rel(second)} @{width}px {mode}: 次のページがふりがなありで始まりません")
        switch = page.get_by_role("switch", name="ふりがな")
        if javascript:
            switch.click()
            if not switch.is_checked() or not page.evaluate(RT_SHOWN):
                report(f"{rel(second)} @{width}px {mode}: スイッチを入れてもふりがなが戻りません")
            page.goto(first.as_uri())
            if not page.get_by_role("switch", name="ふりがな").is_checked() or not page.evaluate(RT_SHOWN):
                report(f"{rel(first)} @{width}px {mode}: 入れ直したふりがなが、次のページで消えています")
        else:
            switch.click()
            if switch.is_checked() or not page.evaluate(RT_HIDDEN):
                report(f"{rel(second)} @{width}px {mode}: クリックでふりがなを消せません")
            switch.click()
            if not switch.is_checked() or not page.evaluate(RT_SHOWN):
                report(f"{rel(second)} @{width}px {mode}: クリックでふりがなが戻りません")
        context.close()


def check_charts(browser):
    pages = sorted(p for p in easy.rglob("*.html") if "figure class=\"chart" in p.read_text(encoding="utf-8"))
    if not pages:
        report("グラフのある やさしい日本語のページがありません")
    kanji = 0
    shots = pathlib.Path(args.shots) if args.shots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page = browser.new_page(viewport={"width": width, "height": 900}, locale="ja-JP")
        for p in pages:
            page.goto(p.as_uri())
            result = page.evaluate(READINGS_ABOVE)
            kanji += result["kanji"]
            for text in sorted(set(result["bare"]))[:5]:
                report(f"{rel(p)} @{width}px: 読みが上にない漢字があります: {text}")
            for text in page.evaluate(GANTT_OUTSIDE)[:5]:
                report(f"{rel(p)} @{width}px: ガントチャートの文字がグラフの外に出ています: {text}")
            if shots:
                for i, figure in enumerate(page.query_selector_all("figure.chart .chart-scroll")):
                    figure.screenshot(path=str(shots / f"{rel(p).replace('/', '_')}-chart{i}@{width}.png"))
        page.close()
    if kanji == 0:
        report("やさしい日本語のグラフに漢字が見つかりません(読みの確認ができません)")
    return len(pages), kanji


from playwright.sync_api import sync_playwright  # noqa: E402  (installed by scripts/install-python-tools)

with sync_playwright() as pw:
    browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    check_switch(browser, javascript=True)
    check_switch(browser, javascript=False)
    chart_pages, kanji = check_charts(browser)
    browser.close()

print(f"check-easy-pages: furigana switch with and without JavaScript at {'/'.join(map(str, WIDTHS))}px; "
      f"{chart_pages} chart pages, {kanji} kanji in charts; findings {len(findings)}"
      + ("; OK" if not findings else "; FAILED"))
sys.exit(1 if findings else 0)
