#!/usr/bin/python3
"""Times python3-igraph and python3-networkx on the graphs GraphComparison writes, for side-by-side figures.

Usage: compare_graph.py EDGELIST PIVOTS REPEATS [--exact] [--no-networkx-pagerank]
EDGELIST: "n m" on the first line, then "u v" per undirected edge (0-based). PIVOTS: pivot node ids, one per line.
Prints one JSON object: seconds (best of REPEATS) per library and algorithm. Betweenness uses the same pivot
sources for every library: NetworkX via betweenness_centrality_subset (sources = pivots, targets = all);
igraph 0.10 cannot restrict sources, so it is timed on exact betweenness only (--exact, smaller graphs).
"""
import json, sys, time

import igraph as ig
import networkx as nx


def best(fn, repeats):
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    path, pivots_path, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
    exact = "--exact" in sys.argv
    with open(path) as f:
        n, m = map(int, f.readline().split())
        edges = [tuple(map(int, line.split())) for line in f]
    pivots = [int(x) for x in open(pivots_path).read().split()]
    out = {"n": n, "m": m, "pivots": len(pivots), "igraph": ig.__version__, "networkx": nx.__version__}

    t = time.perf_counter()
    g = ig.Graph(n=n, edges=edges, directed=False)
    out["igraph_build"] = time.perf_counter() - t
    out["igraph_pagerank"] = best(lambda: g.pagerank(damping=0.85), repeats)
    if exact:
        out["igraph_betweenness_exact"] = best(lambda: g.betweenness(directed=False), 1 if n > 5000 else repeats)

    t = time.perf_counter()
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    out["networkx_build"] = time.perf_counter() - t
    out["networkx_pagerank"] = best(lambda: nx.pagerank(G, alpha=0.85, tol=1e-6), 1 if n > 5000 else repeats)
    out["networkx_betweenness_pivots"] = best(lambda: nx.betweenness_centrality_subset(G, pivots, list(G.nodes())), 1 if n > 5000 else repeats)
    if exact and n <= 5000:
        out["networkx_betweenness_exact"] = best(lambda: nx.betweenness_centrality(G), repeats)
    print(json.dumps(out))


main()
