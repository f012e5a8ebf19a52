"""Name search on a server without names on the server (as CipherSweet does it).

Each word of a client's folded names and aliases is cut into its letters, pairs and triples;
each piece becomes an HMAC under a key derived from the data key (models/sealed.py), truncated
to BUCKET_BITS, so many pieces share a bucket and the index says little about how common a name
is. The width is set by measurement, not taste: at 16 bits every bucket of a 5,000-client demo
stood for one piece (a substitution cipher of letter groups, open to frequency analysis); at 8
bits each stands for about ten, and a search still opens few names it does not keep (the
demo's 'stanescu': 102 candidates, 102 matches; 'lu', the worst: 430 for 47).

A search asks for the clients holding every bucket of the query's pieces; the workstation then
opens those candidates' names and keeps the true matches (services/clients.py). A look for
possible duplicates (services/duplicates.py) asks for the clients holding most of the buckets of
a name's pieces: a letter more or less, or the words in another order, still share most."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import ColumnElement, delete, event, false, func, insert, inspect, or_, select
from sqlalchemy.orm import Session, sessionmaker

from shelter_desk.models.clients import Client
from shelter_desk.models.sealed import FieldCipher
from shelter_desk.store.server.schema import name_tokens

BUCKET_BITS = 8
# A candidate possible duplicate holds this share of a name's buckets; its opened name decides.
LOOKALIKE_SHARE = 0.7


def _pieces(word: str, longest: int = 3) -> set[str]:
    return {f"{n}:{word[i:i + n]}" for n in range(1, longest + 1)
            for i in range(len(word) - n + 1)}


def buckets(cipher: FieldCipher, pieces: Iterable[str]) -> set[int]:
    shift = 8 * 32 - BUCKET_BITS
    return {int.from_bytes(cipher.index_token(p), "big") >> shift for p in pieces}


def index_of(cipher: FieldCipher, search_key: str) -> set[int]:
    """The buckets stored for a client's search key (folded names, one a line)."""
    return buckets(cipher, (p for word in search_key.split() for p in _pieces(word)))


def query_buckets(cipher: FieldCipher, folded_query: str) -> set[int]:
    """The buckets a client must hold to match: the triples of each word (or the word itself
    when shorter)."""
    pieces: set[str] = set()
    for word in folded_query.split():
        pieces |= {f"3:{word[i:i + 3]}" for i in range(len(word) - 2)} if len(word) >= 3 \
            else {f"{len(word)}:{word}"}
    return buckets(cipher, pieces)


def candidates(cipher: FieldCipher, folded_query: str) -> ColumnElement[bool]:
    wanted = query_buckets(cipher, folded_query)
    if not wanted:
        return Client.id.is_not(None)
    having = (select(name_tokens.c.client_id).where(name_tokens.c.bucket.in_(sorted(wanted)))
              .group_by(name_tokens.c.client_id)
              .having(func.count(func.distinct(name_tokens.c.bucket)) == len(wanted)))
    return Client.id.in_(having)


def lookalikes(cipher: FieldCipher, folded_names: Sequence[str],
               nationality: str) -> ColumnElement[bool]:
    """The clients of this nationality holding most of the buckets of any of these names'
    pieces. (The nationality first: the index is kept by client, not by bucket.)"""
    clauses = []
    for name in folded_names:
        wanted = index_of(cipher, name)
        if wanted:
            clauses.append(Client.id.in_(
                select(name_tokens.c.client_id)
                .join(Client, Client.id == name_tokens.c.client_id)
                .where(Client.nationality == nationality,
                       name_tokens.c.bucket.in_(sorted(wanted)))
                .group_by(name_tokens.c.client_id)
                .having(func.count() >= math.ceil(LOOKALIKE_SHARE * len(wanted)))))
    return or_(false(), *clauses)


def reindex(session: Session, cipher: FieldCipher, clients: Iterable[Client]) -> None:
    """Write the index of each client (whose search key changed) anew."""
    ids: list[int] = []
    rows: list[dict[str, int]] = []
    for client in clients:
        ids.append(client.id)
        rows += [{"client_id": client.id, "bucket": b}
                 for b in sorted(index_of(cipher, client.search_key or ""))]
    conn = session.connection()
    for start in range(0, len(ids), 1000):
        chunk = ids[start:start + 1000]
        conn.execute(delete(name_tokens).where(name_tokens.c.client_id.in_(chunk)))
    if rows:
        conn.execute(insert(name_tokens), rows)


def keep_current(sessions: sessionmaker[Session], cipher: Callable[[], FieldCipher]) -> None:
    """Every session of `sessions` writes the index of each client whose names it changed."""

    @event.listens_for(sessions, "before_flush")
    def _note(session: Session, *_: object) -> None:
        changed = session.info.setdefault("reindex", [])
        for obj in (*session.new, *session.dirty):
            if isinstance(obj, Client) and (
                    obj in session.new or inspect(obj).attrs.search_key.history.has_changes()):
                changed.append(obj)

    @event.listens_for(sessions, "after_flush")
    def _write(session: Session, *_: object) -> None:
        changed = session.info.pop("reindex", [])
        if changed:
            reindex(session, cipher(), {id(c): c for c in changed}.values())
