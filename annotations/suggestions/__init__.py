"""Suggestions beyond the pure rules in annotations.text: the learned label model, its training, and evaluation."""
