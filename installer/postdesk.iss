; Inno Setup 6 script: the Windows installer of Postdesk.
;
;   iscc /DAppVersion=0.1.0 installer\postdesk.iss
;
; Run from the repository root after `pyinstaller packaging\postdesk.spec` has made dist\Postdesk\
; (release.yml does both). The result is dist\installer\Postdesk-<version>-setup.exe.
;
; - Per-user install: no administrator rights, into %LOCALAPPDATA%\Programs\Postdesk.
; - A Start menu entry (and, if asked, a desktop shortcut).
; - "Start Postdesk when I sign in": the same HKCU Run value that Postdesk's own Settings switch
;   writes (postdesk.engine.autostart: value "Postdesk", command `Postdesk.exe --minimized`), so the
;   installer and the app agree on it; the uninstaller removes it.
; - The uninstaller asks whether to keep the user's data (posts, media library, settings, logs), which
;   lives in %APPDATA%\Postdesk (platformdirs' user data dir, roaming; see src/postdesk/paths.py).
;   Keeping it is the default, and a silent uninstall always keeps it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Postdesk"
#define AppExe "Postdesk.exe"
#define AppId "{{6E1C5B7A-2F0D-4C8E-9B61-4F0A3D2E7C15}"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Postdesk contributors
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user: {autopf} becomes %LOCALAPPDATA%\Programs, registry entries go to HKCU.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=Postdesk-{#AppVersion}-setup
SetupIconFile=..\build\postdesk\assets\postdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile=..\packaging\licenses\GPL-3.0.txt
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Postdesk (Restart Manager) before replacing or removing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"

[CustomMessages]
; Unprefixed messages are the default for every language; a prefixed one overrides it for that language.
StartAtLogin=Start Postdesk in the tray when I sign in (so scheduled posts go out)
KeepDataQuestion=Do you want to keep your Postdesk data?%n%nYour posts, drafts, media library and settings are in:%n%1%n%nChoose Yes to keep them (for example to install Postdesk again later). Choose No to delete them for good.%n%nYour sign-ins stay in Windows Credential Manager either way (entries starting with "postdesk/").
AdditionalIcons=Shortcuts:
de.StartAtLogin=Postdesk bei der Anmeldung im Infobereich starten (damit geplante Beiträge veröffentlicht werden)
de.KeepDataQuestion=Möchten Sie Ihre Postdesk-Daten behalten?%n%nIhre Beiträge, Entwürfe, Mediathek und Einstellungen liegen in:%n%1%n%nWählen Sie Ja, um sie zu behalten (etwa um Postdesk später neu zu installieren). Wählen Sie Nein, um sie endgültig zu löschen.%n%nIhre Anmeldungen bleiben in jedem Fall in der Windows-Anmeldeinformationsverwaltung (Einträge, die mit "postdesk/" beginnen).
de.AdditionalIcons=Verknüpfungen:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; Flags: unchecked

[Files]
Source: "..\dist\Postdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.postdesk.Postdesk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The value Postdesk's Settings switch reads and writes (postdesk.engine.autostart.WindowsRunKey).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "Postdesk"; \
  ValueData: "{code:RunAtLoginCommand}"; Tasks: startatlogin; Flags: uninsdeletevalue
; Removed on uninstall even when the app, not the installer, wrote it.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "Postdesk"; \
  Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ Quoted only when the path has a space: the same text as Python's subprocess.list2cmdline, which the app
  uses for this value, so the app's Settings sees the installer's choice as its own. }
function RunAtLoginCommand(Param: String): String;
begin
  Result := AddQuotes(ExpandConstant('{app}\{#AppExe}')) + ' --minimized';
end;

function UserDataDir(): String;
begin
  { platformdirs.user_data_dir("Postdesk", appauthor=False, roaming=True) on Windows. }
  Result := ExpandConstant('{userappdata}\Postdesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := UserDataDir();
  if not DirExists(DataDir) then
    Exit;
  { A silent uninstall (an upgrade script, an admin tool) never deletes what the user made. }
  if UninstallSilent then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('KeepDataQuestion'), [DataDir]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON1) = IDNO then
    DelTree(DataDir, True, True, True);
end;
