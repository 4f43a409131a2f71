"""The local web app (`onrecord serve`): search, messages, persons and claim checks in a browser."""

from onrecord.present.web.app import create_app

__all__ = ["create_app"]
