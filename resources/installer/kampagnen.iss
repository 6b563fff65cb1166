; Inno Setup 6 script (6.3 or newer): turns the PyInstaller folder dist\kampagnen\ into
; dist\Kampagnen-Setup.exe. From the repository root, after the PyInstaller build:
;
;   iscc /DAppVersion=0.1.0 resources\installer\kampagnen.iss
;
; AppVersion is the version of desktop\__init__.py (__version__); the build passes it.
;
; Silent installation for administrators (software distribution, login scripts):
;
;   Kampagnen-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       [/DBURL=postgresql+psycopg://kampagnen@dbserver/kampagnen]
;       [/CONVERTER=auto|word|libreoffice] [/LANGUAGE=system|de|nl|en]
;       [/SENDER=info@example.org] [/CONFIG=\\server\share\kampagnen.json]
;
; The four value parameters write the machine-wide configuration
; {commonappdata}\Kampagnen\kampagnen.json (C:\ProgramData\Kampagnen\kampagnen.json), which
; the program reads as the defaults under each clerk's own settings (desktop\settings.py).
; /CONFIG= copies a prepared file there instead (see kampagnen.example.json). Without any of
; them an existing file is left as it is, so an update keeps the configuration. Passwords
; never go into that file: each clerk's password is kept in his or her Windows Credential
; Manager.
;
; A wrong parameter ends setup with exit code 1, a configuration that cannot be written
; with exit code 7; nothing is installed then. /LOG="C:\path\setup.log" records what was done.

#ifndef AppVersion
  #error Pass the program version: iscc /DAppVersion=X.Y.Z resources\installer\kampagnen.iss
#endif

; The repository root, two folders above this script.
#define Root AddBackslash(SourcePath) + "..\.."
#if !FileExists(Root + "\dist\kampagnen\kampagnen-gui.exe")
  #error dist\kampagnen\kampagnen-gui.exe is missing: build with PyInstaller on Windows first (see README)
#endif
#if !FileExists(Root + "\dist\kampagnen\kampagnen.exe")
  #error dist\kampagnen\kampagnen.exe is missing: build with PyInstaller on Windows first (see README)
#endif

[Setup]
; The AppId identifies the installation for updates and the uninstaller: never change it.
AppId={{6B1E8F3A-5C2D-4E7B-9A41-3F0C2D7E8B95}
AppName=Kampagnen
AppVersion={#AppVersion}
AppVerName=Kampagnen {#AppVersion}
AppPublisher=Kampagnen
VersionInfoProductName=Kampagnen
VersionInfoProductTextVersion={#AppVersion}
SourceDir={#Root}
OutputDir=dist
OutputBaseFilename=Kampagnen-Setup
DefaultDirName={autopf}\Kampagnen
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
; Program Files and the machine-wide configuration in ProgramData need an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
UninstallDisplayIcon={app}\kampagnen-gui.exe
UninstallDisplayName=Kampagnen {#AppVersion}
; A running Kampagnen is closed (and restarted afterwards) through the Restart Manager.
CloseApplications=yes
RestartApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
; The uninstaller removes the program folder only (see [UninstallDelete]).
; No %VARIABLE% names in these texts: a percent sign starts a placeholder (%1, %n).
de.ConfirmUninstall=Soll %1 von diesem Computer entfernt werden?%n%nEntfernt wird nur das Programm. Datenbank, Einstellungen, Vorlagen, Sicherungen und Protokolle der Benutzer (im Ordner AppData jedes Benutzers) und die Konfiguration des Administrators (im Ordner ProgramData) bleiben erhalten.
nl.ConfirmUninstall=Wilt u %1 van deze computer verwijderen?%n%nAlleen het programma wordt verwijderd. De database, instellingen, sjablonen, back-ups en logbestanden van de gebruikers (in de map AppData van elke gebruiker) en de configuratie van de beheerder (in de map ProgramData) blijven bewaard.
en.ConfirmUninstall=Do you want to remove %1 from this computer?%n%nOnly the program is removed. The users' database, settings, templates, backups and logs (in each user's AppData folder) and the administrator's configuration (in the ProgramData folder) are kept.

[CustomMessages]
de.BadParameter=Ungültiger Parameter %1: %2
nl.BadParameter=Ongeldige parameter %1: %2
en.BadParameter=Invalid parameter %1: %2
de.ConfigNotWritten=Die Konfiguration %1 konnte nicht geschrieben werden.
nl.ConfigNotWritten=De configuratie %1 kon niet worden geschreven.
en.ConfigNotWritten=The configuration %1 could not be written.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the libraries as a whole: a stale Qt plugin or DLL of the previous
; version left in _internal could be loaded by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\kampagnen\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The administrator's configuration stays when the program is uninstalled.
Name: "{commonappdata}\Kampagnen"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\Kampagnen"; Filename: "{app}\kampagnen-gui.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Kampagnen"; Filename: "{app}\kampagnen-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\kampagnen-gui.exe"; Description: "{cm:LaunchProgram,Kampagnen}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder goes: the installed files are removed by the uninstaller anyway,
; this also takes what was added to _internal later, then the folder if nothing else is in
; it. User data is never touched: the embedded database, settings.json, templates, backups
; and logs live in each user's %LOCALAPPDATA%\Kampagnen / %APPDATA%\Kampagnen, the
; administrator's kampagnen.json in {commonappdata}\Kampagnen, and the passwords in the
; Windows Credential Manager; none of them is listed here.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
const
  ConfigFolder = '{commonappdata}\Kampagnen';
  ConfigName = 'kampagnen.json';

{ True when /Name=value is on the command line; Value gets what follows the "=" (the last
  occurrence wins). Quotes around the value, /NAME="a b", are removed by Windows. }
function ParamValue(const Name: String; var Value: String): Boolean;
var
  I: Integer;
  Prefix, Param: String;
begin
  Result := False;
  Prefix := '/' + Name + '=';
  for I := 1 to ParamCount do
  begin
    Param := ParamStr(I);
    if CompareText(Copy(Param, 1, Length(Prefix)), Prefix) = 0 then
    begin
      Value := Copy(Param, Length(Prefix) + 1, Length(Param));
      Result := True;
    end;
  end;
end;

{ S as the body of a JSON string: quotes, backslashes and control characters escaped. }
function JsonEscape(const S: String): String;
var
  I: Integer;
  C: Char;
begin
  Result := '';
  for I := 1 to Length(S) do
  begin
    C := S[I];
    if C = '"' then
      Result := Result + '\"'
    else if C = '\' then
      Result := Result + '\\'
    else if Ord(C) < 32 then
      Result := Result + '\u' + Format('%.4x', [Ord(C)])
    else
      Result := Result + C;
  end;
end;

{ Appends "Key": "Value" to Lines when /Param= was given. }
procedure AddEntry(var Lines: TArrayOfString; const Param, Key: String);
var
  Value: String;
  N: Integer;
begin
  if not ParamValue(Param, Value) then
    Exit;
  N := GetArrayLength(Lines);
  if N > 1 then
    Lines[N - 1] := Lines[N - 1] + ',';
  SetArrayLength(Lines, N + 1);
  Lines[N] := '  "' + Key + '": "' + JsonEscape(Value) + '"';
end;

function IsOneOf(const Value, Allowed: String): Boolean;
begin
  Result := Pos('|' + Lowercase(Value) + '|', '|' + Allowed + '|') > 0;
end;

{ The file /CONFIG= names: as given (relative to the current folder), else next to setup. }
function ConfigSource(const Value: String): String;
begin
  Result := ExpandFileName(Value);
  if not FileExists(Result) then
    Result := ExpandConstant('{src}\') + Value;
end;

{ Empty if the parameters are usable, else the message why not. }
function CheckParameters: String;
var
  Value: String;
begin
  Result := '';
  if ParamValue('CONVERTER', Value) and not IsOneOf(Value, 'auto|word|libreoffice') then
    Result := FmtMessage(CustomMessage('BadParameter'), ['/CONVERTER', Value + ' (auto, word, libreoffice)'])
  else if ParamValue('LANGUAGE', Value) and not IsOneOf(Value, 'system|de|nl|en') then
    Result := FmtMessage(CustomMessage('BadParameter'), ['/LANGUAGE', Value + ' (system, de, nl, en)'])
  else if ParamValue('CONFIG', Value) and not FileExists(ConfigSource(Value)) then
    Result := FmtMessage(CustomMessage('BadParameter'), ['/CONFIG', Value + ' (file not found)'])
  else if ParamValue('CONFIG', Value) and (ParamValue('DBURL', Value) or ParamValue('CONVERTER', Value)
      or ParamValue('LANGUAGE', Value) or ParamValue('SENDER', Value)) then
    Result := FmtMessage(CustomMessage('BadParameter'), ['/CONFIG', 'put /DBURL, /CONVERTER, /LANGUAGE and /SENDER into the file instead']);
end;

{ Writes the machine-wide configuration; empty if done (or nothing to do), else the error. }
function WriteMachineConfig: String;
var
  Target, Source: String;
  Lines: TArrayOfString;
  Content: AnsiString;
begin
  Result := '';
  Target := ExpandConstant(ConfigFolder) + '\' + ConfigName;

  SetArrayLength(Lines, 1);
  Lines[0] := '{';
  AddEntry(Lines, 'DBURL', 'database_url');
  AddEntry(Lines, 'CONVERTER', 'pdf_converter');
  AddEntry(Lines, 'LANGUAGE', 'language');
  AddEntry(Lines, 'SENDER', 'mail_from');

  if not ParamValue('CONFIG', Source) and (GetArrayLength(Lines) = 1) then
  begin
    Log('No configuration parameters: ' + Target + ' is left as it is.');
    Exit;
  end;

  if not ForceDirectories(ExpandConstant(ConfigFolder)) then
  begin
    Result := FmtMessage(CustomMessage('ConfigNotWritten'), [Target]);
    Exit;
  end;
  { A parameter replaces the whole file; the previous one is kept next to it. }
  if FileExists(Target) then
    if LoadStringFromFile(Target, Content) then
      SaveStringToFile(Target + '.bak', Content, False);

  if ParamValue('CONFIG', Source) then
  begin
    { Byte for byte (the file is UTF-8); never an empty file when reading fails. }
    if not LoadStringFromFile(ConfigSource(Source), Content) then
      Result := FmtMessage(CustomMessage('BadParameter'), ['/CONFIG', Source + ' (unreadable)'])
    else if not SaveStringToFile(Target, Content, False) then
      Result := FmtMessage(CustomMessage('ConfigNotWritten'), [Target]);
  end
  else
  begin
    SetArrayLength(Lines, GetArrayLength(Lines) + 1);
    Lines[GetArrayLength(Lines) - 1] := '}';
    if not SaveStringsToUTF8FileWithoutBOM(Target, Lines, False) then
      Result := FmtMessage(CustomMessage('ConfigNotWritten'), [Target]);
  end;
  if Result = '' then
    Log('Machine-wide configuration written: ' + Target);
end;

function InitializeSetup: Boolean;
var
  Error: String;
begin
  Error := CheckParameters;
  Result := Error = '';
  if not Result then
  begin
    Log(Error);
    SuppressibleMsgBox(Error, mbCriticalError, MB_OK, IDOK);
  end;
end;

{ Before any file is copied: a configuration that cannot be written stops the installation
  with exit code 7, so a software distribution sees the failure. }
function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := WriteMachineConfig;
end;
