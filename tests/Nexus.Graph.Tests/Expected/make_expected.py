#!/usr/bin/python3
"""Writes the NetworkX reference values that DarkNetworkTests compares Nexus.Graph against.

Run from the repository root with Debian's python3-networkx (the system python):
    /usr/bin/python3 tests/Nexus.Graph.Tests/Expected/make_expected.py [DATA_DIR [OUT_DIR]]
Reads ../shared/data/dark-networks/ and writes tests/Nexus.Graph.Tests/Expected/<network>.json (or OUT_DIR/).
The tests also run it live into a temporary folder (LiveNetworkX) and compare against both.
Each network is undirected; Noordin's multiplex network weighs a pair by how many of its five
person-by-person layers tie them.
"""
import csv, json, os, sys
import networkx as nx

ROOT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(ROOT, "..", "..", "..", "..", "shared", "data", "dark-networks")
OUT = ROOT
if len(sys.argv) > 1:
    DATA = sys.argv[1]
if len(sys.argv) > 2:
    OUT = sys.argv[2]


def matrix(path):
    """Square adjacency matrix read by position: row and column labels differ slightly in the source files."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    labels = [r[0].strip() for r in rows[1:]]
    names = [l if labels.count(l) == 1 else "%s#%d" % (l, i) for i, l in enumerate(labels)]
    cells = {}
    for i, r in enumerate(rows[1:]):
        for j, v in enumerate(r[1:]):
            if v.strip() and float(v) != 0:
                cells[(i, j)] = float(v)
    return names, cells


def from_matrices(paths):
    """Undirected: a pair is tied if either cell is non-zero; each layer tying it adds 1 to its weight."""
    g = nx.Graph()
    names, _ = matrix(os.path.join(DATA, paths[0]))
    g.add_nodes_from(names)
    for p in paths:
        _, cells = matrix(os.path.join(DATA, p))
        pairs = {(min(i, j), max(i, j)) for (i, j) in cells if i != j}
        for i, j in pairs:
            a, b = names[i], names[j]
            w = g[a][b]["weight"] if g.has_edge(a, b) else 0
            g.add_edge(a, b, weight=w + 1.0)
    return g


def from_edgelist(path):
    g = nx.Graph()
    with open(os.path.join(DATA, path), encoding="utf-8") as f:
        for line in f:
            parts = line.strip().split(",")
            if len(parts) >= 2 and parts[0] != parts[1]:
                g.add_edge(parts[0], parts[1], weight=1.0)
    return g


NOORDIN_LAYERS = ["noordin-top/csv/%s.csv" % s for s in
                  ["2b_Classmates", "3_Communication_Ties", "4_Kinship_Ties", "8_Friendship_Ties", "9b_Soulmates"]]

NETWORKS = {
    "noordin-communication": lambda: from_matrices(["noordin-top/csv/3_Communication_Ties.csv"]),
    "noordin-multiplex": lambda: from_matrices(NOORDIN_LAYERS),
    "krebs-associates": lambda: from_matrices(["krebs-9-11-hijackers/ucinet/9_11_HIJACKERS_ASSOCIATES.csv"]),
    "krebs-snabook": lambda: from_edgelist("krebs-9-11-hijackers/snabook/9_11_edgelist.txt"),
}


def main():
    for name, build in NETWORKS.items():
        g = build()
        nodes = sorted(g.nodes())
        louvain = nx.community.louvain_communities(g, weight="weight", seed=7)
        out = {
            "network": name,
            "networkx": nx.__version__,
            "nodes": nodes,
            "edges": [[a, b, g[a][b]["weight"]] for a, b in sorted(tuple(sorted(e)) for e in g.edges())],
            "degree_centrality": nx.degree_centrality(g),
            "pagerank_weighted": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-15, max_iter=10000),
            "pagerank_unweighted": nx.pagerank(g, alpha=0.85, weight=None, tol=1e-15, max_iter=10000),
            "betweenness": nx.betweenness_centrality(g, normalized=True, weight=None),
            "constraint_weighted": {k: (None if v != v else v) for k, v in nx.constraint(g, weight="weight").items()},
            "effective_size": {k: (None if v != v else v) for k, v in nx.effective_size(g).items()},
            "louvain_seed7_communities": [sorted(c) for c in louvain],
            "louvain_seed7_modularity": nx.community.modularity(g, louvain, weight="weight"),
            "components": nx.number_connected_components(g),
        }
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, sort_keys=True)
        print(name, g.number_of_nodes(), "nodes", g.number_of_edges(), "edges", "Q=%.6f" % out["louvain_seed7_modularity"])


main()
