"""shelter_desk: case management for Belgium's specialised anti-trafficking shelters."""

__version__ = "0.1.0"
