"""Launch buttons (Binder, JupyterHub, Colab) that switch on with one setting.

The instructor who deploys the course sets `repository.url` in `_config.yml` (the
GitHub repository that holds this book). Until then the book has no launch buttons at
all: sphinx-book-theme cannot build launch links without a repository, and a button
that leads nowhere is worse than none.
"""

from __future__ import annotations

from sphinx.config import Config
from sphinx.util import logging

logger = logging.getLogger(__name__)

PROVIDERS = ("binderhub_url", "jupyterhub_url", "colab_url", "deepnote_url", "jupyterlite_url")


def configure(config: Config) -> None:
    options = config.html_theme_options
    buttons = dict(options.get("launch_buttons") or {})
    # Thebe (live code on the static page) would load its code from a CDN: never.
    buttons["thebe"] = False
    if not str(options.get("repository_url") or "").strip():
        for key in PROVIDERS:
            buttons.pop(key, None)
        logger.info("coursebook: no repository.url in _config.yml, so no launch buttons")
    options["launch_buttons"] = buttons
