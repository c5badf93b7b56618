; Inno Setup script of SP Desktop: SP-Desktop-Setup-<versi>.exe, a per-user install without admin rights.
;
; Compiled by packaging/windows/build.ps1, which passes what changes from build to build:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=<repo>\build\dist\sp-desktop /DIconFile=<...>\sp-desktop.ico
;        /DIndonesianIsl=<...>\Indonesian.isl /O<repo>\build\installer packaging\windows\sp_desktop.iss
;
; Where things live (an upgrade or an uninstall touches only the first):
;   program   {localappdata}\Programs\SP Desktop   ({autopf} when installing without admin rights)
;   projects  {localappdata}\SP Desktop            (platformdirs' user data folder: proyek.spdb, the
;                                                   error log; never installed to, never deleted)
;   settings  HKCU\Software\SP Desktop\SP Desktop   (QSettings: recent files, window sizes)
;
; AppId is fixed for ever: a newer installer finds the older install by it and replaces it in place.

#ifndef AppVersion
  #error AppVersion tidak diberikan: jalankan packaging\windows\build.ps1
#endif
#ifndef SourceDir
  #error SourceDir tidak diberikan: jalankan packaging\windows\build.ps1
#endif
#ifndef IconFile
  #error IconFile tidak diberikan: jalankan packaging\windows\build.ps1
#endif
#ifndef IndonesianIsl
  #error IndonesianIsl tidak diberikan: jalankan packaging\windows\build.ps1
#endif

#define AppName "SP Desktop"
#define AppExe "sp-desktop.exe"
#define ProgId "SPDesktop.Project"

[Setup]
AppId={{1820B55B-0115-4B93-8224-C3CF38A1AE3C}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Menyusun, membahas, menetapkan, dan memelihara Standar Pelayanan perangkat daerah
; Per user, no UAC prompt: {autopf} is then %LOCALAPPDATA%\Programs and HKA is HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=SP-Desktop-Setup-{#AppVersion}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
ChangesAssociations=yes
; A running SP Desktop is asked to close before its files are replaced (Restart Manager).
CloseApplications=yes
RestartApplications=no
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
; Default.isl first: a message the (unofficial) Indonesian file lacks falls back to English instead
; of failing the build; every message it has is Indonesian.
Name: "id"; MessagesFile: "compiler:Default.isl,{#IndonesianIsl}"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade drops the previous version's libraries first, so no file of an older build lingers
; beside the new one. This is the program folder only; projects are never here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Standar Pelayanan dan Maklumat Pelayanan"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .spdb opens with SP Desktop on a double-click, with its own icon; all under HKCU\Software\Classes.
Root: HKCU; Subkey: "Software\Classes\.spdb"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.spdb\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Proyek SP Desktop"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".spdb"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what it installed and nothing else, so the projects
; folder {localappdata}\SP Desktop and the settings stay for the next install.

[Code]
function DataFolder(): String;
begin
  Result := AddBackslash(Lowercase(ExpandConstant('{localappdata}\{#AppName}')));
end;

// Runs in silent installs too (unlike a wizard page check): the program must never go into the
// projects folder, or replacing and uninstalling the program would touch the projects.
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  Target: String;
begin
  Result := '';
  Target := AddBackslash(Lowercase(ExpandConstant('{app}')));
  if (Pos(DataFolder(), Target) = 1) or (Pos(Target, DataFolder()) = 1) then
    Result := 'Folder ' + ExpandConstant('{app}') + ' menyimpan (atau memuat) proyek SP Desktop. ' +
      'Pilih folder lain untuk program, misalnya ' + ExpandConstant('{autopf}\{#AppName}') + '.';
end;
