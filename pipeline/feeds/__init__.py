"""Feed polling, parsing and health: the network and storage of feeds, their parsing, their policy."""
