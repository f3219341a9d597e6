package io.storylines.io;

/**
 * How {@link TablePublisher} moves staged entries into place, chosen by the scheme of the output
 * root; see {@link TablePublisher} for the guarantees of each.
 */
enum PublishStrategy {

  /** Local filesystem: the published entries are links through one pointer swapped atomically. */
  LINK_SWAP,

  /** Other filesystems: each entry is renamed into place in turn, under a journal. */
  RENAME_SWAP;

  /** {@link #LINK_SWAP} for scheme {@code file} or no scheme, {@link #RENAME_SWAP} otherwise. */
  static PublishStrategy forScheme(String scheme) {
    return scheme == null || scheme.equals("file") ? LINK_SWAP : RENAME_SWAP;
  }
}
