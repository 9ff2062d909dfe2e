# report.sh -- `rapport report --html`: one self-contained page about a
# trainee's progress, checked statically against the history and loaded in
# a real headless browser (Debian's chromium), with screenshots.
#
# RAPPORT_KEEP_SCREENSHOTS=DIR keeps the screenshots (and the page) in DIR.
. tests/e2e/lib.sh
S=tests/scenarios/tiny.lua
SESSIONS="$XDG_DATA_HOME/rapport/trainees/t1/sessions"

# A history for t1: a pushy baseline, then practice that gets better, one
# call that stops before an ending, and a scenario whose title needs
# escaping.
rp check --json scenarios/baseline.lua >"$TMP/b.json" 2>/dev/null
worst=$(json "$TMP/b.json" 'd[0]["worst_path"]["choices"]')
sed -e 's/id = "tiny", title = "A tiny test call"/id = "esc-test", title = [[Tom \& Jerry'"'"'s <b>"deal"<\/b><\/script>]]/' \
  $S >"$TMP/esc.lua"
grep -q 'esc-test' "$TMP/esc.lua" && ok "the escaping scenario is made" || notok "the escaping scenario is made"
played=0
for args in "baseline --seed 1 --choices $worst" \
  "play $S --seed 2 --choices pitch,close" \
  "play $S --seed 3 --choices ask,budget,close" \
  "play $S --seed 4 --choices pitch,budget" \
  "play $S --seed 5 --choices ask,cost" \
  "play $TMP/esc.lua --seed 6 --choices ask,cost"; do
  # shellcheck disable=SC2086
  rp $args --trainee t1 >/dev/null 2>&1 && played=$((played + 1))
done
expect_eq "six scripted sessions make the history" "$played" "6"
rp progress --json --trainee t1 >"$TMP/p.json" 2>/dev/null
expect_eq "the history has six sessions, five completed" \
  "$(json "$TMP/p.json" 'd["sessions"], d["completed"]')" "(6, 5)"

run rp report --html "$TMP/report.html" --trainee t1
expect_rc "report --html exits 0" 0
expect_err "report says which file it wrote" "Wrote $TMP/report.html (6 sessions, 5 completed)"
[ -s "$TMP/report.html" ] && ok "the page is written" || notok "the page is written"

# check.py MODE HTML: the page against the history, one TAP line per check.
cat >"$TMP/check.py" <<'EOF'
import glob, html.parser, json, re, sys
mode, path, progress, sessions = sys.argv[1:5]
page = open(path, encoding="utf-8").read()
p = json.load(open(progress))
recs = [json.load(open(f)) for f in sorted(glob.glob(sessions + "/*.json"))]
done = [r for r in recs if r["status"] == "completed"]

def check(name, cond, *why):
    print(("ok - " if cond else "not ok - ") + name)
    if not cond:
        for w in why:
            print("    " + str(w))

def num(v):  # the page's data form of a score: 72.7, 0, 100
    s = "%.1f" % v
    return s[:-2] if s.endswith(".0") else s

m = "the browser's DOM: " if mode == "dom" else ""
charts = ["empathy", "listening", "problem-solving", "pushing",
          "relationship-quality", "transactional-pushing", "overall"]
for c in charts:
    check(m + "chart-%s is an <svg> with an id" % c,
          re.search(r'<svg id="chart-%s"' % c, page) is not None)
check(m + "the map is an <svg id=\"map\">", '<svg id="map"' in page)
points = re.findall(r'<circle class="session"[^>]*>', page)
rows = re.findall(r'<tr class="session"[^>]*>', page)
check(m + "one map point per completed session", len(points) == p["completed"],
      "points %d, completed %d" % (len(points), p["completed"]))
check(m + "one table row per session", len(rows) == p["sessions"],
      "rows %d, sessions %d" % (len(rows), p["sessions"]))
got = sorted((re.search(r'data-rq="([^"]*)"', x).group(1),
              re.search(r'data-tp="([^"]*)"', x).group(1)) for x in points)
want = sorted((num(r["scores"]["relationship_quality"]),
               num(r["scores"]["transactional_pushing"])) for r in done)
