"""nnlib: the network and backpropagation code of the course."""
