; Inno Setup script for Børnesamtale: installs for the current user, without administrator
; rights, into %LOCALAPPDATA%\Programs\Boernesamtale, with a Start-menu entry.
;
; Built by packaging\windows\build.ps1, which builds the program with PyInstaller first and
; passes the version the built program reports (borne_samtale.__version__, the one place it
; lives) and, when signing, the sign tool. By hand, from the repository root:
;
;   ISCC.exe /DAppVersion=<version> packaging\windows\borne-samtale.iss
;
; Written for Inno Setup 6.3 or newer (6.x). Not built or run on the machine this was
; written on (Linux); see packaging\README.md.
;
; Data: the program keeps the vault, the demo vault and its error log in
; %LOCALAPPDATA%\borne-samtale (or where BORNE_SAMTALE_VAULT points) and its settings in
; HKCU\Software\borne-samtale. Installing never touches them. Uninstalling keeps them unless
; the user, asked once with "No" as the default, says otherwise; a silent uninstall and an
; uninstall for all users always keep them.
;
; Silent install and uninstall for Intune, SCCM/MECM or a script (Inno Setup's own switches;
; see packaging\README.md, "For IT"):
;
;   borne-samtale-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER /LOG="%TEMP%\borne-samtale-setup.log"
;   borne-samtale-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS      (as administrator or SYSTEM)
;   "<install folder>\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART                   (keeps the vault)
;
; While the window is open it holds the mutexes named in AppMutex (borne_samtale/win32.py,
; announce_running): Setup and the uninstaller then ask for it to be closed first, and a
; silent run ends with a non-zero exit code instead of replacing or deleting files
; under an open vault.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed
#endif
#ifndef AppVersion
  #error AppVersion is not defined: build with packaging\windows\build.ps1, or pass /DAppVersion=<the version borne-samtale.exe --version prints>
#endif

#define AppName "Børnesamtale"
#define BundleDir "..\..\dist\borne-samtale"
#define GuiExe "Boernesamtale.exe"
#define CliExe "borne-samtale.exe"
; The organisation that rolls the program out, shown in "Installed apps"; build.ps1 -Publisher.
#ifndef Publisher
  #define Publisher "Børnesamtale"
#endif

[Setup]
; The AppId identifies the program across versions (updates, uninstall). Never change it.
AppId={{6F1C2B7E-3A4D-4C59-9E2B-7D3A1F08B5C6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany={#Publisher}
; The running window holds these (borne_samtale/win32.py, RUNNING_MUTEXES).
AppMutex=Boernesamtale,Global\Boernesamtale
; Files in use by the program (an update while it runs): ask to close it through the Restart
; Manager (which the program answers by locking the vault), never start it again afterwards.
CloseApplications=yes
RestartApplications=no
; A log in %TEMP% (Setup Log <date>.txt) for IT when an install fails; it holds file names
; and folders, nothing about a child.
SetupLogging=yes
UninstallLogging=yes
; Per user, no administrator rights. IT may still install for all users from the command
; line with /ALLUSERS (then into Program Files, as an administrator).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\Boernesamtale
; No folder to choose: the program belongs in the user's Programs folder (or Program Files),
; never in a synchronised or shared one.
DisableDirPage=yes
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#GuiExe}
SetupIconFile=..\..\resources\icons\borne-samtale.ico
OutputDir=..\..\dist
OutputBaseFilename=borne-samtale-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
#ifdef SIGN
; build.ps1 defines the sign tool "bornesamtale" on the ISCC command line (/S) when it is
; given a certificate; Setup and the uninstaller are then signed with it.
SignTool=bornesamtale
SignedUninstaller=yes
#endif

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.DeleteData=Skal boksen med dine samtaler også slettes?%n%nDen ligger i %1 sammen med programmets fejllog og demoboksen.%n%nSletningen kan ikke fortrydes. Vælg Nej, hvis du er i tvivl: så bliver boksen liggende, og Børnesamtale kan åbne den igen, når programmet er installeret igen.
english.DeleteData=Delete the vault with your conversations as well?%n%nIt is in %1, together with the program's error log and the demo vault.%n%nThis cannot be undone. Choose No if in doubt: the vault then stays, and Børnesamtale can open it again once the program is installed again.
danish.ProgramComment=Guide og krypteret notesbog til samtaler med børn
english.ProgramComment=Guide and encrypted notebook for conversations with children

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the program's libraries whole, so none of an older version's are left.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The PyInstaller one-folder build: Boernesamtale.exe (the window), borne-samtale.exe (the
; command line: --version, selftest, verify …) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:ProgramComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "{cm:ProgramComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ werapi.h: HRESULT WerRemoveExcludedApplication(PCWSTR pwzExeName, BOOL bAllUsers). The program
  adds itself to the current user's WER exclusion list at every start (borne_samtale/hardening.py,
  WerAddExcludedApplication); the uninstaller takes it off again. Loaded only when called. }
function WerRemoveExcludedApplication(ExeName: String; AllUsers: Integer): Integer;
  external 'WerRemoveExcludedApplication@wer.dll stdcall delayload uninstallonly';

procedure ForgetErrorReportingExclusion(ExeName: String);
begin
  try
    WerRemoveExcludedApplication(ExeName, 0);
  except
    { An older Windows without the function: nothing was added there either. }
  end;
end;

function DataDir: String;
begin
  { Where the program keeps its data: platformdirs' user data folder for "borne-samtale". }
  Result := ExpandConstant('{localappdata}\borne-samtale');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usUninstall) and not IsAdminInstallMode then
  begin
    ForgetErrorReportingExclusion('{#GuiExe}');
    ForgetErrorReportingExclusion('{#CliExe}');
  end;
  if CurUninstallStep <> usPostUninstall then
    Exit;
  { Keep the data unless the user asks for it to go. Never ask, and never delete, in a silent
    uninstall (IT's tools) or an uninstall for all users (run as an administrator, whose own
    folder is not the caseworker's). }
  if UninstallSilent or IsAdminInstallMode or not DirExists(DataDir) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataDir]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\borne-samtale');
  end;
end;
