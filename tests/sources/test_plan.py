"""The run rules (sources/plan.py), without Prefect: what a run reads, what it fetches, which
feed entries count as seen, when it fails."""

import pytest

from factcheck.errors import FactcheckError, NothingReadError
from factcheck.model import Article
from factcheck.sources.feeds import FeedEntry
from factcheck.sources.plan import Intake, failures_error, plan_sources

FEED = "https://news.example.com/rss"


def entry(key: str) -> FeedEntry:
    return FeedEntry(key=key, feed_url=FEED, url=f"https://news.example.com/{key}")


def article(source: str) -> Article:
    return Article(doc=source.rsplit("/", 1)[-1], text="Some 240 hostages.", source=source)


def test_run_with_no_paths_and_no_feeds_reads_the_seeds():
    plan = plan_sources()
    assert (plan.files, plan.urls, plan.feeds, plan.requested) == (["seeds"], [], [], ["seeds"])


def test_run_with_feeds_only_reads_no_default_paths():
    plan = plan_sources(feeds=[FEED])
    assert (plan.files, plan.feeds, plan.requested) == ([], [FEED], [FEED])


def test_paths_split_into_files_and_urls_and_the_run_records_all_sources(tmp_path):
    listed = tmp_path / "feeds.txt"
    listed.write_text("# news\nhttps://b.example.com/atom\n\n", encoding="utf-8")
    plan = plan_sources(["inbox", "https://a.example.com/x"], feeds=[FEED], feeds_file=str(listed))
    assert (plan.files, plan.urls) == (["inbox"], ["https://a.example.com/x"])
    assert plan.feeds == [FEED, "https://b.example.com/atom"]
    assert plan.requested == [
        "inbox",
        "https://a.example.com/x",
        FEED,
        "https://b.example.com/atom",
    ]


def test_missing_feeds_file_is_a_failure_of_the_run_not_an_exception(tmp_path):
    missing = str(tmp_path / "feeds.txt")
    plan = plan_sources([], feeds_file=missing)
    assert plan.feeds == []
    assert plan.failures == [(missing, f"{missing}: no such file")]


def test_feed_entries_already_stored_are_not_fetched_and_urls_come_first():
    intake = Intake()
    intake.add_feed(FEED, [entry("a"), entry("b"), entry("c")], None)
    targets = intake.pages_to_fetch(["https://x.example.com/p"], seen={"b"})
    assert [url for url, _ in targets] == [
        "https://x.example.com/p",
        "https://news.example.com/a",
        "https://news.example.com/c",
    ]
    assert targets[0][1] is None and targets[1][1] == entry("a")
    assert intake.n_seen_entries == 1


def test_feed_that_fails_is_recorded_with_its_reason():
    intake = Intake()
    intake.add_feed(FEED, None, "HTTP 503")
    assert (intake.entries, intake.failures) == ([], [(FEED, "HTTP 503")])


def test_fetched_page_is_an_article_a_304_is_skipped_and_an_error_a_failure():
    intake = Intake()
    intake.add_page("https://a.example.com/1", None, article("https://a.example.com/1"), None)
    intake.add_page("https://a.example.com/2", None, None, None)
    intake.add_page("https://a.example.com/3", None, None, "timed out")
    assert [a.source for a in intake.articles] == ["https://a.example.com/1"]
    assert intake.not_modified == ["https://a.example.com/2"]
    assert intake.failures == [("https://a.example.com/3", "timed out")]


def test_unchanged_articles_and_not_modified_pages_are_skipped_not_parsed():
    intake = Intake(articles=[article("/a.txt"), article("/b.txt")], not_modified=["https://n/1"])
    changed, skipped = intake.split_unchanged({"/b.txt"})
    assert [a.source for a in changed] == ["/a.txt"]
    assert skipped == ["/b.txt", "https://n/1"]


def test_feed_entry_counts_as_seen_only_when_its_article_is_stored():
    intake = Intake()
    for key in ("ok", "failed"):
        url = f"https://news.example.com/{key}"
        intake.add_page(url, entry(key), article(url), None)
    seen = intake.entries_to_mark_seen({"https://news.example.com/ok"})
    assert seen == [(entry("ok"), "https://news.example.com/ok")]


def test_strict_run_fails_on_the_first_failure_naming_how_many_more():
    intake = Intake(failures=[("/a.txt", "/a.txt: empty file"), ("https://x", "HTTP 404")])
    with pytest.raises(FactcheckError, match=r"^/a.txt: empty file \(and 1 more\)$"):
        intake.check_strict()
    Intake().check_strict()


def test_failure_message_names_the_source_when_the_reason_does_not():
    assert str(failures_error([("https://x", "HTTP 404")])) == "https://x: HTTP 404"


@pytest.mark.parametrize(("n_read", "fails"), [(0, True), (1, False)])
def test_run_fails_only_when_sources_failed_and_nothing_was_read(n_read, fails):
    intake = Intake(failures=[("/a.txt", "/a.txt: empty file")])
    if fails:
        with pytest.raises(NothingReadError, match="nothing could be read: /a.txt: "):
            intake.check_something_read(n_read)
    else:
        intake.check_something_read(n_read)
    Intake().check_something_read(0)
