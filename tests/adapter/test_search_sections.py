"""The search index's section splitter (an adapter helper, tested on HTML as Python-Markdown writes it)."""

from __future__ import annotations

from samverkan.mkdocs_adapter.search import sections

HTML = """<p>Intro with <a href="x/">a link</a> &amp; <em>emphasis</em>.</p>
<!-- samverkan:latest count=3 -->
<h2 id="forsta">Första <code>rubriken</code><a class="headerlink" href="#forsta">¶</a></h2>
<ul>
<li>ett</li>
<li>två</li>
</ul>
<script>alert(1)</script>
<h3>Utan id</h3>
<p>Hör till första.</p>
<h2 id="andra">Andra</h2>
"""


def test_sections_follow_headings_with_ids() -> None:
    assert sections(HTML, "Sidans titel") == [
        (None, "Sidans titel", "<p>Intro with a link &amp; emphasis.</p>"),
        ("forsta", "Första rubriken", "<ul> <li>ett</li> <li>två</li> </ul> Utan id <p>Hör till första.</p>"),
        ("andra", "Andra", ""),
    ]


def test_page_without_headings_is_one_section() -> None:
    assert sections("<p>Bara text.</p>", "T") == [(None, "T", "<p>Bara text.</p>")]
