import pytest

from factcheck.errors import ArticleError
from factcheck.sources.files import find_article_paths, load_articles, read_article


def test_article_text_keeps_crlf_so_offsets_match_the_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Headline\r\n\r\nPolice said 12 people died.")
    article = read_article(path)
    # 8 + 4 (two CRLFs) + 12; newline translation would give 22
    assert article.text.index("12") == 24
    assert article.title == "Headline"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary data"),
        (b"caf\xe9 au lait", "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_bad_article_file_is_rejected_with_its_name_and_problem(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_path_is_rejected(tmp_path):
    with pytest.raises(ArticleError, match="no such file or folder"):
        find_article_paths([tmp_path / "nope.txt"])


def test_folder_without_articles_is_rejected(tmp_path):
    (tmp_path / "notes.json").write_text("{}")
    with pytest.raises(ArticleError, match="folder holds no article files"):
        find_article_paths([tmp_path])


def test_folder_is_searched_for_articles_and_ignores_other_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Police said 2 died.")
    (tmp_path / "sub" / "a.txt").write_text("Police said 3 died.")
    (tmp_path / "gold.json").write_text("{}")
    assert [p.name for p in find_article_paths([tmp_path])] == ["b.txt", "a.txt"]


def test_one_bad_file_fails_the_whole_load(tmp_path):
    (tmp_path / "a.txt").write_text("Police said 2 died.")
    (tmp_path / "b.txt").write_bytes(b"")
    with pytest.raises(ArticleError, match="b.txt: empty file"):
        load_articles([tmp_path])


def test_oversized_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # 50 MB, sparse: nothing to read
    with pytest.raises(ArticleError, match="over the 2000000-byte article limit"):
        read_article(path)


def test_html_file_gives_its_main_text(tmp_path):
    path = tmp_path / "page.html"
    body = (
        "<p>Police said 12 people were arrested after the march through the city centre.</p>"
        "<p>Organisers said the crowd was the largest since the protests began in spring.</p>"
    )
    path.write_text(f"<html><body><nav>Home</nav><article>{body}</article></body></html>")
    article = read_article(path)
    assert article.text.startswith("Police said 12 people")
    assert "Home" not in article.text


def test_html_file_without_an_article_is_refused(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav>Home | World</nav></body></html>")
    with pytest.raises(ArticleError, match="HTML holds no article text"):
        read_article(path)
