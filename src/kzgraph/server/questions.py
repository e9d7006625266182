"""The page's questions: the named-query catalogue (queries/*.rq) and its safe parameter binding."""

from __future__ import annotations

import pyoxigraph as ox

from kzgraph.errors import QueryError


def list_questions() -> list[dict]:
    """Every named query with its title, description and parameters, for the page's forms."""
    from kzgraph.named_queries import load_catalogue

    return [
        {
            "name": query.name,
            "title": query.title,
            "description": query.description,
            "params": [{"name": p.name, "description": p.description} for p in query.params],
        }
        for query in load_catalogue().values()
    ]


def bind_question(store: ox.Store, name: str, args: list[str]) -> tuple[str, dict]:
    """The question's SPARQL and its arguments resolved to entities, as pyoxigraph substitutions.

    The arguments never enter the query text: they are looked up as entity names and bound to
    the question's variables (SEP-0007 substitutions), so quotes or braces in them are inert.
    """
    from kzgraph.named_queries import EntityNames, get_named_query

    query = get_named_query(name)
    if len(args) != len(query.params):
        raise QueryError(f"{query.name} takes {len(query.params)} argument(s): {query.usage}")
    names = EntityNames(store)
    substitutions = {
        ox.Variable(param.name): names.resolve(arg)
        for param, arg in zip(query.params, args, strict=True)
    }
    return query.sparql, substitutions
