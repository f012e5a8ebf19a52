"""Each person's saved views of the client list: a name and a set of filters, kept in the
encrypted database so they follow the person to another workstation. Only their owner reads
them (row-level security on a server); the name is sealed there, as a person may write a name
into it."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from shelter_desk.models.base import Base
from shelter_desk.models.sealed import SealedText


class SavedView(Base):
    __tablename__ = "saved_views"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(SealedText("saved_views.name"))
    filters: Mapped[str] = mapped_column(SealedText("saved_views.filters"))  # JSON
