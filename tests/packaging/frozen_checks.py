"""Runs INSIDE the frozen Postdesk: imports media and looks at what the app loads at run time.

The packaging tests copy this file next to the bundle's modules (`_internal/`, which the frozen
interpreter has on `sys.path`) and start the real executable as
`postdesk --headless --no-shipped-adapters --plugin postdesk_frozen_checks --exit-when-idle`:
the headless engine's plugin hook imports it and calls `register`. Everything it imports from
`postdesk` and third-party packages therefore comes from the bundle itself (a frozen app ignores
PYTHONPATH and has no site-packages), so a module, data file or native library the freezer left
out fails here as it would for a user. Nothing is added to the shipped program for this.

`register` imports the files named in `POSTDESK_FROZEN_MEDIA` (os.pathsep-separated) through the
media library's own services (`MediaLibraryServices.start_import`, what the Media pane calls),
then prints one line `frozen-checks: {json}` and registers no adapter.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ENV_MEDIA = "POSTDESK_FROZEN_MEDIA"


def _imports(paths_env: str) -> list[dict[str, Any]]:
    from postdesk.media.importer import ImportSource
    from postdesk.paths import resolve_paths
    from postdesk.store.db import open_database
    from postdesk.ui.media_library.services import MediaLibraryServices

    files = [Path(p) for p in paths_env.split(os.pathsep) if p]
    database = open_database(resolve_paths(os.environ["POSTDESK_HOME"]).ensure())
    try:
        services = MediaLibraryServices(database, resolve_paths(os.environ["POSTDESK_HOME"]))
        outcomes: list[Any] = []
        batch = services.start_import(
            [ImportSource.from_path(f) for f in files],
            folder=None,
            on_outcome=lambda outcome, _progress: outcomes.append(outcome),
            workers=1,
        )
        batch.wait()
        return [
            {
                "name": o.source.name,
                "ok": o.ok,
                "asset_id": o.asset_id,
                "problems": [p.value if hasattr(p, "value") else str(p) for p in o.problems],
                "detail": o.detail,
            }
            for o in outcomes
        ]
    finally:
        database.close()


def _qt() -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
    from PySide6.QtGui import QColor, QGuiApplication, QImageReader

    app = QGuiApplication.instance() or QGuiApplication([])
    from postdesk.ui import assets, i18n

    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    icon = assets.tinted_pixmap("calendar", QColor("black"), 32)
    opaque = sum(1 for x in range(32) for y in range(32) if icon.toImage().pixelColor(x, y).alpha() > 0)
    # Every shipped language from the bundle: its catalogue answers, Qt's own strings come with it (and
    # with them Arabic's right-to-left direction).
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    languages = {}
    for language in ("de", "fr", "es", "pt_BR", "ja", "ar"):
        installed = i18n.install_translators(app, language)
        app.processEvents()
        languages[language] = {
            "calendar": QCoreApplication.translate("CalendarPane", "Calendar"),
            "qtbase": QTranslator().load(f"qtbase_{language}", qt_dir),
            "right_to_left": app.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        }
        for translator in installed:
            app.removeTranslator(translator)
    translators = i18n.install_translators(app, "de")
    qtbase = QTranslator()
    return {
        "shipped_languages": i18n.shipped_languages(),
        "languages": languages,
        "platform": QGuiApplication.platformName(),
        "image_formats": formats,
        "svg_icon_pixels": opaque,
        "translators_de": len(translators),
        "qtbase_de": qtbase.load("qtbase_de", qt_dir),
        "postdesk_qm": sorted(p.name for p in Path(i18n.__file__).parents[1].joinpath("translations").glob("*.qm")),
    }


def _runtime() -> dict[str, Any]:
    import importlib.metadata as md
    import ssl
    import zoneinfo
    from importlib import resources

    import av
    import certifi
    import pillow_heif

    import postdesk
    from postdesk import third_party

    context = ssl.create_default_context(cafile=certifi.where())
    backends = {}
    for entry in md.entry_points(group="keyring.backends"):
        try:
            entry.load()
            backends[entry.name] = "loaded"
        except Exception as error:  # report, the test decides
            backends[entry.name] = f"{type(error).__name__}: {error}"
    import keyring.backend

    backend_classes = sorted(f"{type(c).__module__}.{type(c).__name__}" for c in keyring.backend.get_all_keyring())
    zone = zoneinfo.ZoneInfo("America/Sao_Paulo")
    import boto3.session

    # The media relay's S3 client (botocore's S3 model must be in the bundle); presigning sends nothing.
    s3 = boto3.session.Session().client(
        "s3",
        region_name="us-east-1",
        endpoint_url="http://127.0.0.1:9",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
    presigned = s3.generate_presigned_url("get_object", Params={"Bucket": "b", "Key": "k"}, ExpiresIn=60)
    return {
        "frozen": bool(getattr(sys, "frozen", False)),
        "postdesk_file": postdesk.__file__,
        "ca_certificates": context.cert_store_stats()["x509_ca"],
        "keyring_entry_points": backends,
        "keyring_backends": backend_classes,
        "tzdata_berlin": resources.files("tzdata.zoneinfo").joinpath("Europe").joinpath("Berlin").is_file(),
        "zone_key": zone.key,
        "av_version": av.__version__,
        "h264_decoder": av.codec.Codec("h264", "r").name,
        "heif_version": pillow_heif.__version__,
        "notices_shipped": third_party.shipped_notices() is not None,
        "s3_presigned": presigned,
    }


def register(registry: object) -> None:
    """The plugin hook: run the checks, print them, register nothing."""
    result: dict[str, Any] = {"imports": _imports(os.environ.get(ENV_MEDIA, ""))}
    result.update(_runtime())
    result["qt"] = _qt()
    print("frozen-checks: " + json.dumps(result), flush=True)
