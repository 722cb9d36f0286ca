"""Parts of the feeds that need no build: absolute addresses in item HTML, and the feeds' options."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samverkan.core.feeds.html import absolute_html, absolute_srcset
from samverkan.core.settings import FeedContent, FeedSettings, SettingsError, feed_settings

PAGE = "https://example.org/nyheter/2012/en-dorr-in/"


def test_links_images_and_media_become_absolute() -> None:
    html = (
        '<p><a href="../../../metoder/en-dorr-in/">En dörr in</a> '
        '<a href="#malbild">bilden</a> <a href="mailto:karin@example.se">Karin</a></p>'
        '<figure><img src="../../bilder/tallberg.png" alt="Tällberg"></figure>'
        '<video poster="film.jpg"><source src="film.mp4"></video>'
        '<blockquote cite="/kalla/"><p>Citat</p></blockquote>'
    )
    result = absolute_html(html, PAGE)
    assert 'href="https://example.org/metoder/en-dorr-in/"' in result
    assert 'href="https://example.org/nyheter/2012/en-dorr-in/#malbild"' in result
    assert 'href="mailto:karin@example.se"' in result
    assert 'src="https://example.org/nyheter/bilder/tallberg.png"' in result
    assert 'poster="https://example.org/nyheter/2012/en-dorr-in/film.jpg"' in result
    assert 'src="https://example.org/nyheter/2012/en-dorr-in/film.mp4"' in result
    assert 'cite="https://example.org/kalla/"' in result


def test_text_and_markup_are_kept_as_they_were() -> None:
    html = 'Inledning <em>utan</em> element.<p>Å, ä &amp; ö <code>&lt;tag&gt;</code></p><!-- more --><p>Sist</p>'
    assert absolute_html(html, PAGE) == html
    assert absolute_html("", PAGE) == ""
    assert absolute_html('<a href="https://other.example/x">x</a>', PAGE) == '<a href="https://other.example/x">x</a>'


def test_srcset_candidates_are_resolved_one_by_one() -> None:
    base = "https://example.org/a/b/"
    assert absolute_srcset("x.png 1x, ../y.png 2x", base) == "https://example.org/a/b/x.png 1x, https://example.org/a/y.png 2x"
    assert absolute_srcset("x.png", base) == "https://example.org/a/b/x.png"
    assert absolute_srcset("  x.png   480w ,y.png 800w  ", base) == (
        "https://example.org/a/b/x.png 480w, https://example.org/a/b/y.png 800w")
    # A comma inside an address belongs to it; a trailing comma ends a candidate.
    assert absolute_srcset("img,1.png 1x,img,2.png 2x", base) == (
        "https://example.org/a/b/img,1.png 1x, https://example.org/a/b/img,2.png 2x")
    assert absolute_srcset("x.png, y.png 2x", base) == "https://example.org/a/b/x.png, https://example.org/a/b/y.png 2x"
    assert absolute_srcset("", base) == ""


@given(st.lists(st.from_regex(r"[a-z0-9][a-z0-9./-]{0,11}", fullmatch=True),
                min_size=1, max_size=4),
       st.lists(st.sampled_from(["", "1x", "2x", "480w"]), min_size=4, max_size=4))
def test_srcset_keeps_every_candidate_and_its_descriptor(paths: list[str], descriptors: list[str]) -> None:
    value = ", ".join(f"{path} {descriptor}".strip() for path, descriptor in zip(paths, descriptors))
    result = absolute_srcset(value, "https://example.org/a/")
    candidates = [candidate.split() for candidate in result.split(", ")]
    assert len(candidates) == len(paths)
    for candidate, descriptor in zip(candidates, descriptors):
        assert candidate[0].startswith("https://example.org/")
        assert candidate[1:] == ([descriptor] if descriptor else [])


def test_feed_options() -> None:
    assert feed_settings(None) == FeedSettings(20, FeedContent.FULL)
    assert feed_settings({"limit": 5, "content": "summary"}) == FeedSettings(5, FeedContent.SUMMARY)
    for options, message in (
        ({"limit": 0}, "feeds.limit must be a whole number"),
        ({"limit": True}, "feeds.limit must be a whole number"),
        ({"content": "some"}, "feeds.content must be 'full' or 'summary'"),
        ({"limt": 3}, "unknown option 'limt'"),
        ("20", "feeds must be a group of options"),
    ):
        with pytest.raises(SettingsError, match=message):
            feed_settings(options)
