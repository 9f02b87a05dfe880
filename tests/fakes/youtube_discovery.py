"""Request checks from Google's discovery document of the YouTube Data API v3.

/work/shared/specs/youtube/youtube.v3.json lists each method's verb, path, parameters (location,
type, enum, required, repeated), request and response schemas, OAuth scopes and upload paths.
`Discovery` finds the method of a request and says what is wrong with its query or body, the
way Google's front end refuses it (unknown parameter, missing required one, bad enum, unknown
JSON field).
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

SPEC = Path("/work/shared/specs/youtube/youtube.v3.json")
#: Query parameters of the upload endpoints that the protocol itself adds.
UPLOAD_PARAMS = frozenset({"uploadType", "upload_id"})


class Discovery:
    """The discovery document, indexed by verb and path."""

    def __init__(self, path: Path = SPEC) -> None:
        self.doc: dict[str, Any] = json.loads(path.read_text())
        self.methods: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        self._index(self.doc.get("resources", {}))

    def _index(self, resources: dict[str, Any]) -> None:
        for resource in resources.values():
            for method in resource.get("methods", {}).values():
                entry = (method["id"], method)
                self.methods[(method["httpMethod"], "/" + method["path"])] = entry
                for protocol in (method.get("mediaUpload") or {}).get("protocols", {}).values():
                    self.methods[(method["httpMethod"], protocol["path"])] = entry
                    # The YouTube guides send resumable uploads to the simple path with
                    # uploadType=resumable (guides/using_resumable_upload_protocol).
            self._index(resource.get("resources", {}))

    def method_for(self, verb: str, path: str) -> tuple[str, dict[str, Any]] | None:
        return self.methods.get((verb, path))

    @cached_property
    def schemas(self) -> dict[str, Any]:
        return self.doc["schemas"]

    def parts_of(self, method: dict[str, Any]) -> set[str]:
        """The `part` names a method takes: the resource's top-level properties."""
        ref = (method.get("request") or {}).get("$ref")
        if ref is None:
            response = self.schemas[method["response"]["$ref"]]
            ref = response["properties"].get("items", {}).get("items", {}).get("$ref")
        if ref is None:
            return set()
        return set(self.schemas[ref]["properties"]) - {"kind", "etag"}

    def check_query(self, method: dict[str, Any], query: dict[str, list[str]], *, upload: bool) -> str:
        """What is wrong with the query ("" when nothing)."""
        params = {**self.doc.get("parameters", {}), **method.get("parameters", {})}
        for name, values in query.items():
            spec = params.get(name)
            if spec is None:
                if upload and name in UPLOAD_PARAMS:
                    continue
                return f"unknown parameter {name!r} for {method['id']}"
            if len(values) > 1 and not spec.get("repeated"):
                return f"{name!r} given {len(values)} times"
            for value in values:
                problem = _scalar(name, value, spec)
                if problem:
                    return problem
        for name, spec in method.get("parameters", {}).items():
            if spec.get("required") and not query.get(name):
                return f"required parameter {name!r} missing for {method['id']}"
        if "part" in method.get("parameters", {}):
            allowed = self.parts_of(method)
            asked = {p.strip() for v in query.get("part", []) for p in v.split(",")}
            unknown = asked - allowed
            if unknown or not asked or "" in asked:
                return f"part {sorted(unknown) or asked} is not a part of {method['id']}"
        return ""

    def check_body(self, ref: str, body: Any, where: str = "") -> str:
        """What is wrong with a JSON body against schema `ref` ("" when nothing)."""
        return self._value(self.schemas[ref], body, where or ref)

    def _value(self, spec: dict[str, Any], value: Any, where: str) -> str:
        if "$ref" in spec:
            spec = self.schemas[spec["$ref"]]
        kind = spec.get("type")
        if value is None:
            return ""  # JSON null clears a field (e.g. publishAt)
        if kind == "object":
            if not isinstance(value, dict):
                return f"{where} must be an object"
            props = spec.get("properties")
            extra = spec.get("additionalProperties")
            for key, item in value.items():
                if props is not None and key in props:
                    problem = self._value(props[key], item, f"{where}.{key}")
                elif extra is not None:
                    problem = self._value(extra, item, f"{where}[{key}]")
                else:
                    return f"Invalid JSON payload received. Unknown name {key!r} at {where!r}"
                if problem:
                    return problem
            return ""
        if kind == "array":
            if not isinstance(value, list):
                return f"{where} must be a list"
            for i, item in enumerate(value):
                problem = self._value(spec.get("items", {}), item, f"{where}[{i}]")
                if problem:
                    return problem
            return ""
        if kind == "boolean":
            return "" if isinstance(value, bool) else f"{where} must be true or false"
        if kind in ("integer", "number"):
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                return f"{where} must be a number"
            return ""
        if kind == "string":
            if not isinstance(value, str):
                return f"{where} must be a string"
            return _scalar(where, value, spec)
        return ""


def _scalar(name: str, value: str, spec: dict[str, Any]) -> str:
    kind = spec.get("type")
    if spec.get("enum") and value not in spec["enum"]:
        return f"{name}={value!r} is not one of {spec['enum']}"
    if kind == "integer" and not value.lstrip("-").isdigit():
        return f"{name}={value!r} is not an integer"
    if kind == "boolean" and value not in ("true", "false"):
        return f"{name}={value!r} is not a boolean"
    if spec.get("format") == "date-time":
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return f"{name}={value!r} is not an RFC 3339 date-time"
    return ""
