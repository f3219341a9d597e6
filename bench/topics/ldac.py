"""Blei's LDA-C bag of words: one document a line, ``N term:count ...``, 0-based term ids.

The Python twin of bench/java/.../BagOfWords.java: every tool of the benchmark reads its documents
through one of the two, from the same files, so each sees the same counts.
"""
import numpy as np
import scipy.sparse as sp


def read(path):
    """The documents of an LDA-C file, each a list of (term, count) in file order."""
    docs = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            fields = line.split()
            if not fields:
                continue
            distinct = int(fields[0])
            if len(fields) != distinct + 1:
                raise ValueError(f"{path}:{number}: says {distinct} terms, has {len(fields) - 1}")
            doc = []
            for field in fields[1:]:
                term, count = field.split(":")
                doc.append((int(term), int(count)))
            docs.append(doc)
    return docs


def write(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(f"{len(doc)} " + " ".join(f"{t}:{c}" for t, c in doc) + "\n")


def read_vocabulary(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def to_csr(docs, vocabulary_size):
    """Documents x terms count matrix (float64)."""
    indptr, indices, data = [0], [], []
    for doc in docs:
        for term, count in doc:
            indices.append(term)
            data.append(count)
        indptr.append(len(indices))
    return sp.csr_matrix((np.array(data, dtype=np.float64), np.array(indices), np.array(indptr)),
                         shape=(len(docs), vocabulary_size))
