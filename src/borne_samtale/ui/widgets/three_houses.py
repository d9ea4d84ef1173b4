"""Three Houses (Weld & Greening): good things, worries and dreams in the child's own words.

The widget edits one :class:`~borne_samtale.domain.tools.ThreeHouses` in memory. In the
caseworker's view there is one column per house (the child's name for the house, the
child's exact words, a line to add more) and below them the consent question, whether the
child drew, why the tool was stopped early, and the caseworker's own note. In the child's
view only the three houses are drawn, with the child's names and words, and the child draws
in them with a finger, a pen or the mouse (ui/widgets/drawing_pad.py); the strokes are kept
per house as vector strokes and saved with the conversation, never as files.
"""

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPolygonF,
    QShortcut,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from borne_samtale import look
from borne_samtale.domain.entries import ChildWords
from borne_samtale.domain.tools import ChildDrawing, ThreeHouses
from borne_samtale.ui.widgets.drawing_pad import DrawingSurface, PenBar
from borne_samtale.ui.widgets.note import CaseworkerNote

# Item data role that holds an item's "via tolk" flag, whether or not it is shown.
_VIA_ROLE = int(Qt.ItemDataRole.UserRole) + 1

# Consent choices, as button ids.
_NOT_ASKED, _YES, _NO = 0, 1, 2


@dataclass(frozen=True)
class _Palette:
    body: QColor
    roof: QColor
    accent: QColor  # the column heading in the caseworker's view
    outline: QColor  # outlines, readable on the body colour


# Soft, clearly different colours: warm yellow, soft blue-grey, soft violet.
# The same colours on paper (borne_samtale.look): the child sees one set of houses.
_PALETTES = tuple(
    _Palette(QColor(body), QColor(roof), QColor(heading), QColor(outline))
    for body, roof, heading, outline in zip(
        look.HOUSE_BODY, look.HOUSE_ROOF, look.HOUSE_HEADING, look.HOUSE_OUTLINE, strict=True
    )
)
_INK = QColor("#2F2A26")
_CHILD_BACKGROUND = QColor("#FBF8F2")
_CARD = QColor(255, 255, 255, 190)


def _scaled(font: QFont, factor: float) -> QFont:
    """The font, ``factor`` times larger, whatever unit the system font is set in."""
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    elif result.pixelSize() > 0:
        result.setPixelSize(max(1, round(result.pixelSize() * factor)))
    return result


# --- caseworker's view ---------------------------------------------------------------


