"""Markdown, HTML and JSON renderings and the PNG plots."""
from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from diplometer.coordination import coordination
from diplometer.partners import partner_profile
from diplometer.records import Source
from diplometer.relations_calendar import calendar
from diplometer.render import bars_png, heatmap_png, render, timeline_png, to_data
from diplometer.reports import build_report
from test_reports import synthetic_record

PNG = b"\x89PNG\r\n\x1a\n"
EVIL = "<script>alert('x')</script> & more"


def results():
    record = synthetic_record()
    return {"report": build_report(record), "calendar": calendar(record, 2023),
            "partner": partner_profile(record, "LAO"), "coordination": coordination(record, 3)}


@pytest.mark.parametrize("name", ["report", "calendar", "partner", "coordination"])
def test_json_keeps_every_count_with_its_event_ids(name: str) -> None:
    data = json.loads(render(results()[name], "json"))
    assert data["kind"] == name

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "event_ids" in node and "value" in node:
                assert node["value"] == len(node["event_ids"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)


def test_report_json_numbers_and_sources() -> None:
    data = json.loads(render(results()["report"], "json"))
    assert data["total"]["value"] == 8 and "e4" in data["total"]["event_ids"]
    assert data["events"][0]["sources"][0]["document"].startswith("doc-")
    assert data["reported_counts"][0]["recorded"]["value"] == 4


@pytest.mark.parametrize("name", ["report", "calendar", "partner", "coordination"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_every_link_has_its_anchor(name: str, fmt: str) -> None:
    text = render(results()[name], fmt)
    targets = set(re.findall(r"\]\(#([^)]+)\)" if fmt == "md" else r'href="#([^"]+)"', text))
    anchors = set(re.findall(r'id="([^"]+)"', text))
    assert targets and targets <= anchors


def test_markdown_report_shows_reported_beside_recorded() -> None:
    text = render(results()["report"], "md")
    assert "| exact 5 | recorded [4](#count-" in text
    assert "> Viet Nam held 5 external activities in the first quarter." in text
    assert "## Evidence: events and their sentences" in text


def test_calendar_marks_decades_and_conflicts() -> None:
    text = render(results()["calendar"], "md")
    assert "60th ★ (10-year)" in text and "CONFLICT: also 1962" in text and "15th |" in text


def test_html_escapes_article_text_and_embeds_plots() -> None:
    record = synthetic_record()
    evil = Source("doc-evil", 0, len(EVIL), EVIL)
    record.events[0] = replace(record.events[0], sources=[evil])
    for result in (build_report(record), partner_profile(record, "LAO"), coordination(record, 12)):
        page = render(result, "html")
        assert "<script>" not in page and "&lt;script&gt;" in page
        assert page.count('src="data:image/png;base64,') >= 1
    markdown = render(build_report(record), "md")
    assert "<script>" not in markdown


def test_unknown_format() -> None:
    with pytest.raises(ValueError):
        render(results()["report"], "pdf")
    with pytest.raises(TypeError):
        render(object(), "md")  # type: ignore[arg-type]


def test_plots_are_png() -> None:
    found = results()
    report, coord = found["report"], found["coordination"]
    for png in (timeline_png(report.events), bars_png(report.top_partners, "partners"), heatmap_png(coord),
                timeline_png(()), bars_png(())):
        assert png.startswith(PNG) and len(png) > 1000


def test_to_data_plain() -> None:
    assert to_data({"a": (1, 2)}) == {"a": [1, 2]}
