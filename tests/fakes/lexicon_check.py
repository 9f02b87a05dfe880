"""Validate values against the official atproto lexicon JSON files in `tests/fakes/lexicons/`.

Enough of the lexicon language (https://atproto.com/specs/lexicon) for the fakes: `object`
(required, nullable, properties; unknown fields are allowed, as the spec says), `string`
(format `did`, minLength/maxLength in UTF-8 bytes, `enum` closed, `knownValues` open, `const`),
`integer` (minimum, maximum, enum, const), `boolean`, `blob` (the JSON `$type: blob` form with
`ref.$link`, `mimeType`, `size`; `accept` and `maxSize`), `array` (items, minLength, maxLength),
`ref` (local `#def`, `nsid#def`, or `nsid` for `main`), `union` (`$type` names one of the refs
unless open), `unknown` (any object), and a query's `params`. Used by the fakes, never by `src/`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

LEXICONS = Path(__file__).resolve().parent / "lexicons"
_DID = re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$")


class LexiconError(AssertionError):
    """A value does not match its lexicon."""


@cache
def document(nsid: str) -> dict[str, Any]:
    """The lexicon document of `nsid` (e.g. "app.bsky.video.defs")."""
    path = LEXICONS.joinpath(*nsid.split(".")).with_suffix(".json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("id") != nsid or doc.get("lexicon") != 1:
        raise LexiconError(f"{path} is not the lexicon {nsid}")
    return doc


def definition(ref: str, base: str = "") -> tuple[str, dict[str, Any]]:
    """(nsid, def) for a reference: "#name" (in `base`), "nsid#name" or "nsid" (its main)."""
    nsid, _, name = ref.partition("#")
    nsid = nsid or base
    defs = document(nsid)["defs"]
    name = name or "main"
    if name not in defs:
        raise LexiconError(f"{nsid} has no definition {name}")
    return nsid, defs[name]


def validate(ref: str, value: Any) -> None:
    """Check `value` against the definition `ref` ("app.bsky.video.defs#jobStatus")."""
    nsid, schema = definition(ref)
    _check(schema, value, nsid, ref)


def validate_output(nsid: str, value: Any) -> None:
    """Check a query's or procedure's JSON output against its lexicon."""
    _, main = definition(nsid)
    output = main.get("output") or {}
    if output.get("encoding") != "application/json" or "schema" not in output:
        raise LexiconError(f"{nsid} has no JSON output")
    _check(output["schema"], value, nsid, f"{nsid}#output")


def validate_params(nsid: str, params: dict[str, str]) -> None:
    """Check a query's parameters (as received: strings) against its lexicon."""
    _, main = definition(nsid)
    spec = main.get("parameters") or {"properties": {}}
    for name in spec.get("required", ()):
        if name not in params:
            raise LexiconError(f"{nsid}: parameter {name} is required")
    for name, value in params.items():
        prop = spec["properties"].get(name)
        if prop is None:
            continue  # servers ignore parameters they do not know
        kind = prop.get("type")
        if kind == "integer":
            if not re.fullmatch(r"-?\d+", value):
                raise LexiconError(f"{nsid}: parameter {name} is not an integer")
            _check(prop, int(value), nsid, name)
        elif kind == "boolean":
            if value not in ("true", "false"):
                raise LexiconError(f"{nsid}: parameter {name} is not a boolean")
        else:
            _check(prop, value, nsid, name)


