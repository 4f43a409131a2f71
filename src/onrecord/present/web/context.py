"""What the route handlers share (:class:`Web`), apart from :mod:`.app` so that :mod:`.routes`
need not import the module that builds the app from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from onrecord.present.web.analyst import Analyst


@dataclass
class Web:
    """What the route handlers share: the database path, templates, the analyst."""

    db: Path
    templates: Environment
    analyst: Analyst
    extra: dict[str, Any] = field(default_factory=dict)

    def render(self, request: Request, name: str, status: int = 200, **context: Any) -> Response:
        template = self.templates.get_template(name)

        def url(name: str, **params: Any) -> str:
            return str(request.app.url_path_for(name, **params))

        html = template.render(request=request, db=self.db, url=url, **context)
        return HTMLResponse(html, status_code=status, headers={"cache-control": "no-store"})
