"""The web UI and the articleqa command line."""

__all__: list[str] = []
