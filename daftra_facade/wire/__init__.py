"""The wire: the bundled spec, the generated operations, and reading and writing what
crosses the network (decoding, encoding, validation, answers)."""
