"""Help › User guide and Help › About: loaded when first opened, not at start-up."""
