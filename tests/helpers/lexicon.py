"""A strict validator for atproto records against the official Lexicon JSON files.

Covers what `app.bsky.feed.post` and its embeds use: object (required, unknown fields are an
error), string (maxLength in UTF-8 bytes, maxGraphemes, formats), integer, boolean, array,
ref, union (by `$type`), blob (accept, maxSize) and unknown.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import regex

LEXICON_DIR = Path("/work/shared/specs/bluesky/lexicons")
_FORMATS = {
    "at-uri": re.compile(r"^at://[^/\s]+(/[a-zA-Z0-9.-]+(/[A-Za-z0-9._~:-]+)?)?$"),
    "did": re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]+$"),
    "cid": re.compile(r"^[a-z2-7]{50,}$|^b[a-z2-7]+$"),
    "language": re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$"),
    "uri": re.compile(r"^[a-z][a-z0-9+.-]*:\S+$"),
    "handle": re.compile(r"^([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\.)+[a-zA-Z]+$"),
}


class LexiconError(AssertionError):
    """A value does not match its lexicon."""


class Lexicons:
    """The lexicon documents of a directory, by NSID."""

    def __init__(self, directory: Path = LEXICON_DIR) -> None:
        self.docs = {p.stem: json.loads(p.read_text()) for p in directory.glob("*.json")}

    def _def(self, ref: str, context: str) -> tuple[dict[str, Any], str]:
        nsid, _, name = ref.partition("#")
        nsid = nsid or context
        if nsid not in self.docs:
            raise LexiconError(f"no lexicon {nsid} (for {ref})")
        return self.docs[nsid]["defs"][name or "main"], nsid

    def validate_record(self, nsid: str, value: dict[str, Any]) -> None:
        """Check a record of collection `nsid`.

        Raises:
            LexiconError: with the path of the first problem.
        """
        main, _ = self._def(nsid, nsid)
        if value.get("$type") != nsid:
            raise LexiconError(f"$type is {value.get('$type')!r}, not {nsid}")
        self._check(main["record"], value, nsid, "$")

    def validate(self, ref: str, value: Any) -> None:
        """Check a value against one definition ("app.bsky.video.defs#jobStatus").

        Raises:
            LexiconError: with the path of the first problem.
        """
        schema, nsid = self._def(ref, ref.partition("#")[0])
        self._check(schema, value, nsid, "$")

    def validate_output(self, nsid: str, value: Any) -> None:
        """Check an XRPC query's or procedure's JSON output."""
        main, _ = self._def(nsid, nsid)
        self._check(main["output"]["schema"], value, nsid, "$")

    def validate_params(self, nsid: str, params: dict[str, str]) -> None:
        """Check that an XRPC query got its required parameters."""
        main, _ = self._def(nsid, nsid)
        for name in (main.get("parameters") or {}).get("required", []):
            if name not in params:
                raise LexiconError(f"$: missing parameter {name}")

    def _check(self, schema: dict[str, Any], value: Any, ctx: str, path: str) -> None:
        kind = schema["type"]
        if kind == "ref":
            target, nsid = self._def(schema["ref"], ctx)
            self._check(target, value, nsid, path)
        elif kind == "union":
            self._union(schema, value, ctx, path)
        elif kind == "object":
            self._object(schema, value, ctx, path)
        elif kind == "string":
            self._string(schema, value, path)
        elif kind == "integer":
            if not isinstance(value, int) or isinstance(value, bool):
                raise LexiconError(f"{path}: not an integer")
            if value < schema.get("minimum", value) or value > schema.get("maximum", value):
                raise LexiconError(f"{path}: {value} out of range")
        elif kind == "boolean":
            if not isinstance(value, bool):
                raise LexiconError(f"{path}: not a boolean")
        elif kind == "array":
            if not isinstance(value, list):
                raise LexiconError(f"{path}: not an array")
            if len(value) > schema.get("maxLength", len(value)):
                raise LexiconError(f"{path}: {len(value)} items, max {schema['maxLength']}")
            if len(value) < schema.get("minLength", 0):
                raise LexiconError(f"{path}: too few items")
            for index, item in enumerate(value):
                self._check(schema["items"], item, ctx, f"{path}[{index}]")
        elif kind == "blob":
            self._blob(schema, value, path)
        elif kind != "unknown":
            raise LexiconError(f"{path}: validator does not know type {kind}")

    def _union(self, schema: dict[str, Any], value: Any, ctx: str, path: str) -> None:
        if not isinstance(value, dict) or "$type" not in value:
            raise LexiconError(f"{path}: union member without $type")
        full = [ref if not ref.startswith("#") else ctx + ref for ref in schema["refs"]]
        wanted = value["$type"]
        if wanted not in full and f"{wanted}#main" not in full:
            raise LexiconError(f"{path}: $type {wanted} not in {full}")
        self._check({"type": "ref", "ref": wanted}, value, ctx, path)

    def _object(self, schema: dict[str, Any], value: Any, ctx: str, path: str) -> None:
        if not isinstance(value, dict):
            raise LexiconError(f"{path}: not an object")
        props = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                raise LexiconError(f"{path}: missing {name}")
        for name, item in value.items():
            if name == "$type":
                continue
            if name not in props:
                raise LexiconError(f"{path}: field {name!r} is not in the lexicon")
            if item is None and name in schema.get("nullable", []):
                continue
            self._check(props[name], item, ctx, f"{path}.{name}")

    @staticmethod
    def _string(schema: dict[str, Any], value: Any, path: str) -> None:
        if not isinstance(value, str):
            raise LexiconError(f"{path}: not a string")
        if len(value.encode("utf-8")) > schema.get("maxLength", 1 << 30):
            raise LexiconError(f"{path}: longer than {schema['maxLength']} bytes")
        if len(regex.findall(r"\X", value)) > schema.get("maxGraphemes", 1 << 30):
            raise LexiconError(f"{path}: more than {schema['maxGraphemes']} graphemes")
        fmt = schema.get("format")
        if fmt == "datetime":
            try:
                when = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError as exc:
                raise LexiconError(f"{path}: not a datetime") from exc
            if when.tzinfo is None:
                raise LexiconError(f"{path}: datetime without a time zone")
        elif fmt in _FORMATS and not _FORMATS[fmt].match(value):
            raise LexiconError(f"{path}: not a {fmt}: {value!r}")

    @staticmethod
    def _blob(schema: dict[str, Any], value: Any, path: str) -> None:
        if not isinstance(value, dict) or value.get("$type") != "blob":
            raise LexiconError(f"{path}: not a blob")
        if set(value) != {"$type", "ref", "mimeType", "size"} or "$link" not in value["ref"]:
            raise LexiconError(f"{path}: malformed blob {value}")
        if value["size"] > schema.get("maxSize", value["size"]):
            raise LexiconError(f"{path}: blob of {value['size']} bytes, max {schema['maxSize']}")
        if not any(fnmatch(value["mimeType"], accept) for accept in schema.get("accept", ["*/*"])):
            raise LexiconError(f"{path}: {value['mimeType']} not accepted")
