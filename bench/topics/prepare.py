"""Data preparation for bench/topics.sh: Blei's AP corpus split 90/10, the same bag of words for
every tool.

    python prepare.py AP_TGZ WORK_DIR

Unpacks ``ap.tgz`` (``ap/ap.dat``, ``ap/vocab.txt``) into WORK_DIR and writes there:

- ``vocab.txt``: the vocabulary, unchanged (10,473 terms);
- ``all.ldac``: every document (2,246), unchanged, for the document frequencies and co-occurrences
  of the scoring script;
- ``train.ldac``: the training 90%: every document whose 0-based position in ap.dat is not 9
  modulo 10 (2,022 documents), with the same lines as ap.dat;
- ``heldout-observed.ldac`` and ``heldout-scored.ldac``: the held-out 10%, every 10th document
  (positions 9, 19, ...; 224 documents), each split for document completion: its tokens (each term
  repeated by its count, terms in file order) are shuffled with numpy's PCG64 seeded with
  20261129 + the document's position, and the first floor(n/2) are "observed" (used to estimate
  the document's topic mixture), the rest are "scored".

Nothing of the corpus is written outside WORK_DIR.
"""
import os
import sys
import tarfile

import numpy as np

import ldac

HELDOUT_EVERY = 10
SPLIT_SEED = 20261129


def main(archive, work):
    os.makedirs(work, exist_ok=True)
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.name in ("ap/ap.dat", "ap/vocab.txt")]
        tar.extractall(work, members=members, filter="data")
    vocabulary = ldac.read_vocabulary(os.path.join(work, "ap", "vocab.txt"))
    docs = ldac.read(os.path.join(work, "ap", "ap.dat"))
    if len(set(vocabulary)) != len(vocabulary):
        raise ValueError("vocab.txt has duplicate terms")

    train, observed, scored = [], [], []
    for position, doc in enumerate(docs):
        if position % HELDOUT_EVERY != HELDOUT_EVERY - 1:
            train.append(doc)
            continue
        tokens = np.array([t for t, c in doc for _ in range(c)], dtype=np.int64)
        np.random.default_rng(SPLIT_SEED + position).shuffle(tokens)
        half = len(tokens) // 2
        observed.append(bag(tokens[:half]))
        scored.append(bag(tokens[half:]))

    with open(os.path.join(work, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("".join(term + "\n" for term in vocabulary))
    ldac.write(os.path.join(work, "all.ldac"), docs)
    ldac.write(os.path.join(work, "train.ldac"), train)
    ldac.write(os.path.join(work, "heldout-observed.ldac"), observed)
    ldac.write(os.path.join(work, "heldout-scored.ldac"), scored)

    def tokens(ds):
        return sum(c for d in ds for _, c in d)
    print(f"prepare: {len(docs)} documents, {len(vocabulary)} terms, {tokens(docs)} tokens; "
          f"train {len(train)} documents, {tokens(train)} tokens; held out {len(observed)} "
          f"documents, {tokens(observed)} observed + {tokens(scored)} scored tokens",
          file=sys.stderr)


def bag(tokens):
    """(term, count) pairs of a token array, terms in order of first appearance."""
    terms, first, counts = np.unique(tokens, return_index=True, return_counts=True)
    order = np.argsort(first)
    return [(int(terms[i]), int(counts[i])) for i in order]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
