"""`factcheck status`: what the database holds, and whether the deployments' schedules fire.

Deployments are read from the Prefect REST API (no Prefect import in the library): each one's
schedules, whether they are active, and the next scheduled run. An active schedule with nothing
upcoming is the symptom of a scheduler that fails while the API stays healthy (issue 8).
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from factcheck.errors import FactcheckError
from factcheck.store import StoreStatus


@dataclass(frozen=True)
class DeploymentStatus:
    """One deployment as the scheduler sees it.

    Attributes:
        name: FLOW/DEPLOYMENT.
        schedules: each schedule in words ("every 3600 s", "cron */30 * * * * UTC").
        active: whether any schedule is active and the deployment is not paused.
        next_run: expected start of the next scheduled run (ISO), or None.
    """

    name: str
    schedules: tuple[str, ...]
    active: bool
    next_run: str | None

    @property
    def stalled(self) -> bool:
        """An active schedule with no run upcoming: the scheduler is not working."""
        return self.active and self.next_run is None


def read_deployments(
    api_url: str | None, *, timeout_s: float = 10.0
) -> list[DeploymentStatus] | None:
    """Read every deployment and its next scheduled run; None when no API is configured.

    Raises:
        FactcheckError: if the API is configured but cannot be reached.
    """
    if not api_url:
        return None
    base = api_url.rstrip("/")
    try:
        with httpx.Client(timeout=timeout_s) as client:
            flows = {f["id"]: f["name"] for f in _post(client, f"{base}/flows/filter", {})}
            found = []
            for deployment in _post(client, f"{base}/deployments/filter", {}):
                upcoming = _post(
                    client,
                    f"{base}/flow_runs/filter",
                    {
                        "flow_runs": {
                            "deployment_id": {"any_": [deployment["id"]]},
                            "state": {"type": {"any_": ["SCHEDULED"]}},
                        },
                        "sort": "EXPECTED_START_TIME_ASC",
                        "limit": 1,
                    },
                )
                found.append(_deployment_status(deployment, flows, upcoming))
    except (httpx.HTTPError, ValueError) as e:
        raise FactcheckError(f"PREFECT_API_URL={api_url}: cannot read deployments: {e}") from e
    return sorted(found, key=lambda d: d.name)


def format_status(store: StoreStatus, deployments: list[DeploymentStatus] | None) -> str:
    """The status report as text."""
    lines = [
        f"database   {store.path}",
        f"documents  {store.n_documents}",
        f"claims     {store.n_claims} ({store.n_flagged} flagged)",
    ]
    run = store.last_run
    if run is None:
        lines.append("last run   none yet")
    else:
        lines.append(
            f"last run   {run['started_at']:%Y-%m-%d %H:%M:%S} UTC, {run['status']}: "
            f"{', '.join(run['paths']) or '(nothing)'}; {run['n_documents'] or 0} document(s), "
            f"{run['n_changed'] or 0} new or changed, {run['n_claims'] or 0} claim(s), "
            f"{run['n_failed'] or 0} failed"
        )
    if deployments is None:
        lines.append("schedules  no PREFECT_API_URL set: deployments not shown")
        return "\n".join(lines)
    lines.append(f"deployments ({len(deployments)})")
    for d in deployments:
        schedule = "; ".join(d.schedules) or "no schedule"
        state = "active" if d.active else "inactive"
        upcoming = f"next run {d.next_run}" if d.next_run else "nothing upcoming"
        lines.append(f"  {d.name}: {schedule}, {state}, {upcoming}")
    for d in deployments:
        if d.stalled:
            lines.append(
                f"warning: {d.name} has an active schedule but no upcoming run: the server's "
                "scheduler is not creating runs; check the server log for service errors"
            )
    return "\n".join(lines)


def _deployment_status(
    deployment: dict, flows: dict[str, str], upcoming: list[dict]
) -> DeploymentStatus:
    schedules = tuple(_describe_schedule(s["schedule"]) for s in deployment.get("schedules") or [])
    active = not deployment.get("paused") and any(
        s.get("active") for s in deployment.get("schedules") or []
    )
    next_run = upcoming[0].get("expected_start_time") if upcoming else None
    return DeploymentStatus(
        name=f"{flows.get(deployment['flow_id'], '?')}/{deployment['name']}",
        schedules=schedules,
        active=active,
        next_run=next_run,
    )


def _describe_schedule(schedule: dict) -> str:
    if schedule.get("interval") is not None:
        return f"every {schedule['interval']:g} s"
    if schedule.get("cron"):
        return f"cron {schedule['cron']} {schedule.get('timezone') or 'UTC'}"
    if schedule.get("rrule"):
        return f"rrule {schedule['rrule']}"
    return "schedule"


def _post(client: httpx.Client, url: str, body: dict) -> list[dict]:
    response = client.post(url, json=body)
    response.raise_for_status()
    return list(response.json())
