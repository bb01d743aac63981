"""The Texts panel: the language's texts in the project and the language model built from them."""
