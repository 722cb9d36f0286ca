"""The reference archive's filter: it narrows the list, announces the count, and stays accessible."""

from __future__ import annotations

import pytest

from axe import describe, violations

pytestmark = pytest.mark.browser


def visible_titles(page) -> list[str]:
    return page.locator("#samverkan-references > li:not([hidden]) > a").all_inner_texts()


def test_filter_narrows_the_list_and_announces_it(page, example_url: str) -> None:
    page.goto(example_url + "referenser/")
    form = page.locator("form[data-samverkan-filter]")
    assert form.is_visible()
    everything = visible_titles(page)
    assert len(everything) >= 8
    found = violations(page)
    assert not found, describe(found)

    page.get_by_label("Län").select_option(label="Dalarna (6)")
    status = page.locator("[data-filter-status]")
    page.wait_for_function("() => document.querySelector('[data-filter-status]').textContent.includes('6')")
    dalarna = visible_titles(page)
    assert len(dalarna) == 6 and set(dalarna) < set(everything)
    assert status.inner_text() == "6 referenser visas"
    assert status.get_attribute("aria-live") == "polite"

    text = page.get_by_label("Sök i titel och sammanfattning")
    text.click()
    text.press_sequentially("implementeringsprocess", delay=10)
    page.wait_for_function("() => document.querySelector('[data-filter-status]').textContent === '1 referens visas'")
    assert visible_titles(page) == ["DIMPA – Dalarnas implementeringsprocess"]

    found = violations(page)
    assert not found, describe(found)


def test_filter_works_with_the_keyboard_in_english(page, example_url: str) -> None:
    page.goto(example_url + "en/references/")
    page.keyboard.press("Tab")
    field = page.get_by_label("Search titles and summaries")
    field.focus()
    page.keyboard.type("ostergotland")  # diacritics do not matter
    page.wait_for_function("() => document.querySelector('[data-filter-status]').textContent.endsWith('shown')")
    titles = visible_titles(page)
    assert titles and all("Östergötland" in page.locator("#samverkan-references > li", has_text=t).inner_text()
                          for t in titles)
    page.keyboard.press("Tab")  # on to the first menu
    assert page.evaluate("document.activeElement.tagName") == "SELECT"


def test_without_javascript_the_grouped_lists_work(browser, example_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(example_url + "referenser/")
    assert not page.locator("form[data-samverkan-filter]").is_visible()
    page.locator(".samverkan-facets a", has_text="Dalarna").first.click()
    page.wait_for_url(example_url + "referenser/lan/dalarna/")
    assert len(page.locator(".samverkan-references > li").all()) == 6
    context.close()
