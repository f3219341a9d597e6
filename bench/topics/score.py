"""The one scoring script of bench/topics.sh, applied alike to every tool's topic-word matrix.

    python score.py WORK_DIR PHI.npy  ->  one JSON object on stdout

PHI.npy is K x V, one row per topic, rows summing to 1, columns the terms of WORK_DIR/vocab.txt.
Figures:

- ``npmi``: mean over topics of the mean NPMI of the C(10, 2) = 45 pairs of the topic's 10 most
  probable terms, with document co-occurrence over the full corpus (WORK_DIR/all.ldac, 2,246
  documents): P(w) = D(w) / D, P(w1, w2) = D(w1, w2) / D,
  NPMI = log(P(w1, w2) / (P(w1) P(w2))) / -log P(w1, w2); a pair that never co-occurs scores -1
  (NPMI's lower bound), and a pair that occurs in every document 0.
- ``median_df``: median, over the K x 10 top terms (a term counted once per topic that lists it),
  of the number of documents of the full corpus that contain the term.
- ``perplexity``: document completion on the held-out documents. For each held-out document, its
  topic mixture theta is estimated from its observed half (heldout-observed.ldac) with phi fixed,
  by THETA_ITERATIONS fixed-point (EM) iterations from the uniform mixture,
      r_wk = theta_k phi_kw / sum_j theta_j phi_jw,
      theta_k = (alpha + sum_w n_w r_wk) / (N + K alpha),
  with the symmetric alpha = 1/K for every tool; then the scored half (heldout-scored.ldac) is
  scored: perplexity = exp(-sum_d sum_w n_dw log(sum_k theta_dk phi_kw) / N_scored).
- ``distinct_top_terms``: the number of different terms among the K x 10 top terms (a diagnostic
  for repeated topics); ``never_together``: the fraction of top-term pairs that share no document
  (each scores -1 above); ``npmi_zero_as_0``: the NPMI with those pairs scored 0 instead, a
  diagnostic only, closer to scores that leave such pairs out.
"""
import json
import os
import sys

import numpy as np

import ldac

TOP = 10
THETA_ITERATIONS = 100


def score(work, phi):
    vocabulary = ldac.read_vocabulary(os.path.join(work, "vocab.txt"))
    k, v = phi.shape
    if v != len(vocabulary):
        raise ValueError(f"phi has {v} columns, the vocabulary {len(vocabulary)} terms")
    if not np.allclose(phi.sum(axis=1), 1.0, atol=1e-6) or (phi < 0).any():
        raise ValueError("phi's rows are not probability distributions")

    unseen = np.flatnonzero(phi.sum(axis=0) == 0)
    if unseen.size:
        raise ValueError(f"every topic gives {unseen.size} terms probability 0 (the first: "
                         f"{vocabulary[unseen[0]]!r}); the perplexity would be infinite")
    top = np.argsort(-phi, axis=1, kind="stable")[:, :TOP]
    occurs = (ldac.to_csr(ldac.read(os.path.join(work, "all.ldac")), v) > 0).astype(np.float64)
    documents = occurs.shape[0]
    df = np.asarray(occurs.sum(axis=0)).ravel()

    topic_npmi, topic_npmi_zero_as_0, never_together = [], [], 0
    for terms in top:
        columns = occurs[:, terms].toarray()
        together = columns.T @ columns
        pairs = []
        for i in range(TOP):
            for j in range(i + 1, TOP):
                pairs.append(npmi(together[i, j], df[terms[i]], df[terms[j]], documents))
        topic_npmi.append(np.mean(pairs))
        topic_npmi_zero_as_0.append(np.mean([0.0 if p == -1.0 else p for p in pairs]))
        never_together += sum(1 for p in pairs if p == -1.0)

    alpha = 1.0 / k
    observed = ldac.read(os.path.join(work, "heldout-observed.ldac"))
    scored = ldac.read(os.path.join(work, "heldout-scored.ldac"))
    log_likelihood, scored_tokens = 0.0, 0
    for seen, unseen in zip(observed, scored):
        theta = estimate_theta(phi, seen, alpha)
        terms = np.array([t for t, _ in unseen])
        counts = np.array([c for _, c in unseen], dtype=np.float64)
        log_likelihood += float(counts @ np.log(theta @ phi[:, terms]))
        scored_tokens += int(counts.sum())

    return {
        "npmi": float(np.mean(topic_npmi)),
        "median_df": float(np.median(df[top.ravel()])),
        "perplexity": float(np.exp(-log_likelihood / scored_tokens)),
        "distinct_top_terms": int(len(np.unique(top))),
        "never_together": never_together / (k * TOP * (TOP - 1) // 2),
        "npmi_zero_as_0": float(np.mean(topic_npmi_zero_as_0)),
        "theta_alpha": alpha,
        "scored_tokens": scored_tokens,
    }


def npmi(together, df1, df2, documents):
    if together == 0:
        return -1.0
    p12 = together / documents
    if p12 == 1.0:
        return 0.0
    return np.log(p12 / ((df1 / documents) * (df2 / documents))) / -np.log(p12)


def estimate_theta(phi, doc, alpha):
    k = phi.shape[0]
    theta = np.full(k, 1.0 / k)
    if not doc:
        return theta
    terms = np.array([t for t, _ in doc])
    counts = np.array([c for _, c in doc], dtype=np.float64)
    phi_d = phi[:, terms]
    n = counts.sum()
    for _ in range(THETA_ITERATIONS):
        weighted = theta[:, None] * phi_d
        responsibilities = weighted / weighted.sum(axis=0, keepdims=True)
        theta = (alpha + responsibilities @ counts) / (n + k * alpha)
    return theta


if __name__ == "__main__":
    print(json.dumps(score(sys.argv[1], np.load(sys.argv[2]))))
