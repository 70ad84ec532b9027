"""examples/python/attainment.py runs on the test corpus and draws its chart."""
import os
import subprocess
import sys

from conftest import DATA

SOURCE = os.environ.get("ZHIBIAO_SOURCE_DIR") or os.path.join(os.path.dirname(__file__), "..", "..")
SCRIPT = os.path.join(SOURCE, "examples", "python", "attainment.py")


def test_attainment_chart(tmp_path):
    png = tmp_path / "attainment.png"
    files = [os.path.join(DATA, "corpus", "raw", f"nat_{y}.txt") for y in (2007, 2008, 2009, 2010)]
    r = subprocess.run([sys.executable, SCRIPT, *files, "-o", str(png)], capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10000
    rows = {tuple(line.split()[:4]): line.split()[4:] for line in r.stdout.splitlines()[1:-1]}
    # 2009 report: "国内生产总值超过３０万亿元，比上年增长９％" against 2008's "国内生产总值增长8%左右"
    assert rows[("gdp", "growth", "%", "2008")][:3] == ["8.0", "approx", "9.0"]
    # 2010 report: "城镇新增就业１１０２万人" against 2009's "城镇新增就业９００万人以上" (met)
    assert rows[("new_urban_jobs", "level", "人", "2009")] == ["9000000.0", "at_least", "11020000.0", "True"]
    assert "with an outcome" in r.stdout.splitlines()[-1]