def _check(schema: dict[str, Any], value: Any, nsid: str, where: str) -> None:
    kind = schema.get("type")
    if kind == "ref":
        ref_nsid, target = definition(schema["ref"], nsid)
        _check(target, value, ref_nsid, f"{where}->{schema['ref']}")
    elif kind == "object":
        _object(schema, value, nsid, where)
    elif kind == "string":
        _string(schema, value, where)
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise LexiconError(f"{where}: not an integer: {value!r}")
        if "minimum" in schema and value < schema["minimum"]:
            raise LexiconError(f"{where}: {value} < minimum {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise LexiconError(f"{where}: {value} > maximum {schema['maximum']}")
        _enum(schema, value, where)
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise LexiconError(f"{where}: not a boolean: {value!r}")
        _enum(schema, value, where)
    elif kind == "blob":
        _blob(schema, value, where)
    elif kind == "array":
        if not isinstance(value, list):
            raise LexiconError(f"{where}: not an array")
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", len(value)):
            raise LexiconError(f"{where}: {len(value)} items, outside the lexicon's bounds")
        for index, item in enumerate(value):
            _check(schema["items"], item, nsid, f"{where}[{index}]")
    elif kind == "union":
        if not isinstance(value, dict) or "$type" not in value:
            raise LexiconError(f"{where}: a union member needs $type")
        refs = {f"{nsid}{r}" if r.startswith("#") else (r if "#" in r else f"{r}#main") for r in schema.get("refs", ())}
        named = value["$type"] if "#" in value["$type"] else f"{value['$type']}#main"
        if named not in refs:
            if schema.get("closed"):
                raise LexiconError(f"{where}: $type {value['$type']} is not one of {sorted(refs)}")
            return  # an open union takes other types
        ref_nsid, target = definition(named)
        _check(target, value, ref_nsid, f"{where}->{named}")
    elif kind == "unknown":
        if not isinstance(value, dict):
            raise LexiconError(f"{where}: unknown must be an object")
    else:
        raise LexiconError(f"{where}: lexicon type {kind!r} is not supported here")


def _object(schema: dict[str, Any], value: Any, nsid: str, where: str) -> None:
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: not an object: {value!r}")
    nullable = set(schema.get("nullable", ()))
    for name in schema.get("required", ()):
        if name not in value:
            raise LexiconError(f"{where}: {name} is required")
    for name, prop in (schema.get("properties") or {}).items():
        if name not in value:
            continue
        if value[name] is None:
            if name not in nullable:
                raise LexiconError(f"{where}.{name}: null is not allowed")
            continue
        _check(prop, value[name], nsid, f"{where}.{name}")


def _string(schema: dict[str, Any], value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise LexiconError(f"{where}: not a string: {value!r}")
    size = len(value.encode("utf-8"))
    if size < schema.get("minLength", 0) or ("maxLength" in schema and size > schema["maxLength"]):
        raise LexiconError(f"{where}: length {size} outside the lexicon's bounds")
    if schema.get("format") == "did" and not _DID.match(value):
        raise LexiconError(f"{where}: not a DID: {value!r}")
    _enum(schema, value, where)  # knownValues are open: any string is allowed


def _enum(schema: dict[str, Any], value: Any, where: str) -> None:
    if "enum" in schema and value not in schema["enum"]:
        raise LexiconError(f"{where}: {value!r} is not one of {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        raise LexiconError(f"{where}: {value!r} is not {schema['const']!r}")


def _blob(schema: dict[str, Any], value: Any, where: str) -> None:
    if (
        not isinstance(value, dict)
        or value.get("$type") != "blob"
        or not isinstance(value.get("ref"), dict)
        or not isinstance(value["ref"].get("$link"), str)
        or not isinstance(value.get("mimeType"), str)
        or not isinstance(value.get("size"), int)
    ):
        raise LexiconError(f"{where}: not a blob: {value!r}")
    if "maxSize" in schema and value["size"] > schema["maxSize"]:
        raise LexiconError(f"{where}: blob of {value['size']} bytes > maxSize {schema['maxSize']}")
    accept = schema.get("accept")
    if accept and not any(
        value["mimeType"] == a or (a.endswith("/*") and value["mimeType"].startswith(a[:-1])) or a == "*/*"
        for a in accept
    ):
        raise LexiconError(f"{where}: {value['mimeType']} is not accepted ({accept})")
