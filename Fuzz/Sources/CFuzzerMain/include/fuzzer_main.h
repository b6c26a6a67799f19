// Intentionally empty: the target only supplies the program's entry point.