check(m + "the map's points are the sessions' scores", got == want, got, want)
def by_id(i):
    x = re.search(r'id="%s"[^>]*>(.*?)</dd>' % i, page, re.S)
    return x.group(1) if x else None
check(m + "the summary's session count is the history's",
      by_id("sessions-count") == str(p["sessions"]), by_id("sessions-count"))
check(m + "the summary's completed count is the history's",
      by_id("completed-count") == str(p["completed"]), by_id("completed-count"))
check(m + "the summary names the baseline date",
      ('datetime="%s"' % p["baseline_at"]) in (by_id("baseline-date") or ""),
      by_id("baseline-date"), p["baseline_at"])
check(m + "the summary names the skill to practise next",
      re.search(r'id="practise-next" data-skill="%s"' %
                p["practise_next"]["skill"], page) is not None)
for c, name in zip(charts, ["empathy", "listening", "problem_solving",
                            "pushing", "relationship_quality",
                            "transactional_pushing", "overall"]):
    svg = re.search(r'<svg id="chart-%s".*?</svg>' % c, page, re.S).group(0)
    b = p["skills"][name]["baseline"]
    line = re.search(r'<line class="baseline" data-value="([^"]*)"', svg)
    check(m + "chart-%s has a dashed baseline at %s" % (c, b),
          line is not None and abs(float(line.group(1)) - b) < 0.05
          and 'stroke-dasharray' in svg[line.start():svg.find('>', line.start())]
          and ">baseline<" in svg)
    nums = [int(n) for n, st in re.findall(
        r'<tr class="session" data-session="(\d+)" data-status="([^"]*)"',
        page) if st == "completed"]
    check(m + "chart-%s has 0-100 gridlines and session-number labels" % c,
          all(">%d</text>" % v in svg for v in (0, 25, 50, 75, 100)) and
          nums and all(">%d</text>" % v in svg for v in (nums[0], nums[-1])))
    check(m + "chart-%s has a point per measured session" % c,
          len(re.findall(r'<circle class="point"', svg)) == sum(
              1 for r in done if (r["scores"][name] if name in
                                  ("relationship_quality",
                                   "transactional_pushing", "overall")
                                  else r["scores"]["skills"][name]["score"]
                                  if "score" in r["scores"]["skills"][name]
                                  else None) is not None))
if mode == "dom":
    sys.exit(0)

# Static checks on the file itself.
check("the page is HTML5 with a charset", page.startswith("<!DOCTYPE html>")
      and '<meta charset="utf-8">' in page)
check("a viewport meta tag for phones",
      '<meta name="viewport" content="width=device-width' in page)
check("a print style sheet", "@media print" in page and "break-inside:avoid" in page)
check("the table scrolls inside a wrapper",
      '<div class="table-wrap">' in page and "overflow-x:auto" in page)
svgs = re.findall(r"<svg [^>]*>", page)
check("every chart scales: viewBox and width 100%",
      all("viewBox=" in s for s in svgs) and
      all('width="100%"' in s for s in svgs if "aria-hidden" not in s))
urls = set(re.findall(r"https?://[^\s\"'<>)]*", page))
allowed = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml",
           "http://www.w3.org/1999/xlink"}
check("no http(s) reference but the SVG namespace", urls <= allowed,
      urls - allowed)
check("no script at all", "<script" not in page.lower().replace(
    "&lt;/script&gt;", ""))
check("no external style sheet", re.search(r"<link\b", page, re.I) is None)
check("no @import and no url(...)", "@import" not in page and
      re.search(r"url\s*\(", page) is None)