class _WordsDelegate(QStyledItemDelegate):
    """Shows "via tolk" after the words that came through the interpreter."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.show_via = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.show_via and index.data(_VIA_ROLE):
            marker = self.tr("via tolk")
            option.text = f"{option.text}  · {marker}"


class _WordsList(QListWidget):
    """The child's words in one house: F2 edits in place, Delete removes."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _HouseColumn(QFrame):
    """One house in the caseworker's view."""

    changed = Signal()

    def __init__(
        self,
        number: int,
        kind: str,
        name_label: str,
        palette: _Palette,
        via_for_new: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._via_for_new = via_for_new
        self._quiet = False
        self._interpreter = False
        self.setObjectName("houseColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.heading = QLabel(
            self.tr("{number}. {kind}   (Ctrl+{number})").format(number=number, kind=kind)
        )
        self.heading.setFont(_scaled(self.font(), 1.15))
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setStyleSheet(
            f"background-color: {palette.accent.name()}; color: {_INK.name()};"
            f" border-left: 6px solid {palette.roof.name()}; padding: 4px 8px;"
        )
        self.heading.setAccessibleName(
            self.tr("Hus {number}: {kind}").format(number=number, kind=kind)
        )

        name_caption = QLabel(self.tr("Barnets navn på huset"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(name_label)
        self.name_edit.setAccessibleName(
            self.tr("Barnets navn på hus {number} ({kind})").format(number=number, kind=kind)
        )
        name_caption.setBuddy(self.name_edit)

        words_caption = QLabel(self.tr("Barnets egne ord"))
        words_font = words_caption.font()
        words_font.setBold(True)
        words_caption.setFont(words_font)
        self.words = _WordsList()
        self.words.setAccessibleName(
            self.tr("Barnets egne ord i hus {number} ({kind})").format(number=number, kind=kind)
        )
        self.words.setWordWrap(True)
        self.words.setAlternatingRowColors(True)
        self.words.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.words.setMinimumHeight(self.fontMetrics().height() * 5)
        self._delegate = _WordsDelegate(self.words)
        self.words.setItemDelegate(self._delegate)
        words_caption.setBuddy(self.words)
        self.words.remove_requested.connect(self.remove_current)
        self.words.itemChanged.connect(self._item_changed)

        remove_action = QAction(self.tr("Fjern barnets ord"), self.words)
        remove_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.setShortcutVisibleInContextMenu(True)
        remove_action.triggered.connect(self.remove_current)
        edit_action = QAction(self.tr("Ret barnets ord"), self.words)
        edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.setShortcutVisibleInContextMenu(True)
        edit_action.triggered.connect(self.edit_current)
        self.words.addAction(edit_action)
        self.words.addAction(remove_action)
        self.words.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5E574F;")  # a calm hint, not content

        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Skriv barnets ord og tryk Enter"))
        self.input.setAccessibleName(
            self.tr("Tilføj barnets ord i hus {number} ({kind})").format(number=number, kind=kind)
        )
        self.input.returnPressed.connect(self._add_from_input)

        self.name_edit.textChanged.connect(self._emit)

        column = QVBoxLayout(self)
        column.setSpacing(4)
        column.addWidget(self.heading)
        column.addSpacing(4)
        column.addWidget(name_caption)
        column.addWidget(self.name_edit)
        column.addSpacing(6)
        column.addWidget(words_caption)
        column.addWidget(self.words, 1)
        column.addWidget(self.input)
        column.addWidget(self.hint)
        self.setTabOrder(self.name_edit, self.words)
        self.setTabOrder(self.words, self.input)
        self._update_hint()

    # -- loading and reading --------------------------------------------------------

    def load(self, name: str, words: list[ChildWords]) -> None:
        self._quiet = True
        try:
            self.name_edit.setText(name)
            self.words.clear()
            for item in words:
                self._append(item.text, item.via_interpreter)
        finally:
            self._quiet = False

    def name(self) -> str:
        return self.name_edit.text()

    def child_words(self) -> list[ChildWords]:
        result = []
        for row in range(self.words.count()):
            item = self.words.item(row)
            result.append(ChildWords(text=item.text(), via_interpreter=bool(item.data(_VIA_ROLE))))
        return result

    # -- interpreter ----------------------------------------------------------------

    def set_interpreter_present(self, on: bool) -> None:
        self._interpreter = on
        self._delegate.show_via = on
        self._quiet = True
        try:
            for row in range(self.words.count()):
                self._show_check(self.words.item(row))
        finally:
            self._quiet = False
        self._update_hint()
        self.words.viewport().update()

    def _show_check(self, item: QListWidgetItem) -> None:
        flags = item.flags() | Qt.ItemFlag.ItemIsEditable
        if self._interpreter:
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if item.data(_VIA_ROLE) else Qt.CheckState.Unchecked
            item.setCheckState(state)
        else:
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.CheckStateRole, None)

    def _update_hint(self) -> None:
        if self._interpreter:
            text = self.tr("F2: ret · Delete: fjern · Mellemrum: via tolk til/fra")
        else:
            text = self.tr("F2: ret · Delete: fjern")
        self.hint.setText(text)

    # -- editing --------------------------------------------------------------------

    def add_words(self, text: str, via_interpreter: bool) -> None:
        item = self._append(text, via_interpreter)
        self.words.setCurrentItem(item)
        self.words.scrollToItem(item)
        self._emit()

    def _append(self, text: str, via_interpreter: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(_VIA_ROLE, via_interpreter)
        self._show_check(item)
        self.words.addItem(item)
        return item

    def _add_from_input(self) -> None:
        text = self.input.text()
        if not text.strip():
            return
        self.input.clear()
        via = self._interpreter and self._via_for_new()
        self.add_words(text, via)

    def remove_current(self) -> None:
        row = self.words.currentRow()
        if row < 0:
            return
        self.words.takeItem(row)
        self._emit()

    def edit_current(self) -> None:
        item = self.words.currentItem()
        if item is not None:
            self.words.editItem(item)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._quiet:
            return
        if self._interpreter:
            checked = item.checkState() == Qt.CheckState.Checked
            if bool(item.data(_VIA_ROLE)) != checked:
                self._quiet = True
                try:
                    item.setData(_VIA_ROLE, checked)
                finally:
                    self._quiet = False
        if not item.text().strip():
            # Edited down to nothing: the child's words were taken back.
            self.words.takeItem(self.words.row(item))
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()


# --- child's view --------------------------------------------------------------------


@dataclass(frozen=True)
class _HouseContent:
    name: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class _WordsFit:
    """How the child's words fit inside one house: the type size and the cards shown."""

    factor: float  # type size, relative to the widget's font
    cards: tuple[tuple[QTextLayout, float], ...]  # laid-out words and their heights
    hidden: int  # words that did not fit; shown as "…"
    ellipsis: QTextLayout | None


# Type sizes for the child's words, largest first: shrink gently, never below readable.
_WORD_FACTORS = (2.0, 1.8, 1.6, 1.45, 1.3, 1.2)


def _fit_words(words: tuple[str, ...], base: QFont, width: float, height: float) -> _WordsFit:
    """Lay out the words as cards, as large as fits; the first ones and "…" if none does."""
    em = QFontMetricsF(base).height()
    pad, spacing = em * _CARD_PAD, em * _CARD_SPACING
    text_width = width - 2 * pad
    for factor in _WORD_FACTORS:
        font = _scaled(base, factor)
        cards: list[tuple[QTextLayout, float]] = []
        used = -spacing
        for text in words:
            layout, text_height = _text_layout(text, font, text_width)
            used += spacing + text_height + 2 * pad
            if used > height:
                break
            cards.append((layout, text_height))
        if len(cards) == len(words):
            return _WordsFit(factor, tuple(cards), 0, None)
    # Even the smallest size does not hold every card: keep room for "…".
    more_font = _scaled(base, _WORD_FACTORS[0])
    more_font.setBold(True)
    ellipsis, ellipsis_height = _text_layout("…", more_font, width)
    while cards:
        used = sum(h + 2 * pad for _, h in cards) + spacing * len(cards) + ellipsis_height
        if used <= height:
            break
        cards.pop()
    return _WordsFit(_WORD_FACTORS[-1], tuple(cards), len(words) - len(cards), ellipsis)


_CARD_PAD = 0.6  # inner margin of a word card, in lines of the widget's font
_CARD_SPACING = 0.5


class _HousesPicture(DrawingSurface):
    """Three simple houses, the child's names above and the child's words inside; the child
    draws in each house with a finger, a pen or the mouse (a page per house)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(3, parent)
        self._houses: tuple[_HouseContent, ...] = ()
        # Laying out text is the slow part of painting: keep it until something changes.
        self._plan_key: tuple[object, ...] | None = None
        self._plan: list[_HousePlan] = []
        self.setAccessibleName(self.tr("Tre huse, som barnet ser dem"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_houses(self, houses: tuple[_HouseContent, ...]) -> None:
        if houses == self._houses:
            return
        self._houses = houses
        self.setAccessibleDescription(
            " ".join(f"{house.name}: {'; '.join(house.words)}." for house in houses)
        )
        self.update()

    def houses(self) -> tuple[_HouseContent, ...]:
        return self._houses

    def sizeHint(self) -> QSize:
        em = QFontMetricsF(self.font()).height()
        return QSize(round(em * 50), round(em * 30))

    def plan(self) -> list["_HousePlan"]:
        """Where each house, its name and its words go at the present size."""
        key = (self._houses, self.width(), self.height(), self.font().key())
        if key != self._plan_key:
            self._plan = self._make_plan()
            self._plan_key = key
        return self._plan

    def _make_plan(self) -> list["_HousePlan"]:
        if not self._houses:
            return []
        em = QFontMetricsF(self.font()).height()
        margin, gap, below_name = em * 1.2, em * 1.5, em * 0.6
        count = len(self._houses)
        width = (self.width() - 2 * margin - gap * (count - 1)) / count
        if width <= em or self.height() <= 4 * em:
            return []
        name_font = _scaled(self.font(), 2.1)
        name_font.setBold(True)
        names = [_text_layout(house.name, name_font, width) for house in self._houses]
        name_height = max(height for _, height in names)
        # A house is a little taller than it is wide; centre the row of houses.
        available = self.height() - 2 * margin - name_height - below_name
        roof_height = min(width * 0.3, available * 0.26)
        body_height = min(available - roof_height, width * 1.3)
        used = name_height + below_name + roof_height + body_height
        top = margin + max(0.0, (self.height() - 2 * margin - used) / 2)
        plans = []
        for number, house in enumerate(self._houses):
            left = margin + number * (width + gap)
            area = QRectF(left, top + name_height + below_name, width, roof_height + body_height)
            body_width = width * 0.88
            body = QRectF(
                left + (width - body_width) / 2, area.top() + roof_height, body_width, body_height
            )
            inner = body.adjusted(em * 0.8, em * 0.8, -em * 0.8, -em * 0.8)
            name_layout, height = names[number]
            plans.append(
                _HousePlan(
                    palette=_PALETTES[number % len(_PALETTES)],
                    name=name_layout,
                    name_at=QPointF(left, top + name_height - height),
                    area=area,
                    roof_height=roof_height,
                    body=body,
                    inner=inner,
                    words=_fit_words(house.words, self.font(), inner.width(), inner.height()),
                )
            )
        return plans

    def page_rects(self) -> list[QRectF]:
        """The child draws inside each house's body."""
        return [house.body for house in self.plan()]

    def paint_under(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), _CHILD_BACKGROUND)
        em = QFontMetricsF(self.font()).height()
        for house in self.plan():
            painter.setPen(_INK)
            house.name.draw(painter, house.name_at)
            self._paint_house(painter, house, em)

    def paint_over(self, painter: QPainter) -> None:
        # The child's words stay readable on top of the drawing.
        em = QFontMetricsF(self.font()).height()
        for house in self.plan():
            self._paint_words(painter, house.inner, house.words, em)

    @staticmethod
    def _paint_house(painter: QPainter, house: "_HousePlan", em: float) -> None:
        area, body, roof_height = house.area, house.body, house.roof_height
        top, centre_x = area.top(), area.center().x()
        eave = area.width() * 0.05
        outline = QPen(house.palette.outline)
        outline.setWidthF(max(1.5, em * 0.12))
        outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(outline)
        # A chimney, behind the roof's right slope.
        chimney_width = area.width() * 0.08
        chimney_left = centre_x + area.width() * 0.22
        slope = roof_height / (centre_x - (body.left() - eave))
        chimney_top = top + roof_height * 0.12
        chimney_bottom = top + (chimney_left + chimney_width - centre_x) * slope
        painter.setBrush(house.palette.roof.darker(110))
        painter.drawRect(
            QRectF(chimney_left, chimney_top, chimney_width, chimney_bottom - chimney_top)
        )
        painter.setBrush(house.palette.body)
        painter.drawRoundedRect(body, em * 0.3, em * 0.3)
        painter.setBrush(house.palette.roof)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(body.left() - eave, top + roof_height),
                    QPointF(centre_x, top),
                    QPointF(body.right() + eave, top + roof_height),
                ]
            )
        )
        # A little round window in the gable.
        radius = roof_height * 0.16
        painter.setBrush(house.palette.body.lighter(112))
        painter.drawEllipse(QPointF(centre_x, top + roof_height * 0.62), radius, radius)

    @staticmethod
    def _paint_words(painter: QPainter, inner: QRectF, fit: _WordsFit, em: float) -> None:
        pad, spacing = em * _CARD_PAD, em * _CARD_SPACING
        y = inner.top()
        for layout, text_height in fit.cards:
            card = QRectF(inner.left(), y, inner.width(), text_height + 2 * pad)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_CARD)
            painter.drawRoundedRect(card, em * 0.5, em * 0.5)
            painter.setPen(_INK)
            layout.draw(painter, QPointF(inner.left() + pad, y + pad))
            y += card.height() + spacing
        if fit.ellipsis is not None:
            painter.setPen(_INK)
            fit.ellipsis.draw(painter, QPointF(inner.left(), y))


