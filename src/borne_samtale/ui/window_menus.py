"""The window's menus and what their own entries do.

The window's menus, and what the vault and help menus' own entries do: the profile, the
passphrase, the automatic lock, old drafts, the language, the signing certificate, exports
still on the disk, the user guide and the about box."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from borne_samtale import __version__
from borne_samtale.ui.i18n import DANISH, ENGLISH, LANGUAGE_SETTING, with_args
from borne_samtale.ui.window_base import IDLE_SETTING, STALE_SETTING, WindowBase


class WindowMenus(WindowBase):
    # Menus ------------------------------------------------------------------------------
    def _action(self, text: str, keys: str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if keys:
            # setShortcuts with a parsed list: setShortcut's overloads build the Qt namespace.
            action.setShortcuts([QKeySequence.fromString(keys)])
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even while the menu bar is hidden
        return action

    def _build_menus(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Boks"))
        self.lock_action = self._action(self.tr("&Lås nu"), "Ctrl+L", self.lock)
        self.passphrase_action = self._action(
            self.tr("Skift &adgangsfrase …"), None, self.change_passphrase
        )
        self.profile_action = self._action(self.tr("Din &profil …"), None, self.edit_profile)
        self.idle_action = self._action(self.tr("&Automatisk lås …"), None, self.set_idle_minutes)
        self.stale_action = self._action(
            self.tr("&Gamle kladder …"), None, self.set_stale_draft_days
        )
        self.language_action = self._action(self.tr("&Sprog / Language …"), None, self.set_language)
        self.certificate_import_action = self._action(
            self.tr("Brug organisationens &certifikat …"), None, self.import_certificate
        )
        self.certificate_export_action = self._action(
            self.tr("&Eksportér certifikatet til IT …"), None, self.export_certificate
        )
        self.exports_action = self._action(
            self.tr("E&ksporter på computeren …"), None, self.show_exports
        )
        quit_action = self._action(self.tr("&Afslut"), "Ctrl+Q", self.close)
        for number, group in enumerate(
            (
                (self.lock_action,),
                (self.passphrase_action, self.profile_action, self.idle_action, self.stale_action),
                (self.language_action,),
                (self.certificate_import_action, self.certificate_export_action),
                (self.exports_action,),
                (quit_action,),
            )
        ):
            if number:
                vault_menu.addSeparator()
            vault_menu.addActions(list(group))
        talk_menu = self.menuBar().addMenu(self.tr("&Samtale"))
        self.new_action = self._action(self.tr("&Ny samtale …"), None, self.new_conversation)
        talk_menu.addAction(self.new_action)
        self.preview_action = self._action(
            self.tr("Se &udkast til referat og brev …"), "Ctrl+Shift+P", self.preview_drafts
        )
        talk_menu.addAction(self.preview_action)
        self.talk_menu = talk_menu  # the conversation's own actions follow with its screen
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        help_menu.addAction(self._action(self.tr("&Brugervejledning …"), "F1", self.show_help))
        help_menu.addAction(self._action(self.tr("&Tastaturgenveje …"), None, self.show_shortcuts))
        help_menu.addAction(self._action(self.tr("&Om Børnesamtale"), None, self.about))
        self._set_unlocked_actions(False)

    def _set_unlocked_actions(self, on: bool) -> None:
        for action in (
            self.lock_action,
            self.passphrase_action,
            self.profile_action,
            self.new_action,
            self.preview_action,
            self.certificate_import_action,
            self.certificate_export_action,
            self.exports_action,
        ):
            action.setEnabled(on)

    # Vault actions ----------------------------------------------------------------------
    def edit_profile(self) -> None:
        if self.session is None:
            return
        from borne_samtale.ui.dialogs.profile import ProfileDialog

        dialog = ProfileDialog(self.session.conversations.caseworker(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.session is not None:
            self.session.conversations.set_caseworker(dialog.profile())

    def change_passphrase(self) -> None:
        if self.session is None:
            return
        from borne_samtale.ui.dialogs.passphrase_dialogs import ChangePassphraseDialog

        session = self.session
        dialog = ChangePassphraseDialog(
            session.change_passphrase,
            self,
            personal_words=session.personal_words(),  # their own name is easy to guess
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("Adgangsfrasen er skiftet."), 5000)

    def set_idle_minutes(self) -> None:
        current = self.idle.timeout_ms() // 60_000
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Automatisk lås"),
            self.tr("Lås boksen efter så mange minutter uden brug:"),
            current,
            1,
            60,
        )
        if ok:
            self.idle.set_timeout_ms(minutes * 60_000)
            self.settings.setValue(IDLE_SETTING, minutes)

    def set_stale_draft_days(self) -> None:
        self._ensure_built()
        days, ok = QInputDialog.getInt(
            self,
            self.tr("Gamle kladder"),
            self.tr("Markér en kladde, der ikke er rørt i så mange dage:"),
            self.cases_screen.stale_draft_days,
            1,
            365,
        )
        if ok:
            self.cases_screen.stale_draft_days = days
            self.settings.setValue(STALE_SETTING, days)
            self.cases_screen.refresh()

    def set_language(self) -> None:
        choices = ["Dansk", "English"]
        current = 1 if self.settings.value(LANGUAGE_SETTING) == ENGLISH else 0
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Sprog / Language"),
            self.tr("Sproget skifter, næste gang programmet starter."),
            choices,
            current,
            False,
        )
        if ok:
            self.settings.setValue(LANGUAGE_SETTING, ENGLISH if choice == "English" else DANISH)

    def import_certificate(self) -> None:
        if self.session is not None:
            self.certificates.import_pkcs12(self.session)

    def export_certificate(self) -> None:
        if self.session is not None:
            self.certificates.export(self.session)

    def show_help(self) -> None:
        """F1: the user guide, at the part for the screen in use."""
        from borne_samtale.ui.help import HelpDialog

        HelpDialog(self.help_section(), self).exec()

    def show_shortcuts(self) -> None:
        from borne_samtale.ui import help as guide
        from borne_samtale.ui.help import HelpDialog

        self._ensure_built()
        HelpDialog(guide.SHORTCUTS, self).exec()

    def help_section(self) -> str:
        """The guide's section for what is on screen now."""
        from borne_samtale.ui import help as guide

        shown = self.stack.currentWidget()
        if shown is self.unlock_screen:
            return guide.UNLOCK
        if not self._built:  # the rest is still being built behind the unlock screen
            return guide.START
        from borne_samtale.ui.screens.conversation import (
            TAB_CHECK,
            TAB_CLOSING,
            TAB_HOUSES,
            TAB_NETWORK,
            TAB_SCALE,
        )

        if shown is self.cases_screen:
            return guide.CASES
        if shown is self.documents_screen:
            return guide.DOCUMENTS
        if shown is self.conversation_screen:
            screen = self.conversation_screen
            if screen.child_view:
                return guide.CHILD_SCREEN
            return {
                TAB_SCALE: guide.SCALE,
                TAB_HOUSES: guide.HOUSES,
                TAB_NETWORK: guide.NETWORK,
                TAB_CLOSING: guide.CLOSING,
                TAB_CHECK: guide.CHECKLIST,
            }.get(screen.tabs.currentIndex(), guide.PHASES)
        return guide.START

    def exports_on_disk(self) -> list[str]:
        """Folders of export bundles the program wrote that are still on the disk: the
        child's words in plain text until the hand-over's deletion removes them."""
        if self.session is None:
            return []
        return [str(path) for path in self.session.exports_on_disk()]

    def show_exports(self) -> None:
        found = self.exports_on_disk()
        if found:
            text = (
                self.tr(
                    "Disse eksporter ligger stadig på computeren med samtalens ord i klar tekst. "
                    "De slettes, når samtalen er overført til sagen og slettes:"
                )
                + "\n\n"
                + "\n".join(found)
            )
        else:
            text = self.tr("Der ligger ingen eksporter fra programmet på computeren.")
        QMessageBox.information(self, self.tr("Eksporter på computeren"), text)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Børnesamtale"),
            with_args(
                self.tr(
                    "Børnesamtale %1\n\nEn guide og krypteret notesbog til samtaler med børn. "
                    "Alt gemmes krypteret på denne computer, og intet sendes nogen steder hen."
                ),
                __version__,
            ),
        )
