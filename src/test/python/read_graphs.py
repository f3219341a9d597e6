"""Opens the Storylines network files the way analysts do, with networkx, and checks them.

Usage: read_graphs.py GEXF_FILE GRAPHML_FILE EXPECTED_JSON_FILE
EXPECTED_JSON_FILE (UTF-8) holds, for example:
  {"description": "co-occurrence, period 2025-05, ...", "nodes": 5, "edges": 3,
   "labels": {"syria": "سوريا", ...},
   "node": {"id": "syria", "type": "GPE", "n_docs": 40},
   "edge": {"source": "syria", "target": "us", "n_docs_pair": 12, "npmi": 0.41},
   "undefined": {"source": "syria", "target": "tr_interior", "measures": ["pmi", "npmi", "lift"]}}
Both files are read with networkx (read_gexf, read_graphml); each must give an undirected graph with
the expected node and edge counts, labels, one node's type and n_docs, one edge's counts and npmi
(exactly, as the same double), and no value for the measures that were undefined.
Prints one JSON line per file; exits non-zero on the first failure.
"""
import json
import sys

import networkx as nx


def check(condition, message):
    if not condition:
        print("FAILED: " + message, file=sys.stderr)
        sys.exit(1)


def check_graph(name, graph, expected):
    check(not graph.is_directed(), f"{name}: graph is directed")
    check(not graph.is_multigraph(), f"{name}: graph has parallel edges")
    check(graph.number_of_nodes() == expected["nodes"],
          f"{name}: {graph.number_of_nodes()} nodes, expected {expected['nodes']}")
    check(graph.number_of_edges() == expected["edges"],
          f"{name}: {graph.number_of_edges()} edges, expected {expected['edges']}")

    for node_id, label in expected["labels"].items():
        check(node_id in graph, f"{name}: no node {node_id!r}")
        seen = graph.nodes[node_id].get("label")
        check(seen == label, f"{name}: node {node_id!r} has label {seen!r}, expected {label!r}")

    node = expected["node"]
    data = graph.nodes[node["id"]]
    for key in ("type", "n_docs"):
        check(data.get(key) == node[key] and type(data.get(key)) is type(node[key]),
              f"{name}: node {node['id']!r} has {key} {data.get(key)!r}, expected {node[key]!r}")

    edge = expected["edge"]
    check(graph.has_edge(edge["target"], edge["source"]),
          f"{name}: no edge {edge['source']}-{edge['target']}")
    data = graph.edges[edge["source"], edge["target"]]
    for key in ("n_docs_pair", "npmi"):
        check(data.get(key) == edge[key] and type(data.get(key)) is type(edge[key]),
              f"{name}: edge {edge['source']}-{edge['target']} has {key} {data.get(key)!r},"
              f" expected {edge[key]!r}")

    undefined = expected["undefined"]
    data = graph.edges[undefined["source"], undefined["target"]]
    for key in undefined["measures"]:
        check(key not in data,
              f"{name}: edge {undefined['source']}-{undefined['target']} has {key} {data.get(key)!r},"
              " expected no value")

    print(json.dumps({"file": name, "nodes": graph.number_of_nodes(),
                      "edges": graph.number_of_edges()}))


def main(gexf, graphml, expected_file):
    with open(expected_file, encoding="utf-8") as f:
        expected = json.load(f)

    from_gexf = nx.read_gexf(gexf)
    check_graph("gexf", from_gexf, expected)
    edge = expected["edge"]
    weight = from_gexf.edges[edge["source"], edge["target"]].get("weight")
    check(weight == edge["n_docs_pair"], f"gexf: weight {weight!r}, expected n_docs_pair")

    from_graphml = nx.read_graphml(graphml)
    check_graph("graphml", from_graphml, expected)
    description = from_graphml.graph.get("description")
    check(description == expected["description"],
          f"graphml: description {description!r}, expected {expected['description']!r}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
