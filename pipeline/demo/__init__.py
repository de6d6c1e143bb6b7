"""The bundled sample news site served on 127.0.0.1 by `newsflow demo` and the tests."""

from pipeline.demo.server import DemoSite
from pipeline.demo.site import ExpectedArticle

__all__ = ["DemoSite", "ExpectedArticle"]
