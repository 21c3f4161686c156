#!/usr/bin/env python3
"""Turns re3d (Dstl's Syria/Iraq defence-domain set in ../shared/data/re3d) into articles and gold files
that ../shared/eval/score_extraction.py scores: an out-of-domain check on reporting Nexus was never tuned on.

    python3 eval/re3d/make_gold.py OUT_DIR        # writes OUT_DIR/articles/*.txt and OUT_DIR/gold/*.json

Mapping (only confidence >= 0.5): entities of type Organisation, Person, Location and Nationality, grouped
into one gold entity by identical normalised text and by IsSynonymOf; relations FightingAgainst -> fights,
AlliesOf -> allied_with, BelongsTo -> member_of, InChargeOf -> leads (CoLocated, CommWith, Likes ... have no
ontology counterpart and are left out). re3d annotates nominal mentions ("rebels", "the Army") as entities,
so its entity precision and strict relation scores are lower bounds; read the relation figures as a trend.
The data stays in ../shared (research and evaluation use); nothing derived from it is committed.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "..", "shared", "data", "re3d")
TYPES = {"Organisation": "Organization", "Person": "Person", "Location": "Location", "Nationality": "Location"}
RELATIONS = {"FightingAgainst": "fights", "AlliesOf": "allied_with", "BelongsTo": "member_of", "InChargeOf": "leads"}


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w\s]", "", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


class Groups:
    """Union-find over normalised surfaces."""
    def __init__(self):
        self.parent = {}

    def find(self, k):
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def main(out):
    os.makedirs(os.path.join(out, "articles"), exist_ok=True)
    os.makedirs(os.path.join(out, "gold"), exist_ok=True)
    count = 0
    for source in sorted(os.listdir(DATA)):
        folder = os.path.join(DATA, source)
        if not os.path.exists(os.path.join(folder, "documents.json")):
            continue
        docs = lines(os.path.join(folder, "documents.json"))
        ents = [e for e in lines(os.path.join(folder, "entities.json")) if e.get("confidence", 0) >= 0.5 and e["type"] in TYPES]
        rels = [r for r in lines(os.path.join(folder, "relations.json")) if r.get("confidence", 0) >= 0.5]
        for i, doc in enumerate(docs):
            mine = [e for e in ents if e["documentId"] == doc["_id"]]
            groups, surfaces, types = Groups(), {}, {}
            for e in mine:
                k = norm(e["value"])
                if not k:
                    continue
                groups.find(k)
                surfaces.setdefault(k, set()).add(e["value"])
                types.setdefault(k, TYPES[e["type"]])
            for r in rels:
                if r["documentId"] == doc["_id"] and r["type"] == "IsSynonymOf":
                    a, b = norm(r["source"]), norm(r["target"])
                    if a in surfaces and b in surfaces:
                        groups.union(a, b)
            members = {}
            for k in surfaces:
                members.setdefault(groups.find(k), []).append(k)
            canonical, gold_entities = {}, []
            for root, keys in members.items():
                names = sorted({s for k in keys for s in surfaces[k]}, key=lambda s: (not s[:1].isupper(), -len(s), s))
                for k in keys:
                    canonical[k] = names[0]
                gold_entities.append({"name": names[0], "type": types[keys[0]], "aliases_in_text": names})
            gold_relations, seen = [], set()
            for r in rels:
                if r["documentId"] != doc["_id"] or r["type"] not in RELATIONS:
                    continue
                s, t = canonical.get(norm(r["source"])), canonical.get(norm(r["target"]))
                if not s or not t or s == t or (s, r["type"], t) in seen:
                    continue
                seen.add((s, r["type"], t))
                gold_relations.append({"source": s, "type": RELATIONS[r["type"]], "target": t, "polarity": "asserted",
                                       "attributed_to": None, "evidence": doc["text"][r["sourceBegin"]:r["targetEnd"]][:300]})
            stem = f"{source}-{i:02d}"
            with open(os.path.join(out, "articles", stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(doc.get("title", "").strip() + "\n\n" + doc["text"].strip() + "\n")
            gold = {"article": {"file": stem + ".txt", "title": doc.get("title")}, "entities": gold_entities,
                    "relations": gold_relations, "events": [], "ignore": []}
            with open(os.path.join(out, "gold", stem + ".json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
            count += 1
    print(f"{count} documents written to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1])
