"""Table model over the staff accounts (plain UserInfo rows, no database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from shelter_desk.domain.roles import Role
from shelter_desk.services.users import UserInfo
from shelter_desk.ui.formatting import format_datetime
from shelter_desk.ui.i18n import tr_

COL_USERNAME, COL_NAME, COL_ROLES, COL_STATE, COL_CREATED = range(5)
USERNAME_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def role_label(role: Role) -> str:
    return {
        Role.COUNSELLOR: tr_("roles", "Counsellor"),
        Role.DIRECTOR: tr_("roles", "Director"),
        Role.ADMINISTRATOR: tr_("roles", "Administrator"),
    }[role]


class UsersTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[UserInfo] = []

    def set_rows(self, rows: list[UserInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> UserInfo:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("User name"),
            self.tr("Name"),
            self.tr("Roles"),
            self.tr("State"),
            self.tr("Since"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        u = self._rows[index.row()]
        if role == USERNAME_ROLE:
            return u.username
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_USERNAME:
            return u.username
        if col == COL_NAME:
            return u.display_name
        if col == COL_ROLES:
            return ", ".join(role_label(r) for r in u.roles)
        if col == COL_STATE:
            if not u.active:
                return self.tr("Removed")
            return self.tr("Active") if u.has_key else self.tr("No key")
        if col == COL_CREATED:
            return format_datetime(u.created_at)
        return None
