"""The judging side: model backends, the classifier, and (later) the fast path and learning."""
