"""scikit-learn's LatentDirichletAllocation (online variational Bayes) on the training bag of
words, as in the issue: learning_method="online", max_iter=10 passes, every other parameter at
scikit-learn's default (batch_size 128, learning_offset 10, learning_decay 0.7, doc_topic_prior
and topic_word_prior 1/K).

    python sklearn_lda.py --train train.ldac --vocab vocab.txt --k 20 --seed 1 --n-jobs 1 \
        --out-matrix phi.npy --out-record run.json

Timed: ``fit`` alone. Written: ``components_`` (the variational lambda) with rows normalized, as
``.npy``, and a JSON run record.
"""
import argparse
import json
import sys
import time

import numpy as np
from sklearn.decomposition import LatentDirichletAllocation

import ldac


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", required=True)
    parser.add_argument("--vocab", required=True)
    parser.add_argument("--k", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--passes", type=int, default=10)
    parser.add_argument("--n-jobs", type=int, default=1)
    parser.add_argument("--out-matrix", required=True)
    parser.add_argument("--out-record", required=True)
    args = parser.parse_args()

    started = time.perf_counter()
    vocabulary = ldac.read_vocabulary(args.vocab)
    docs = ldac.read(args.train)
    counts = ldac.to_csr(docs, len(vocabulary))
    load_seconds = time.perf_counter() - started

    lda = LatentDirichletAllocation(n_components=args.k, learning_method="online",
                                    max_iter=args.passes, n_jobs=args.n_jobs,
                                    random_state=args.seed)
    started = time.perf_counter()
    lda.fit(counts)
    train_seconds = time.perf_counter() - started

    phi = lda.components_ / lda.components_.sum(axis=1, keepdims=True)
    np.save(args.out_matrix, phi.astype(np.float64))
    record = {"tool": "sklearn", "k": args.k, "seed": args.seed, "load_seconds": load_seconds,
              "train_seconds": train_seconds, "documents": counts.shape[0],
              "tokens": int(counts.sum()),
              "options": {"passes": args.passes, "n_jobs": args.n_jobs}}
    with open(args.out_record, "w", encoding="utf-8") as f:
        f.write(json.dumps(record) + "\n")
    print(f"sklearn: K={args.k}, {args.passes} passes, n_jobs {args.n_jobs}: trained in "
          f"{train_seconds:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
