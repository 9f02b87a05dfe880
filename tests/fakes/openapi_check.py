"""Checks requests against an official OpenAPI document, as the network would.

Used by the Mastodon and X fakes: every JSON body, multipart form and query string the adapters
send is validated against the operation's schema in `/work/shared/specs/` (with `$ref`s resolved
through `referencing`), so a field the network does not accept fails the test.

`closed=True` also refuses top-level keys that no branch of the schema names: the Mastodon
subset leaves its objects open (`additionalProperties` unset), but Mastodon's Rails controller
only permits the listed parameters, so an unknown key is a client bug we want to see.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPECS = Path("/work/shared/specs")
MASTODON_SPEC = SPECS / "mastodon" / "mastodon-openapi.subset.json"
X_SPEC = SPECS / "x-api" / "x-api-v2.latest-openapi.json"


class OpenApi:
    """One OpenAPI document.

    Args:
        path: the JSON file.
    """

    def __init__(self, path: Path) -> None:
        self.uri = f"urn:spec:{path.name}"
        self.doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
        self.registry: Registry = Registry().with_resource(self.uri, resource)

    def operation(self, method: str, template: str) -> dict[str, Any]:
        """The operation object (KeyError when the spec has no such operation)."""
        return self.doc["paths"][template][method.lower()]

    def template_for(self, method: str, path: str) -> str | None:
        """The spec's path template that a concrete request path matches (None when none does).

        A literal segment beats a `{parameter}` one, as routers do ("/2/media/upload" is not
        "/2/media/{media_key}").
        """
        best: tuple[int, str] | None = None
        for template, ops in self.doc["paths"].items():
            if method.lower() not in ops:
                continue
            pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
            if re.match(pattern, path):
                literal = template.count("/") - template.count("{")
                if best is None or literal > best[0]:
                    best = (literal, template)
        return best[1] if best else None

    def required_scopes(self, method: str, template: str, scheme: str) -> list[list[str]]:
        """The alternatives of OAuth scopes an operation needs under `scheme` ([] when it needs none).

        Each alternative is one security requirement object of the operation; a token must hold
        every scope of at least one of them.
        """
        op = self.operation(method, template)
        return [list(requirement[scheme]) for requirement in op.get("security", []) if scheme in requirement]

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, Mapping) and "$ref" in node and len(node) == 1:
            node = self.registry.resolver(self.uri).lookup(self.uri + node["$ref"]).contents
        return node

    def _errors(self, schema: Mapping[str, Any], value: Any) -> list[str]:
        errors = sorted(_anchored(self, schema).iter_errors(value), key=lambda e: list(e.absolute_path))
        return [f"{'/'.join(map(str, e.absolute_path)) or '<body>'}: {e.message}" for e in errors]

    def body_schema(self, method: str, template: str, content_type: str) -> dict[str, Any]:
        """The request body schema for a content type (KeyError when the spec has none)."""
        body = self._resolve(self.operation(method, template)["requestBody"])
        return dict(self._resolve(body["content"][content_type]["schema"]))

    def check_body(
        self,
        method: str,
        template: str,
        content_type: str,
        body: Any,
        *,
        closed: bool = False,
        overlapping_one_of: bool = False,
    ) -> list[str]:
        """Problems with a request body; empty when the network would accept its shape.

        Args:
            method: HTTP method.
            template: the spec's path template, e.g. "/2/tweets".
            content_type: "application/json" or "multipart/form-data".
            body: the parsed body (a dict of form fields for multipart).
            closed: refuse top-level keys no branch of the schema names.
            overlapping_one_of: the schema's top-level oneOf has branches that overlap
                (Mastodon's TextStatus/MediaStatus both match text + media, which Mastodon
                accepts), so require at least one branch instead of exactly one.
        """
        try:
            schema = self.body_schema(method, template, content_type)
        except KeyError:
            return [f"{method} {template} takes no {content_type} body"]
        if overlapping_one_of and "oneOf" in schema:
            branches = schema.pop("oneOf")
            schema["anyOf"] = branches
        problems = self._errors(schema, body)
        if closed and isinstance(body, Mapping):
            allowed = self.property_names(schema)
            problems += [f"{key}: not a parameter of {method} {template}" for key in body if key not in allowed]
        return problems

    def property_names(self, schema: Any) -> set[str]:
        """Every top-level property any branch of `schema` names."""
        schema = self._resolve(schema)
        names: set[str] = set()
        if not isinstance(schema, Mapping):
            return names
        names |= set(schema.get("properties", {}))
        for key in ("allOf", "anyOf", "oneOf"):
            for branch in schema.get(key, []):
                names |= self.property_names(branch)
        return names

    def check_query(self, method: str, template: str, query: Mapping[str, list[str]]) -> list[str]:
        """Problems with a query string: unknown parameters, wrong types, missing required ones."""
        op = self.operation(method, template)
        params = {}
        for param in op.get("parameters", []):
            param = self._resolve(param)
            if param.get("in") == "query":
                params[param["name"]] = param
        # Rails (Mastodon) spells array parameters "types[]=a&types[]=b".
        query = {name.removesuffix("[]"): values for name, values in query.items()}
        problems = [f"{name}: not a query parameter of {method} {template}" for name in query if name not in params]
        for name, param in params.items():
            if name not in query:
                if param.get("required"):
                    problems.append(f"{name}: required")
                continue
            schema = self._resolve(param.get("schema", {}))
            value = _coerce(self, schema, query[name], explode=param.get("explode", True))
            problems += [f"{name}={query[name]}: {p}" for p in self._errors(schema, value)]
        return problems


def _anchored(spec: OpenApi, schema: Mapping[str, Any]) -> Draft202012Validator:
    """A validator for an inline piece of the document whose refs point back into it."""
    return Draft202012Validator(_absolute_refs(spec.uri, schema), registry=spec.registry)


def _absolute_refs(uri: str, node: Any) -> Any:
    """Rewrite "#/components/..." refs to `uri#/components/...` (the copy has no base of its own)."""
    if isinstance(node, Mapping):
        return {
            k: (uri + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _absolute_refs(uri, v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_absolute_refs(uri, v) for v in node]
    return node


def _coerce(spec: OpenApi, schema: Mapping[str, Any], raw: list[str], *, explode: bool) -> Any:
    """Turn query strings into the JSON type the parameter's schema declares."""
    kind = schema.get("type")
    if kind == "array":
        values = raw if explode else [piece for item in raw for piece in item.split(",")]
        items = spec._resolve(schema.get("items", {}))
        return [_scalar(items.get("type"), v) for v in values]
    return _scalar(kind, raw[-1])


def _scalar(kind: Any, value: str) -> Any:
    if kind == "integer":
        try:
            return int(value)
        except ValueError:
            return value
    if kind == "boolean":
        return {"true": True, "false": False}.get(value, value)
    return value


@cache
def mastodon() -> OpenApi:
    """The Mastodon OpenAPI subset (loaded once per process)."""
    return OpenApi(MASTODON_SPEC)


@cache
def x_api() -> OpenApi:
    """X's API v2 OpenAPI document (loaded once per process)."""
    return OpenApi(X_SPEC)
