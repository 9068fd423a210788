"""Hand-engineered image features, the way computer vision built them before 2012.

Each function turns one image (height, width, 3) with values in [0, 1] into a short,
fixed-length vector that a linear classifier could then be trained on.
"""

import numpy as np


def colour_histogram(image, bins=8):
    """Fraction of pixels in each intensity bin, per channel.

    Input: image (height, width, channels), values in [0, 1].
    Returns: (channels, bins); each row sums to 1.
    """
    image = np.asarray(image)
    if image.ndim != 3:
        raise ValueError(
            "image must have shape (height, width, channels), "
            f"got {image.shape}"
        )
    counts = [
        np.histogram(image[..., c], bins=bins, range=(0, 1))[0]
        for c in range(image.shape[-1])
    ]
    return np.stack(counts) / image[..., 0].size


def orientation_histogram(image, bins=9):
    """Gradient strength summed per gradient direction: the core of HOG and
    SIFT, for one cell covering the whole image.

    Input: image (height, width, channels) or a grey image (height, width).
    Returns: (bins,), the total gradient strength whose direction falls in
    each of `bins` equal slices of [0, 180) degrees.
    """
    image = np.asarray(image, dtype=float)
    gray = image.mean(axis=-1) if image.ndim == 3 else image
    if gray.ndim != 2:
        raise ValueError(
            "image must have shape (height, width[, channels]), "
            f"got {image.shape}"
        )
    d_rows, d_cols = np.gradient(gray)
    strength = np.hypot(d_rows, d_cols)
    # an edge and its mirror image point the same way, so wrap at 180°
    direction = np.degrees(np.arctan2(d_rows, d_cols)) % 180
    counts, _ = np.histogram(
        direction, bins=bins, range=(0, 180), weights=strength
    )
    return counts
