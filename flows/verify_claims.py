"""Flow: reload the reference figures and check every stored claim again (issue 9).

New reference data changes statuses without re-extracting. Run it directly
(`python -m flows.verify_claims`) or as the `verify-daily` and `verify-on-demand` deployments.
"""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE

from factcheck.config import resolve_db_path
from factcheck.verify.commands import as_rows, format_counts
from factcheck.verify.load import LoadReport
from factcheck.verify.store import CheckReport, recheck

DEFAULT_REFERENCE = ["data/reference"]


# No retries: writing waits for locks itself ($FACTCHECK_LOCK_TIMEOUT), then fails clearly.
@task(name="recheck-claims", cache_policy=NONE, task_run_name="recheck with {reference}")
def recheck_claims(db: str, reference: list[str]) -> tuple[LoadReport | None, CheckReport]:
    """Load new or revised reference figures, then check every stored claim."""
    loaded, report = recheck(resolve_db_path(db), references=reference)
    logger = get_run_logger()
    if loaded:
        logger.info("%d reference row(s), %d new or revised", loaded.n_rows, loaded.n_new)
    logger.info("claims: %s", format_counts(report))
    return loaded, report


@task(name="publish-verification", cache_policy=NONE)
def publish_verification(loaded: LoadReport | None, report: CheckReport) -> None:
    """Publish counts per status and the contradicted claims with their reference links."""
    create_table_artifact(
        key="contradicted-claims",
        table=as_rows(report) or [{"document": "(none)"}],
        description="Claims a reference figure contradicts, with its publisher and URL",
    )
    lines = [
        "# factcheck verification",
        "",
        "| " + " | ".join(report.counts) + " |",
        "|" + "---|" * len(report.counts),
        "| " + " | ".join(str(n) for n in report.counts.values()) + " |",
        "",
    ]
    if loaded:
        lines += [f"Reference rows read: {loaded.n_rows}, new or revised: {loaded.n_new}.", ""]
    if report.contradicted:
        lines += ["## Contradicted claims", ""]
        for row in report.contradicted[:20]:
            lines.append(
                f"- **{row['text']}** in {row['doc']}: {row['reference_publisher']} gives "
                f"{row['reference_value']:g} ([source]({row['reference_url']}))"
            )
    create_markdown_artifact(
        key="verification-summary",
        markdown="\n".join(lines),
        description="Claims per status after the check; contradicted claims",
    )


@flow(name="factcheck-verify", flow_run_name="verify: {reference}")
def verify_claims_flow(reference: list[str] | None = None, db: str | None = None) -> dict[str, int]:
    """Reload the reference figures and recheck every stored claim.

    Args:
        reference: reference CSV files or folders; default data/reference.
        db: DuckDB file; default $FACTCHECK_DB or data/factcheck.duckdb.

    Returns:
        Claims per status.
    """
    loaded, report = recheck_claims(str(resolve_db_path(db)), list(reference or DEFAULT_REFERENCE))
    publish_verification(loaded, report)
    return report.counts


if __name__ == "__main__":
    verify_claims_flow()