@dataclass(frozen=True)
class _HousePlan:
    palette: _Palette
    name: QTextLayout
    name_at: QPointF
    area: QRectF  # roof and body
    roof_height: float
    body: QRectF
    inner: QRectF  # where the words go
    words: _WordsFit


def _text_layout(text: str, font: QFont, width: float) -> tuple[QTextLayout, float]:
    """Centred lines of at most ``width``, breaking a long word only where it must."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_CENTRED_WRAP)
    leading = QFontMetricsF(font).leading()
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        height += leading
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


_CENTRED_WRAP = QTextOption(Qt.AlignmentFlag.AlignHCenter)
_CENTRED_WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


# --- the widget ----------------------------------------------------------------------


class ThreeHousesWidget(QWidget):
    """Edits one :class:`ThreeHouses`; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._interpreter = False
        self._child_view = False
        self.setAccessibleName(self.tr("Tre huse"))

        self._stack = QStackedWidget()
        self._editor = self._build_editor()
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._editor)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.picture = _HousesPicture()
        self.pen_bar = PenBar(self.picture)
        self._child_page = QWidget()
        child_column = QVBoxLayout(self._child_page)
        child_column.setContentsMargins(0, 0, 0, 0)
        child_column.setSpacing(0)
        child_column.addWidget(self.picture, 1)
        child_column.addWidget(self.pen_bar)
        self._drawings: list[ChildDrawing] = [ChildDrawing(), ChildDrawing(), ChildDrawing()]
        self.picture.changed.connect(self._drawing_changed)
        self.picture.set_drawing_enabled(False)  # the child draws on the child's screen
        self._stack.addWidget(self._scroll)
        self._stack.addWidget(self._child_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self._shortcuts: list[QShortcut] = []
        for number, column in enumerate(self.columns, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(column.input.setFocus)
            self._shortcuts.append(shortcut)

        self.set_value(ThreeHouses())

    def _build_editor(self) -> QWidget:
        editor = QWidget()

        self.reminder = QLabel(
            self.tr(
                "Skriv barnets egne ord, præcis som barnet siger dem. "
                "Læs ordene op for barnet og spørg, om det er rigtigt forstået. "
                "Stop, hvis barnet bliver ked af det."
            )
        )
        self.reminder.setWordWrap(True)
        self.reminder.setAccessibleName(self.tr("Husk"))
        self.reminder.setStyleSheet(
            "background-color: #F4F1EA; color: #3A342E; padding: 6px 10px; border-radius: 4px;"
        )

        via = self.new_words_via_interpreter
        self.good_column = _HouseColumn(
            1, self.tr("Gode ting"), self.tr("Det gode hus"), _PALETTES[0], via
        )
        self.worries_column = _HouseColumn(
            2, self.tr("Bekymringer"), self.tr("Bekymringshuset"), _PALETTES[1], via
        )
        self.dreams_column = _HouseColumn(
            3, self.tr("Drømme"), self.tr("Drømmehuset"), _PALETTES[2], via
        )
        self.columns = (self.good_column, self.worries_column, self.dreams_column)
        houses_row = QHBoxLayout()
        houses_row.setSpacing(10)
        for column in self.columns:
            column.changed.connect(self._emit)
            houses_row.addWidget(column, 1)

        self.via_new = QCheckBox(self.tr("Nye ord kommer &via tolk"))
        self.via_new.setAccessibleName(self.tr("Nye ord kommer via tolk"))
        self.via_new.setVisible(False)

        # Consent: a clear three-way choice.
        self.consent_box = QGroupBox(self.tr("Må det, barnet har sagt, deles?"))
        self.consent_box.setAccessibleName(self.tr("Barnets samtykke til at dele"))
        self.consent_not_asked = QRadioButton(self.tr("Ikke &spurgt endnu"))
        self.consent_yes = QRadioButton(self.tr("&Ja, det må deles"))
        self.consent_no = QRadioButton(self.tr("&Nej, det må ikke deles"))
        self.consent_group = QButtonGroup(self)
        consent_layout = QVBoxLayout(self.consent_box)
        for button, button_id, name in (
            (self.consent_not_asked, _NOT_ASKED, self.tr("Samtykke: ikke spurgt endnu")),
            (self.consent_yes, _YES, self.tr("Samtykke: ja, det må deles")),
            (self.consent_no, _NO, self.tr("Samtykke: nej, det må ikke deles")),
        ):
            button.setAccessibleName(name)
            self.consent_group.addButton(button, button_id)
            consent_layout.addWidget(button)
        self.consent_group.idToggled.connect(self._consent_toggled)

        # Whether the child drew: shown, not ticked. It is true only when the child drew on
        # the child's screen (F12), so the letter's "Du tegnede tre huse." is true.
        self.drawn_status = QLabel()
        self.drawn_status.setWordWrap(True)
        self.drawn_status.setAccessibleName(self.tr("Barnets tegninger"))

        stopped_caption = QLabel(self.tr("Stoppet før tid &fordi"))
        self.stopped_early = QLineEdit()
        self.stopped_early.setPlaceholderText(
            self.tr("Kun hvis barnet blev ked af det, og I stoppede")
        )
        self.stopped_early.setAccessibleName(self.tr("Stoppet før tid, fordi"))
        stopped_caption.setBuddy(self.stopped_early)
        self.stopped_early.textChanged.connect(self._emit)

        # The caseworker's note: the adult's own words, set apart from the child's.
        self.note_frame = CaseworkerNote(
            self.tr("&Rådgiverens note (din egen, ikke barnets ord)"),
            self.tr("Rådgiverens note"),
            self.tr("Dine iagttagelser og tanker. Det er ikke barnets ord."),
        )
        self.caseworker_note = self.note_frame.editor
        self.caseworker_note.textChanged.connect(self._emit)

        left = QVBoxLayout()
        left.addWidget(self.consent_box)
        left.addWidget(self.drawn_status)
        left.addWidget(self.via_new)
        left.addStretch(1)
        stopped_grid = QGridLayout()
        stopped_grid.addWidget(stopped_caption, 0, 0)
        stopped_grid.addWidget(self.stopped_early, 1, 0)
        middle = QVBoxLayout()
        middle.addLayout(stopped_grid)
        middle.addStretch(1)

        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addLayout(left, 2)
        bottom.addLayout(middle, 3)
        bottom.addWidget(self.note_frame, 5)

        page = QVBoxLayout(editor)
        page.addWidget(self.reminder)
        page.addLayout(houses_row, 1)
        page.addLayout(bottom)

        # Keyboard order follows the screen: houses left to right, then the questions.
        chain: list[QWidget] = []
        for column in self.columns:
            chain += [column.name_edit, column.words, column.input]
        chain += [
            self.consent_not_asked,
            self.via_new,
            self.stopped_early,
            self.caseworker_note,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        return editor

    # --- public API ----------------------------------------------------------------

    def set_value(self, houses: ThreeHouses) -> None:
        """Load ``houses`` without emitting ``changed``."""
        self._loading = True
        try:
            self.good_column.load(houses.good_things_name, houses.good_things)
            self.worries_column.load(houses.worries_name, houses.worries)
            self.dreams_column.load(houses.dreams_name, houses.dreams)
            consent = {None: _NOT_ASKED, True: _YES, False: _NO}[houses.consent_to_share]
            button = self.consent_group.button(consent)
            button.setChecked(True)
            self._drawings = [d for _part, _name, d in houses.drawings()]
            self.picture.set_drawings(self._drawings)
            self.pen_bar.refresh()
            self.stopped_early.setText(houses.stopped_early_reason)
            self.caseworker_note.setPlainText(houses.caseworker_note)
        finally:
            self._loading = False
        self._show_drawn()
        self._refresh_picture()

    def value(self) -> ThreeHouses:
        """A new, validated model holding what is on the screen now."""
        consent = {_NOT_ASKED: None, _YES: True, _NO: False}.get(self.consent_group.checkedId())
        return ThreeHouses(
            good_things_name=self.good_column.name(),
            worries_name=self.worries_column.name(),
            dreams_name=self.dreams_column.name(),
            good_things=self.good_column.child_words(),
            worries=self.worries_column.child_words(),
            dreams=self.dreams_column.child_words(),
            good_things_drawing=self._drawings[0],
            worries_drawing=self._drawings[1],
            dreams_drawing=self._drawings[2],
            child_drew=any(d.drawn for d in self._drawings),
            consent_to_share=consent,
            stopped_early_reason=self.stopped_early.text(),
            caseworker_note=self.caseworker_note.toPlainText(),
        )

    def set_child_view(self, on: bool) -> None:
        """Show only the three houses (on), or the caseworker's editing view (off)."""
        self._child_view = on
        self._refresh_picture()
        self._stack.setCurrentWidget(self._child_page if on else self._scroll)
        self.picture.set_drawing_enabled(on)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(not on)

    def is_child_view(self) -> bool:
        return self._child_view

    def set_interpreter_present(self, on: bool) -> None:
        """Show the "via tolk" markers (and default new words to via tolk) when on."""
        if on and not self._interpreter:
            self.via_new.setChecked(True)
        self._interpreter = on
        self.via_new.setVisible(on)
        for column in self.columns:
            column.set_interpreter_present(on)

    def new_words_via_interpreter(self) -> bool:
        """Whether words typed now are marked as coming through the interpreter."""
        return self._interpreter and self.via_new.isChecked()

    # --- internals -----------------------------------------------------------------

    def _drawing_changed(self) -> None:
        """A stroke ended (or was undone): the drawings as they are now. A drawing that
        changed is a new one: the child is asked about it again at read-back."""
        for page, before in enumerate(self._drawings):
            strokes = self.picture.strokes(page)
            if strokes != before.strokes:
                self._drawings[page] = ChildDrawing(
                    aspect=self.picture.aspect(page), strokes=strokes
                )
        self._show_drawn()
        self._emit()

    def _show_drawn(self) -> None:
        names = [c.name().strip() or c.name_edit.placeholderText() for c in self.columns]
        drawn = [name for name, d in zip(names, self._drawings, strict=True) if d.drawn]
        if drawn:
            text = self.tr("Barnet har tegnet i: %1").replace("%1", ", ".join(drawn))
        else:
            text = self.tr(
                "Barnet har ikke tegnet. Barnet kan tegne i husene på barnets skærm (F12)."
            )
        self.drawn_status.setText(text)

    def _consent_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._emit()

    def _emit(self) -> None:
        if self._loading:
            return
        if self._child_view:
            self._refresh_picture()
        self._show_drawn()
        self.changed.emit()

    def _refresh_picture(self) -> None:
        # An unnamed house still needs a name above its roof.
        defaults = (self.tr("Det gode hus"), self.tr("Bekymringshuset"), self.tr("Drømmehuset"))
        self.picture.set_houses(
            tuple(
                _HouseContent(
                    name=column.name().strip() or default,
                    words=tuple(words.text for words in column.child_words()),
                )
                for column, default in zip(self.columns, defaults, strict=True)
            )
        )
