"""Source files: the original bytes of an imported web page or PDF, kept beside the text taken from them."""