check("no src= or external href=", re.search(r"\bsrc\s*=", page) is None and
      all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', page)))
check("the system font stack, no web fonts", "system-ui" in page and
      "@font-face" not in page)
check("the scenario title is HTML-escaped",
      "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;deal&quot;&lt;/b&gt;&lt;/script&gt;"
      in page and '<b>"deal"' not in page)
check("every point has a tooltip with scenario, date and scores",
      len(re.findall(r'<circle class="session"[^>]*><title>Session \d+, '
                     r'\d{4}-\d\d-\d\d \d\d:\d\d UTC\n[^<]*\(\S+\)\nResult: '
                     r'[^\n]*\nRelationship quality [\d.]+, transactional '
                     r'pushing [\d.]+, overall [\d.]+</title>', page))
      == len(done))
check("the map names its four quadrants", all(
    q in page for q in (">trusted<tspan", ">relationship<tspan",
                        ">transactional<tspan", ">passive</text>")))
fills = {}
for x in points:
    r = re.search(r'data-result="([^"]*)"', x).group(1)
    fills.setdefault(r, set()).add(re.search(r' fill="([^"]*)"', x).group(1))
check("points are coloured by result, one colour each",
      set(fills) <= {"won", "stalled", "lost", "none"} and
      {"won", "lost"} <= set(fills) and all(len(f) == 1 for f in fills.values())
      and len({min(f) for f in fills.values()}) == len(fills), fills)
ids = re.findall(r'\sid="([^"]*)"', page)
check("ids are unique", len(ids) == len(set(ids)),
      [i for i in set(ids) if ids.count(i) > 1])

class Nesting(html.parser.HTMLParser):
    VOID = {"meta", "br", "link", "img", "hr", "input", "wbr"}
    def __init__(self):
        super().__init__()
        self.stack, self.bad = [], []
    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.bad.append("</%s> at %s, open: %s" % (tag, self.getpos(), self.stack[-3:]))
        else:
            self.stack.pop()
n = Nesting()
n.feed(page)
check("every element is closed in order", not n.bad and not n.stack,
      n.bad[:3], n.stack)
EOF
python3 "$TMP/check.py" static "$TMP/report.html" "$TMP/p.json" "$SESSIONS"

# The page's stylesheet is engine/cli/report.css byte for byte (the build
# embeds the file), and the file cannot end the <style> element early.
sed -n '/^<style>$/,/^<\/style>$/{/^<\/\{0,1\}style>$/!p;}' "$TMP/report.html" >"$TMP/style.css"
cmp -s "$TMP/style.css" engine/cli/report.css && ok "the page's stylesheet is engine/cli/report.css" ||
  notok "the page's stylesheet is engine/cli/report.css" "$(diff "$TMP/style.css" engine/cli/report.css | head -5)"
! grep -qi '</style' engine/cli/report.css && ok "report.css cannot close the <style> element" ||
  notok "report.css cannot close the <style> element"

# Deterministic: the same history gives the same bytes, --data-dir too.
run rp report --html "$TMP/report2.html" --trainee t1 --data-dir "$XDG_DATA_HOME/rapport"
expect_rc "report --data-dir exits 0" 0
cmp -s "$TMP/report.html" "$TMP/report2.html" && ok "the same history gives the same page byte for byte" ||
  notok "the same history gives the same page byte for byte" "$(diff "$TMP/report.html" "$TMP/report2.html" | head -5)"
run env RAPPORT_TRAINEE=t1 "$RAPPORT_BIN" report --html "$TMP/report3.html"
cmp -s "$TMP/report.html" "$TMP/report3.html" && ok "the trainee defaults to \$RAPPORT_TRAINEE" ||
  notok "the trainee defaults to \$RAPPORT_TRAINEE"

# No history yet: a page that says so, exit 0.
run rp report --html "$TMP/empty.html" --trainee nobody
expect_rc "a trainee with no history still gets a page (exit 0)" 0
expect_err "the empty report says so on stderr" "no sessions in nobody's history yet"
grep -q 'id="no-sessions"' "$TMP/empty.html" && grep -q 'No sessions yet' "$TMP/empty.html" &&
  ok "the empty page says there are no sessions yet" || notok "the empty page says there are no sessions yet"
grep -q 'id="sessions-count">0<' "$TMP/empty.html" && ! grep -q 'class="session"' "$TMP/empty.html" &&
  ok "the empty page counts 0 sessions and draws none" || notok "the empty page counts 0 sessions and draws none"

# Usage errors and unwritable files.
run rp report --html "$TMP/bad.html" --trainee ../etc
expect_rc "an invalid trainee name is a usage error" 2
expect_err "the invalid name is named" "'../etc' is not a valid trainee name"
[ ! -e "$TMP/bad.html" ] && ok "nothing is written for a usage error" || notok "nothing is written for a usage error"
run rp report --trainee t1
expect_rc "report without --html is a usage error" 2
expect_err "report says --html is needed" "--html FILE"
run rp report --html "$TMP/x.html" --trainee t1 extra
expect_rc "an unexpected argument is a usage error" 2
run rp report --html "$TMP/missing/dir/report.html" --trainee t1
expect_rc "a file in a missing directory fails with exit 1" 1
expect_err "the unwritable file is explained" "cannot write the report: $TMP/missing/dir/report.html: No such file or directory"

# A damaged file in the history: reported on the page and on stderr, and
# exit 1 as `rapport progress` does; the page still covers the rest.
rp play $S --seed 7 --choices ask,cost --trainee t2 >/dev/null 2>&1
echo '{"format": "rapport.session",' >"$XDG_DATA_HOME/rapport/trainees/t2/sessions/broken.json"
run rp report --html "$TMP/damaged.html" --trainee t2
expect_rc "a damaged history file makes report exit 1" 1
expect_err "the damaged file is named on stderr" "broken.json"
grep -q 'id="damaged-count">1<' "$TMP/damaged.html" && grep -q 'broken.json' "$TMP/damaged.html" &&
  ok "the page lists the damaged file as a warning" || notok "the page lists the damaged file as a warning"
[ "$(grep -c '<tr class="session"' "$TMP/damaged.html")" = 1 ] &&
  ok "the page still shows the readable sessions" || notok "the page still shows the readable sessions"

# In a real browser.
if ! command -v chromium >/dev/null 2>&1; then
  notok "chromium is installed" "apt-get install -y chromium"
  exit 1
fi
ok "chromium is installed"
chrome() {
  timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --hide-scrollbars --user-data-dir="$TMP/chrome" "$@" 2>>"$TMP/chrome.err"
}
chrome --dump-dom "file://$TMP/report.html" >"$TMP/dom.html"
expect_eq "chromium loads the page" "$?" "0"
python3 "$TMP/check.py" dom "$TMP/dom.html" "$TMP/p.json" "$SESSIONS"

# png FILE W H: ok when FILE is a W x H PNG of some substance.
png() {
  python3 -c '
import struct, sys, os
f, w, h = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
d = open(f, "rb").read(32) if os.path.exists(f) else b""
ok = d[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", d[16:24]) == (w, h)
sys.exit(0 if ok and os.path.getsize(f) > 40000 else 1)' "$@"
}
chrome --screenshot="$TMP/report.png" --window-size=1200,2400 "file://$TMP/report.html" >/dev/null
png "$TMP/report.png" 1200 2400 && ok "a desktop screenshot (1200x2400) is drawn" ||
  notok "a desktop screenshot (1200x2400) is drawn" "$(tail -3 "$TMP/chrome.err")"
chrome --screenshot="$TMP/report-phone.png" --window-size=390,2000 "file://$TMP/report.html" >/dev/null
png "$TMP/report-phone.png" 390 2000 && ok "a phone screenshot (390x2000) is drawn" ||
  notok "a phone screenshot (390x2000) is drawn" "$(tail -3 "$TMP/chrome.err")"
chrome --no-pdf-header-footer --print-to-pdf="$TMP/report.pdf" "file://$TMP/report.html" >/dev/null
[ "$(head -c 5 "$TMP/report.pdf" 2>/dev/null)" = "%PDF-" ] && [ "$(wc -c <"$TMP/report.pdf")" -gt 20000 ] &&
  ok "the page prints to PDF" || notok "the page prints to PDF" "$(tail -3 "$TMP/chrome.err")"
if [ -n "${RAPPORT_KEEP_SCREENSHOTS:-}" ]; then
  mkdir -p "$RAPPORT_KEEP_SCREENSHOTS" &&
    cp "$TMP/report.png" "$TMP/report-phone.png" "$TMP/report.pdf" "$TMP/report.html" "$RAPPORT_KEEP_SCREENSHOTS/" &&
    ok "screenshots kept in $RAPPORT_KEEP_SCREENSHOTS" || notok "screenshots kept in $RAPPORT_KEEP_SCREENSHOTS"
fi
