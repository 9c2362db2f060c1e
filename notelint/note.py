"""The Note: a draft's text, the facts about it, and its language."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from typing import Any, Callable

from .source import LineIndex


class MetadataError(ValueError):
    """A metadata value that cannot be used; the message names the key."""


@dataclass(frozen=True, slots=True)
class Moment:
    """A point in time as the user gave it: with a time of day, or a date only."""

    value: _dt.datetime
    has_time: bool

    @classmethod
    def parse(cls, raw: Any, key: str) -> "Moment":
        if isinstance(raw, Moment):
            return raw
        if isinstance(raw, _dt.datetime):
            return cls(_naive_local(raw), True)
        if isinstance(raw, _dt.date):
            return cls(_dt.datetime(raw.year, raw.month, raw.day), False)
        text = str(raw).strip()
        if text.lower() == "now":
            return cls(_dt.datetime.now().replace(microsecond=0), True)
        try:
            if len(text) == 10:
                day = _dt.date.fromisoformat(text)
                return cls(_dt.datetime(day.year, day.month, day.day), False)
            return cls(_naive_local(_dt.datetime.fromisoformat(text.replace(" ", "T", 1))), True)
        except ValueError:
            raise MetadataError(
                f"{key}: {text!r} is not a date; write it as 2026-05-12 or 2026-05-12 14:30"
            ) from None


def _naive_local(value: _dt.datetime) -> _dt.datetime:
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value


@dataclass(frozen=True, slots=True)
class Metadata:
    """Facts a rule cannot read from the text.

    Keys accepted in front matter, configuration and the API (``kebab-case`` or
    ``snake_case``): ``interview`` (when the interview ended), ``sent`` (when
    the note goes out; default: now), ``interviewer``, ``company``, ``role``,
    ``lang``, ``template``, ``subject``, ``other-companies``, and ``ignore``
    (rule codes, prefixes or names not to check in this note).
    """

    interview: Moment | None = None
    sent: Moment | None = None
    interviewer: str | None = None
    company: str | None = None
    role: str | None = None
    lang: str | None = None
    template: bool = False
    subject: str | None = None
    other_companies: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    KEYS = (
        "interview", "sent", "interviewer", "company", "role", "lang", "template", "subject",
        "other-companies", "ignore",
    )

    @classmethod
    def from_mapping(cls, data: dict, where: str) -> "Metadata":
        """Validate user-given metadata; raises MetadataError naming the bad key."""
        return cls().updated(data, where)

    def updated(self, data: dict, where: str) -> "Metadata":
        """A copy with the given keys set (None values are ignored)."""
        changes: dict[str, Any] = {}
        for raw_key, value in data.items():
            key = str(raw_key).replace("_", "-").lower()
            if value is None:
                continue
            if key not in self.KEYS:
                raise MetadataError(f"{where}: unknown key {raw_key!r} (known: {', '.join(self.KEYS)})")
            attr = key.replace("-", "_")
            if key in ("interview", "sent"):
                changes[attr] = Moment.parse(value, f"{where}: {key}")
            elif key == "template":
                if not isinstance(value, bool):
                    raise MetadataError(f"{where}: template must be true or false, not {value!r}")
                changes[attr] = value
            elif key in ("other-companies", "ignore"):
                if isinstance(value, str):
                    value = [value]
                if not isinstance(value, (list, tuple)):
                    raise MetadataError(f"{where}: {key} must be a list")
                changes[attr] = tuple(str(v) for v in value)
            elif key == "lang":
                lang = str(value).strip().lower()
                if lang not in ("en", "de", "auto"):
                    raise MetadataError(f"{where}: lang must be en, de or auto, not {value!r}")
                changes[attr] = None if lang == "auto" else lang
            else:
                changes[attr] = str(value).strip() or None
        return replace(self, **changes)

    def merged_over(self, base: "Metadata") -> "Metadata":
        """Self's values where set, else base's (``base`` itself when self sets nothing new)."""
        mine = _values(self)
        if mine == _UNSET:  # the command line's flags for most runs: nothing (one tuple comparison)
            return base
        theirs = _values(base)
        merged = tuple(value if value not in (None, (), False) else their for value, their in zip(mine, theirs))
        return base if merged == theirs else Metadata(*merged)

    def replaced(self, **changes: Any) -> "Metadata":
        """A copy with the given fields changed (``dataclasses.replace`` without its checks; the
        values must be of the fields' types)."""
        return Metadata(*[changes[name] if name in changes else value
                          for name, value in zip(_METADATA_FIELDS, _values(self))])


_METADATA_FIELDS = tuple(f.name for f in fields(Metadata))
#: every field's value, in field order, in one call (merging runs several times for every note read)
_values = attrgetter(*_METADATA_FIELDS)
#: the values of metadata that sets nothing
_UNSET = _values(Metadata())


@dataclass(eq=False)
class Note:
    """A note to lint.

    ``source`` is the file's decoded text as written; ``text`` is what rules
    read, of the same length (front matter blanked, line endings and quotes
    normalised one for one), so an offset into ``text`` is an offset into
    ``source``. ``body_start`` is where the note proper begins (after front
    matter). ``doc`` is the spaCy Doc of ``text``, set by the linter.
    """

    source: str
    text: str
    path: str | None = None
    metadata: Metadata = field(default_factory=Metadata)
    language: str = "en"
    language_reason: str = ""
    body_start: int = 0
    encoding: str = "utf-8"
    kind: str = "text"  # "text" or "email"
    subject_span: tuple[int, int] | None = None  # where the e-mail's Subject value stands
    slots: tuple = field(default_factory=tuple)  # template mode: the placeholders, filled with stand-ins in ``text``
    disabled: list = field(default_factory=list)  # Markdown notelint-disable regions
    sent_defaulted: bool = False  # no send time was given: metadata.sent is the time of linting
    doc: Any = None
    _index: LineIndex | None = field(default=None, repr=False)

    def derive_text(self, derive: Callable[[], tuple[str, tuple]]) -> None:
        """Leave ``text`` and ``slots`` to ``derive()``, called on first reading either.

        A note whose findings come from the cache is never read by a rule, so
        the work of making its text (filling template slots, normalising for
        the tokenizer: most of preparing a template) is never done.
        """
        del self.__dict__["text"], self.__dict__["slots"]
        self.__dict__["_derive"] = derive

    def __getattr__(self, name: str) -> Any:
        # reached only when ``text`` or ``slots`` is not yet in the instance (see derive_text)
        derive = self.__dict__.get("_derive")
        if derive is not None and name in ("text", "slots"):
            self.__dict__["text"], self.__dict__["slots"] = derive()
            del self.__dict__["_derive"]
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def index(self) -> LineIndex:
        if self._index is None:
            self._index = LineIndex(self.source)
        return self._index

    @property
    def body(self) -> str:
        return self.text[self.body_start :]
