"""Flow: read articles, extract their numeric claims, store them in DuckDB, publish the flagged.

Run it directly (`factcheck run seeds/`), or as the deployments in prefect.yaml.
"""

from __future__ import annotations

import uuid

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE
from prefect.runtime import flow_run

import factcheck
from factcheck.config import resolve_db_path
from factcheck.extract import Extraction, extract_article
from factcheck.io import load_articles as read_articles
from factcheck.model import Article
from factcheck.pipeline import build_nlp
from factcheck.store import RunReport, save_run

DEFAULT_PATHS = ["seeds"]


@task(name="load-articles", cache_policy=NONE)
def load_articles(paths: list[str], allow_empty: bool = False) -> list[Article]:
    """Read every article under ``paths``; a bad file fails the task with its name."""
    articles = read_articles(paths, allow_empty=allow_empty)
    get_run_logger().info("read %d article(s) from %s", len(articles), ", ".join(paths))
    return articles


@task(name="extract-claims", cache_policy=NONE)
def extract_claims(articles: list[Article], model: str | None = None) -> list[Extraction]:
    """Parse each article and extract its claims."""
    nlp = build_nlp(model)
    extractions = [extract_article(nlp, article) for article in articles]
    get_run_logger().info(
        "extracted %d claim(s) from %d article(s)",
        sum(len(e.claims) for e in extractions),
        len(extractions),
    )
    return extractions


@task(name="save-claims", cache_policy=NONE, retries=3, retry_delay_seconds=[2, 5, 15])
def save_claims(
    db: str,
    run_id: str,
    paths: list[str],
    articles: list[Article],
    extractions: list[Extraction],
) -> RunReport:
    """Write each article and its claims to DuckDB in one transaction per article."""
    report = save_run(
        resolve_db_path(db),
        run_id,
        paths=paths,
        articles=[(a, e.claims) for a, e in zip(articles, extractions, strict=True)],
        extractor_version=factcheck.__version__,
        flow_run_id=flow_run.get_id(),
    )
    get_run_logger().info(
        "stored %d document(s) (%d new or changed), %d claim(s), %d flagged, in %s",
        report.n_documents,
        report.n_changed,
        report.n_claims,
        report.n_flagged,
        db,
    )
    return report


@task(name="publish-flagged", cache_policy=NONE)
def publish_flagged(report: RunReport) -> None:
    """Publish the run's flagged claims as a table artifact and a markdown summary."""
    rows = [dict(zip(report.flagged.columns, row, strict=True)) for row in report.flagged.rows]
    table = [
        {
            "doc": row["doc"],
            "claim": row["text"],
            "value": row["value"],
            "subject": row["subject"],
            "source": row["source_text"] or "(none)",
            "source_kind": row["source_kind"],
            "caveats": ", ".join(row["caveat_kinds"]),
            "reasons": "; ".join(row["flag_reasons"]),
            "priority": row["priority"],
        }
        for row in rows
    ]
    create_table_artifact(
        key="flagged-claims",
        table=table,
        description=f"Flagged claims of run {report.run_id}",
    )
    create_markdown_artifact(
        key="run-summary",
        markdown=(
            f"# factcheck run {report.run_id}\n\n"
            f"| documents | new or changed | unchanged | claims | flagged |\n"
            f"|---|---|---|---|---|\n"
            f"| {report.n_documents} | {report.n_changed} | {report.n_unchanged} "
            f"| {report.n_claims} | {report.n_flagged} |\n"
        ),
        description="Documents and claims of this run",
    )


@flow(name="factcheck-extract", log_prints=True)
def extract_claims_flow(
    paths: list[str] | None = None,
    db: str | None = None,
    model: str | None = None,
    allow_empty: bool = False,
) -> RunReport:
    """Extract, store and flag the numeric claims of the articles under ``paths``.

    Args:
        paths: files or folders of .txt articles; default ``seeds``.
        db: DuckDB file; default $FACTCHECK_DB or data/factcheck.duckdb.
        model: spaCy model; default $FACTCHECK_SPACY_MODEL, en_core_web_sm, or the locked copy.
        allow_empty: succeed with nothing to do when the folders hold no articles (an inbox).
    """
    paths = list(paths or DEFAULT_PATHS)
    db_path = str(resolve_db_path(db))
    run_id = flow_run.get_id() or uuid.uuid4().hex
    articles = load_articles(paths, allow_empty)
    extractions = extract_claims(articles, model)
    report = save_claims(db_path, run_id, paths, articles, extractions)
    publish_flagged(report)
    return report


if __name__ == "__main__":
    extract_claims_flow()
