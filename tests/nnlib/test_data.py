"""Seeded toy data: shapes, balance, reproducibility."""

import numpy as np

from nnlib import TOY_IMAGE_CLASSES, make_spiral, make_toy_images


def test_spiral_shapes_and_labels():
    X, y = make_spiral(points_per_class=50, num_classes=4, rng=0)
    assert X.shape == (200, 2) and y.shape == (200,)
    assert np.issubdtype(y.dtype, np.integer)
    np.testing.assert_array_equal(np.bincount(y), [50] * 4)
    radius = np.linalg.norm(X, axis=1)
    assert radius.max() <= 1.0 + 1e-12
    # radius grows along each arm, from the centre outwards
    np.testing.assert_allclose(radius[y == 2], np.linspace(0, 1, 50), atol=1e-12)


def test_spiral_is_seeded():
    a, b, c = make_spiral(rng=1), make_spiral(rng=1), make_spiral(rng=2)
    np.testing.assert_array_equal(a[0], b[0])
    assert not np.array_equal(a[0], c[0])


def test_toy_images():
    images, y = make_toy_images(images_per_class=10, size=12, rng=0)
    assert images.shape == (10 * len(TOY_IMAGE_CLASSES), 12, 12, 3)
    assert images.min() >= 0.0 and images.max() <= 1.0
    np.testing.assert_array_equal(np.bincount(y), [10] * len(TOY_IMAGE_CLASSES))
    again, _ = make_toy_images(images_per_class=10, size=12, rng=0)
    np.testing.assert_array_equal(images, again)


def test_stripes_run_the_right_way():
    images, y = make_toy_images(images_per_class=20, rng=0, noise=0.0)
    gray = images.mean(axis=3)
    # horizontal stripes vary down the rows and not along them; vertical ones the reverse
    along_rows = np.abs(np.diff(gray, axis=2)).mean(axis=(1, 2))
    down_cols = np.abs(np.diff(gray, axis=1)).mean(axis=(1, 2))
    assert np.all(along_rows[y == 0] < 1e-12) and np.all(down_cols[y == 0] > 0.01)
    assert np.all(down_cols[y == 1] < 1e-12) and np.all(along_rows[y == 1] > 0.01)
