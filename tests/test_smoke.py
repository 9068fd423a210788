def test_nnlib_imports():
    import nnlib  # noqa: F401
