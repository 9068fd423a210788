"""Seeded toy data sets, generated on the spot (no downloads)."""

from __future__ import annotations

import numpy as np

TOY_IMAGE_CLASSES = (
    "horizontal stripes",
    "vertical stripes",
    "diagonal stripes",
    "blob",
)


def make_spiral(points_per_class=100, num_classes=3, rng=None, noise=0.2):
    """The CS231n spiral: ``num_classes`` arms winding around the origin in 2-D.

    No straight line separates the arms, so a linear classifier fails where a network
    with a hidden layer succeeds. Returns X (N, 2) and integer labels y (N,), with
    N = points_per_class * num_classes.
    """
    rng = np.random.default_rng(rng)
    radius = np.tile(np.linspace(0.0, 1.0, points_per_class), num_classes)
    y = np.repeat(np.arange(num_classes), points_per_class)
    # each arm sweeps 4 radians of angle, starting 4 radians after the previous one
    angle = (
        np.tile(np.linspace(0.0, 4.0, points_per_class), num_classes)
        + 4.0 * y
        + noise * rng.standard_normal(y.size)
    )
    X = np.column_stack([radius * np.sin(angle), radius * np.cos(angle)])
    return X, y


def make_toy_images(images_per_class=100, size=16, rng=None, noise=0.1):
    """Small synthetic colour images of four kinds (see TOY_IMAGE_CLASSES).

    Stripes come at random frequencies and phases and in random colours; a blob sits at
    a random place with a random radius. Returns images (N, size, size, 3) with values
    in [0, 1] and integer labels y (N,). Flatten with ``images.reshape(len(images), -1)``.
    """
    rng = np.random.default_rng(rng)
    y = np.repeat(np.arange(len(TOY_IMAGE_CLASSES)), images_per_class)
    rows, cols = (
        np.mgrid[0:size, 0:size] / size
    )  # pixel coordinates in [0, 1)

    images = np.empty((y.size, size, size, 3))
    for i, label in enumerate(y):
        images[i] = _toy_image(label, rows, cols, rng)
    images += noise * rng.standard_normal(images.shape)
    return np.clip(images, 0.0, 1.0), y


def _toy_image(label, rows, cols, rng):
    """One (size, size, 3) image of class ``label``."""
    if label == 3:  # blob
        centre = rng.uniform(0.25, 0.75, size=2)
        width = rng.uniform(0.1, 0.2)
        pattern = np.exp(
            -((rows - centre[0]) ** 2 + (cols - centre[1]) ** 2)
            / (2 * width**2)
        )
    else:  # stripes along rows, columns or the diagonal
        position = (rows, cols, (rows + cols) / np.sqrt(2))[label]
        frequency = rng.uniform(2.0, 4.0)
        phase = rng.uniform(0.0, 2 * np.pi)
        pattern = 0.5 + 0.5 * np.sin(
            2 * np.pi * frequency * position + phase
        )
    foreground = rng.uniform(0.4, 1.0, size=3)
    background = rng.uniform(0.0, 0.3, size=3)
    return background + pattern[..., None] * (foreground - background)
