"""``kzgraph serve``: the SPARQL 1.1 Protocol endpoint and the offline query page.

- ``app``: the ASGI application (starlette): routes, the JSON error shape, CORS.
- ``pool``: worker subprocesses that run queries and are killed at the time limit.
- ``work``: what runs inside a worker (pyoxigraph only): queries, graph reads, labels,
  provenance.
- ``formats``: content negotiation between Accept headers and pyoxigraph formats.

This package's ``__init__`` imports nothing heavy: worker processes import ``work`` through it.
"""
