import numpy as np
import pytest

from nnlib.features import colour_histogram, orientation_histogram


def test_colour_histogram_counts_each_channel(rng):
    image = rng.random((16, 12, 3))
    image[..., 2] = 0.99  # every blue pixel in the last bin
    hist = colour_histogram(image, bins=4)
    assert hist.shape == (3, 4)
    np.testing.assert_allclose(hist.sum(axis=1), 1.0)
    np.testing.assert_allclose(hist[2], [0, 0, 0, 1])
    expected_red = np.histogram(image[..., 0], bins=4, range=(0, 1))[0] / (16 * 12)
    np.testing.assert_allclose(hist[0], expected_red)


@pytest.mark.parametrize("axis, direction_bin", [(1, 0), (0, 4)])
def test_orientation_histogram_finds_the_edge_direction(axis, direction_bin):
    ramp = np.linspace(0, 1, 20)
    # brightness rising along columns (axis 1) points at 0°, along rows at 90°
    gray = np.tile(ramp, (20, 1)) if axis == 1 else np.tile(ramp[:, None], (1, 20))
    hist = orientation_histogram(np.stack([gray] * 3, axis=-1), bins=9)
    assert hist.shape == (9,)
    assert np.argmax(hist) == direction_bin
    assert hist[direction_bin] == pytest.approx(hist.sum())


def test_features_reject_a_flat_vector():
    with pytest.raises(ValueError, match="height, width"):
        colour_histogram(np.zeros(10))
    with pytest.raises(ValueError, match="height, width"):
        orientation_histogram(np.zeros(10))
