"""The DuckDB store: the file and its connections (db), what is already stored before a run
starts (known), a run's row writes and its flagged claims (runs), writing a whole run (writer),
and reads for people (review: the review queue, one article, status).

The tables are defined once, by the SQL in ``migrations/``.
"""

from factcheck.store.db import (
    QueryResult,
    check_writable,
    connect,
    migrate,
    open_store,
    publish_snapshot,
    run_query,
    snapshot_path,
    writer_lock,
)
from factcheck.store.known import read_fetch_state, read_unchanged
from factcheck.store.review import StoreStatus, read_document, read_review_queue, read_status
from factcheck.store.runs import (
    SaveResult,
    compute_claim_id,
    compute_content_hash,
    compute_doc_id,
    read_flagged,
    save_article,
    save_articles,
)
from factcheck.store.writer import RunReport, RunWriter, save_run

__all__ = [
    "QueryResult",
    "RunReport",
    "RunWriter",
    "SaveResult",
    "StoreStatus",
    "check_writable",
    "compute_claim_id",
    "compute_content_hash",
    "compute_doc_id",
    "connect",
    "migrate",
    "open_store",
    "publish_snapshot",
    "read_fetch_state",
    "read_document",
    "read_flagged",
    "read_review_queue",
    "read_status",
    "read_unchanged",
    "run_query",
    "save_article",
    "save_articles",
    "save_run",
    "snapshot_path",
    "writer_lock",
]
