"""The local Prefect service of a checkout: server, work pool, deployments and worker.

`make run` brings it up (or reuses what is running) and `make stop` stops exactly the processes
it started. Everything lives in the project's own PREFECT_HOME (`.prefect/` in the checkout),
so runs of other projects never show up in this UI. Processes are tracked by pid files there.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import FactcheckError

POOL = "factcheck-local"
PORT_ENV = "FACTCHECK_PREFECT_PORT"
DEFAULT_PORT = 4200
# Healthy in ~12 s on an idle 2-core machine; 39 s was measured on a busy one.
SERVER_START_TIMEOUT_S = 180.0
STOP_GRACE_S = 15.0
RUN_TIMEOUT_S = 600.0


class ServiceError(FactcheckError):
    """The local Prefect service could not be started or reached."""


@dataclass(frozen=True)
class Service:
    """Where one checkout's Prefect service lives.

    Attributes:
        root: the checkout; deployments run flows from here.
        port: the server's port on 127.0.0.1.
    """

    root: Path
    port: int = DEFAULT_PORT

    @property
    def home(self) -> Path:
        return self.root / ".prefect"

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def ui_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def pid_file(self, name: str) -> Path:
        return self.home / f"{name}.pid"

    def log_file(self, name: str) -> Path:
        return self.home / f"{name}.log"

    def env(self) -> dict[str, str]:
        """The environment of every prefect process of this service."""
        env = dict(os.environ)
        env.update(
            PREFECT_HOME=str(self.home),
            PREFECT_API_URL=self.api_url,
            PREFECT_SERVER_ANALYTICS_ENABLED="false",
        )
        return env


def service_for(root: Path, port: int | None = None) -> Service:
    """The service of the checkout at ``root``; the port from $FACTCHECK_PREFECT_PORT or 4200."""
    if port is None:
        raw = os.environ.get(PORT_ENV) or str(DEFAULT_PORT)
        if not raw.isdigit() or not 0 < int(raw) < 65536:
            raise ServiceError(f"{PORT_ENV}={raw!r}: not a port number (1-65535)")
        port = int(raw)
    return Service(root=root.resolve(), port=port)


def bring_up(service: Service, *, log: Callable[[str], object] = print) -> None:
    """Start (or reuse) the server, create the pool, deploy prefect.yaml, start (or reuse) a worker.

    Raises:
        ServiceError: if the server does not become healthy, or a prefect command fails.
    """
    service.home.mkdir(parents=True, exist_ok=True)
    if running_pid(service, "server") and is_healthy(service):
        log(f"reusing the Prefect server at {service.ui_url}")
    else:
        if is_healthy(service):
            raise ServiceError(
                f"port {service.port} already serves a Prefect API this checkout did not start; "
                f"stop it or set {PORT_ENV}"
            )
        log(f"starting the Prefect server at {service.ui_url} (PREFECT_HOME {service.home})")
        started = time.monotonic()
        start_process(
            service,
            "server",
            ["server", "start", "--host", "127.0.0.1", "--port", str(service.port)],
        )
        wait_healthy(service)
        log(f"server healthy after {time.monotonic() - started:.0f} s")
    run_prefect(service, ["work-pool", "create", POOL, "--type", "process", "--overwrite"])
    run_prefect(service, ["--no-prompt", "deploy", "--all"])
    log("deployed prefect.yaml: " + ", ".join(_deployment_names(service.root / "prefect.yaml")))
    if running_pid(service, "worker"):
        log("reusing the worker")
    else:
        start_process(service, "worker", ["worker", "start", "--pool", POOL])
        log(f"worker started on pool {POOL}")


def run_on_demand(
    service: Service, paths: list[str], *, log: Callable[[str], object] = print
) -> None:
    """Run the on-demand deployment over ``paths`` through the worker and wait for it.

    Raises:
        ServiceError: if the flow run does not complete.
    """
    log(f"running factcheck-extract/on-demand over {', '.join(paths)} (watch it in the UI)")
    run_prefect(
        service,
        [
            "deployment",
            "run",
            "factcheck-extract/on-demand",
            "--params",
            json.dumps({"paths": paths}),
            "--watch",
            "--watch-timeout",
            str(int(RUN_TIMEOUT_S)),
        ],
    )


def stop_all(service: Service, *, log: Callable[[str], object] = print) -> list[str]:
    """Stop the worker, then the server (SIGINT, then SIGKILL after a grace); return what stopped."""
    stopped = []
    for name in ("worker", "server"):  # the worker first, or it retries the server forever
        pid = running_pid(service, name)
        if pid:
            _stop_group(pid)
            stopped.append(name)
            log(f"stopped the {name} (pid {pid})")
        service.pid_file(name).unlink(missing_ok=True)
    if not stopped:
        log("nothing of this checkout's Prefect service was running")
    return stopped


def running_pid(service: Service, name: str) -> int | None:
    """The pid recorded for ``name`` if that process is still alive, else None."""
    try:
        pid = int(service.pid_file(name).read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid if not _is_zombie(pid) else None


def is_healthy(service: Service) -> bool:
    """Whether the server answers its health endpoint."""
    try:
        with urllib.request.urlopen(service.api_url + "/health", timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def wait_healthy(service: Service, *, timeout: float = SERVER_START_TIMEOUT_S) -> None:
    """Wait until the server is healthy; fail early if its process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_healthy(service):
            return
        if not running_pid(service, "server"):
            raise ServiceError(
                f"the Prefect server exited; see {service.log_file('server')}: "
                f"{_last_line(service.log_file('server'))}"
            )
        time.sleep(0.5)
    raise ServiceError(f"the Prefect server was not healthy after {timeout:.0f} s")


def start_process(service: Service, name: str, args: list[str]) -> int:
    """Start a long-running prefect command in its own process group; record its pid."""
    log = service.log_file(name).open("ab")
    process = subprocess.Popen(
        [sys.executable, "-m", "prefect", *args],
        env=service.env(),
        cwd=service.root,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    service.pid_file(name).write_text(str(process.pid))
    return process.pid


def run_prefect(service: Service, args: list[str]) -> str:
    """Run a short prefect CLI command against the service; return its output."""
    result = subprocess.run(
        [sys.executable, "-m", "prefect", *args],
        env=service.env(),
        cwd=service.root,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip().splitlines()
        raise ServiceError(f"prefect {' '.join(args)} failed: {output[-1] if output else ''}")
    return result.stdout


def _stop_group(pid: int) -> None:
    try:
        pgid = os.getpgid(pid)
    except ProcessLookupError:
        return
    os.killpg(pgid, signal.SIGINT)
    deadline = time.monotonic() + STOP_GRACE_S
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        if _is_zombie(pid):
            break
        time.sleep(0.2)
    try:  # what is left of the group: the process itself after the grace, flow-run children
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _is_zombie(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] == "Z"


def _last_line(path: Path) -> str:
    try:
        lines = path.read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return lines[-1] if lines else ""


def _deployment_names(spec: Path) -> list[str]:
    import yaml

    try:
        deployments = yaml.safe_load(spec.read_text(encoding="utf-8")).get("deployments") or []
    except (OSError, AttributeError, yaml.YAMLError):
        return ["every deployment"]
    return [str(d.get("name")) for d in deployments if isinstance(d, dict)]
