"""kzgraph: a knowledge graph of Kazakhstan's foreign relations built from English texts.

The pipeline (see ``pipeline.py``, the only module that knows the order of the stages):
text -> sentences -> entity mentions -> relations (with provenance) -> RDF typed by the
ontology -> OWL-RL closure -> Oxigraph store -> SPARQL from the CLI and over HTTP.
"""

__version__ = "0.1.0"
