"""The caseworker's side panel of the network map.

The list of people, the buttons, the selected person's name, relation, ring and own words,
and the caseworker's note.

It only builds the controls; network_map.py (the editing half) fills them and reacts to them
(the relation choices too: their words are the referat's, from domain/labels.py).
"""

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from borne_samtale.ui.style import sheet
from borne_samtale.ui.widgets.note import CaseworkerNote


class NetworkPanel(QWidget):
    """The controls beside the map in the caseworker's view."""

    def ring_labels(self) -> dict[int, str]:
        return {
            1: self.tr("1 – inderste ring, tættest på"),
            2: self.tr("2 – midterste ring"),
            3: self.tr("3 – yderste ring, længst væk"),
        }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)

        people_caption = QLabel(self.tr("&Personer på kortet"))
        self.people_list = QListWidget()
        self.people_list.setAccessibleName(self.tr("Personer på kortet"))
        self.people_list.setAccessibleDescription(
            self.tr("Insert eller Ctrl+N tilføjer, Delete fjerner, Ctrl+pil op og ned flytter.")
        )
        self.people_list.setMinimumHeight(self.fontMetrics().height() * 8)
        people_caption.setBuddy(self.people_list)

        self.add_button = QPushButton(self.tr("&Tilføj person (Ctrl+N)"))
        self.add_button.setAccessibleName(self.tr("Tilføj person"))
        self.remove_button = QPushButton(self.tr("&Fjern (Delete)"))
        self.remove_button.setAccessibleName(self.tr("Fjern den valgte person"))
        self.undo_button = QPushButton(self.tr("Fortr&yd fjern (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Fortryd fjern"))
        self.closer_button = QPushButton(self.tr("Tætt&ere på (Ctrl+↑)"))
        self.closer_button.setAccessibleName(self.tr("Flyt en ring tættere på"))
        self.further_button = QPushButton(self.tr("Længere &væk (Ctrl+↓)"))
        self.further_button.setAccessibleName(self.tr("Flyt en ring længere væk"))
        # Two columns: three did not fit beside the interpreter panel at 1366×768, and the
        # buttons were squeezed until their text was cut.
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.closer_button, 1, 0)
        buttons.addWidget(self.further_button, 1, 1)
        buttons.addWidget(self.undo_button, 2, 1)

        # The selected person.
        self.person_box = QFrame()
        self.person_box.setObjectName("networkPerson")
        self.person_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.person_heading = QLabel()
        heading_font = self.person_heading.font()
        heading_font.setBold(True)
        self.person_heading.setFont(heading_font)
        self.person_heading.setWordWrap(True)

        self.label_edit = QLineEdit()
        self.label_edit.setAccessibleName(self.tr("Navn, som barnet siger det"))
        self.label_edit.setPlaceholderText(self.tr("Fx mormor eller Ali fra klassen"))
        label_caption = QLabel(self.tr("&Navn (som barnet siger)"))
        label_caption.setBuddy(self.label_edit)

        self.relation_combo = QComboBox()
        self.relation_combo.setAccessibleName(self.tr("Relation til barnet"))
        relation_caption = QLabel(self.tr("&Relation"))
        relation_caption.setBuddy(self.relation_combo)

        self.ring_combo = QComboBox()
        self.ring_combo.setAccessibleName(self.tr("Ring, hvor tæt på barnet"))
        for ring, text in self.ring_labels().items():
            self.ring_combo.addItem(text, ring)
        ring_caption = QLabel(self.tr("R&ing"))
        ring_caption.setBuddy(self.ring_combo)

        form = QFormLayout()
        # The long caption goes above its field, so the short ones leave the lists room in
        # a narrow panel (large text, the interpreter panel beside it); a panel narrower
        # still puts every caption above its field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(label_caption)
        form.addRow(self.label_edit)
        form.addRow(relation_caption, self.relation_combo)
        form.addRow(ring_caption, self.ring_combo)

        # The child's own words about the person: set apart and named as the child's.
        self.words_frame = QFrame()
        self.words_frame.setObjectName("childWords")
        self.words_frame.setStyleSheet(sheet("network_words"))
        words_caption = QLabel(self.tr("Barnets e&gne ord om personen"))
        words_font = words_caption.font()
        words_font.setBold(True)
        words_caption.setFont(words_font)
        self.child_words_edit = QPlainTextEdit()
        self.child_words_edit.setAccessibleName(self.tr("Barnets egne ord om personen"))
        self.child_words_edit.setPlaceholderText(
            self.tr("Skriv barnets ord præcis, som barnet siger dem.")
        )
        self.child_words_edit.setTabChangesFocus(True)
        self.child_words_edit.setMinimumHeight(self.fontMetrics().height() * 4)
        # Share the height by stretch, not by the editor's large preferred height.
        self.child_words_edit.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored
        )
        words_caption.setBuddy(self.child_words_edit)
        self.via_interpreter_check = QCheckBox(self.tr("vi&a tolk"))
        self.via_interpreter_check.setAccessibleName(self.tr("Barnets ord kom via tolk"))
        self.via_interpreter_check.setVisible(False)
        words_layout = QVBoxLayout(self.words_frame)
        words_layout.addWidget(words_caption)
        words_layout.addWidget(self.child_words_edit, 1)
        words_layout.addWidget(self.via_interpreter_check)

        person_layout = QVBoxLayout(self.person_box)
        person_layout.addWidget(self.person_heading)
        person_layout.addLayout(form)
        person_layout.addWidget(self.words_frame, 1)

        # The caseworker's note: the adult's own words, visibly apart from the child's.
        self.note_frame = CaseworkerNote(
            self.tr("Rådgiverens n&ote om netværket (ikke barnets ord)"),
            self.tr("Rådgiverens note om netværket"),
            self.tr("Dine iagttagelser og tanker. Det er ikke barnets ord."),
        )
        self.caseworker_note = self.note_frame.editor
        # One line: a wrapped caption is taller than the layout allows for, and then it
        # pushes the editor out of its frame.
        self.note_frame.caption.setWordWrap(False)
        # Share the height by stretch, not by the editor's large preferred height.
        self.caseworker_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

        column.addWidget(people_caption)
        column.addWidget(self.people_list, 2)
        column.addLayout(buttons)
        column.addWidget(self.person_box, 3)
        column.addWidget(self.note_frame, 2)
