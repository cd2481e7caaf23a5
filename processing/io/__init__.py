"""Reading layers into numpy arrays and writing outputs, complete or not at all."""
