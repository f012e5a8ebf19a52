; The Windows installer: dist/shelter-desk-VERSION-setup.exe (installer/build-windows.sh runs
; makensis with -DVERSION, -DBUNDLE, -DOUTFILE, -DICON and, when signing, -DSIGN).
;
; Per-user (no administrator rights; %LOCALAPPDATA%\Programs\shelter-desk) or per-machine
; (C:\Program Files\shelter-desk) install, a Start-menu entry and an optional desktop shortcut,
; an uninstaller in "Apps & features". The data folder is never inside the program folder and
; neither the upgrade nor the uninstaller ever touches it.
;
; Silent install for the IT (see docs/install.md):
;   shelter-desk-VERSION-setup.exe /S [/AllUsers | /CurrentUser] [/DESKTOP] [/SHAREDDATA]
;                                     [/SHAREDGROUP=SID-or-name] [/D=C:\path\to\program]
; /D= must come last and unquoted (NSIS's rule). /SHAREDDATA needs /AllUsers.

; A 64-bit installer for a 64-bit program (it also runs under a 64-bit-only Wine).
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "makensis -DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "makensis -DBUNDLE=path\to\shelter-desk (the PyInstaller folder)"
!endif
!ifndef OUTFILE
  !define OUTFILE "shelter-desk-${VERSION}-setup.exe"
!endif

!define APP "shelter-desk"
!define APP_NAME "shelter_desk"
!define PUBLISHER "shelter_desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define SETTINGS_KEY "Software\${PUBLISHER}\${APP}"
; The embedded store for every Windows account of the workstation (shared data folder option).
!define SHARED_DATA "$COMMONPROGRAMDATA\${APP}"
; BUILTIN\Users by its SID, so that it works on Dutch and French Windows too ("Gebruikers").
!define DEFAULT_SHARED_GROUP "*S-1-5-32-545"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
BrandingText "${APP_NAME} ${VERSION}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include Sections.nsh

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\shelter-desk-gui.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "French"

LangString SecProgram ${LANG_ENGLISH} "Program"
LangString SecProgram ${LANG_DUTCH} "Programma"
LangString SecProgram ${LANG_FRENCH} "Programme"
LangString SecProgramDesc ${LANG_ENGLISH} "shelter_desk and its Start-menu entry."
LangString SecProgramDesc ${LANG_DUTCH} "shelter_desk en de snelkoppeling in het menu Start."
LangString SecProgramDesc ${LANG_FRENCH} "shelter_desk et son raccourci dans le menu Démarrer."
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_DUTCH} "Snelkoppeling op het bureaublad"
LangString SecDesktop ${LANG_FRENCH} "Raccourci sur le bureau"
LangString SecDesktopDesc ${LANG_ENGLISH} "A shortcut on the desktop."
LangString SecDesktopDesc ${LANG_DUTCH} "Een snelkoppeling op het bureaublad."
LangString SecDesktopDesc ${LANG_FRENCH} "Un raccourci sur le bureau."
LangString SecShared ${LANG_ENGLISH} "Shared data folder (all Windows accounts)"
LangString SecShared ${LANG_DUTCH} "Gedeelde gegevensmap (alle Windows-accounts)"
LangString SecShared ${LANG_FRENCH} "Dossier de données partagé (tous les comptes Windows)"
LangString SecSharedDesc ${LANG_ENGLISH} "Keep the encrypted database in ProgramData, so every Windows account of this computer opens the same case files (each member of staff still needs their own shelter_desk password). Only for an installation for all users."
LangString SecSharedDesc ${LANG_DUTCH} "De versleutelde databank in ProgramData bewaren, zodat elke Windows-account van deze computer dezelfde dossiers opent (elke medewerker heeft nog altijd een eigen shelter_desk-wachtwoord nodig). Enkel bij een installatie voor alle gebruikers."
LangString SecSharedDesc ${LANG_FRENCH} "Garder la base de données chiffrée dans ProgramData, pour que chaque compte Windows de cet ordinateur ouvre les mêmes dossiers (chaque membre du personnel a toujours besoin de son propre mot de passe shelter_desk). Uniquement pour une installation pour tous les utilisateurs."
LangString SharedNeedsAll ${LANG_ENGLISH} "The shared data folder needs an installation for all users of this computer."
LangString SharedNeedsAll ${LANG_DUTCH} "De gedeelde gegevensmap vereist een installatie voor alle gebruikers van deze computer."
LangString SharedNeedsAll ${LANG_FRENCH} "Le dossier de données partagé nécessite une installation pour tous les utilisateurs de cet ordinateur."
LangString DataInDir ${LANG_ENGLISH} "This folder holds a shelter_desk database. Choose another folder for the program: the data must stay apart from it."
LangString DataInDir ${LANG_DUTCH} "Deze map bevat een shelter_desk-databank. Kies een andere map voor het programma: de gegevens moeten er los van blijven."
LangString DataInDir ${LANG_FRENCH} "Ce dossier contient une base de données shelter_desk. Choisissez un autre dossier pour le programme : les données doivent en rester séparées."
LangString StillRunning ${LANG_ENGLISH} "shelter_desk is still open. Close it (on every account of this computer), then run this again."
LangString StillRunning ${LANG_DUTCH} "shelter_desk is nog geopend. Sluit het (op elke account van deze computer) en start dit opnieuw."
LangString StillRunning ${LANG_FRENCH} "shelter_desk est encore ouvert. Fermez-le (sur chaque compte de cet ordinateur), puis relancez ceci."
LangString KeptData ${LANG_ENGLISH} "The case files were not removed. They stay in the data folder until someone deletes them on purpose."
LangString KeptData ${LANG_DUTCH} "De dossiers werden niet verwijderd. Ze blijven in de gegevensmap tot iemand ze bewust verwijdert."
LangString KeptData ${LANG_FRENCH} "Les dossiers n'ont pas été supprimés. Ils restent dans le dossier de données jusqu'à ce que quelqu'un les supprime délibérément."

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "EUPL-1.2"

; Authenticode: the installer and the uninstaller signed as makensis finishes them.
!ifdef SIGN
  !finalize '${SIGN} "%1"' = 0
  !uninstfinalize '${SIGN} "%1"' = 0
!endif

Var SharedGroup
Var SharedGroupGiven

Section "-check"
  Call CheckTarget
SectionEnd

Section "!$(SecProgram)" SEC_PROGRAM
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program's files; files of the old version that the new one no
  ; longer has must not linger. Only the program's own files go: never a data folder.
  Call RemoveProgram
  File /r "${BUNDLE}\*.*"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\shelter-desk-gui.exe" "" \
      "$INSTDIR\shelter-desk-gui.exe" 0

  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "Version" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\shelter-desk-gui.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" \
      '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" \
      '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SecDesktop)" SEC_DESKTOP
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\shelter-desk-gui.exe" "" \
      "$INSTDIR\shelter-desk-gui.exe" 0
SectionEnd

Section /o "$(SecShared)" SEC_SHARED
  ; Permissions are set when the folder is made, or when /SHAREDGROUP= says so. An upgrade (or a
  ; reinstall over a folder an uninstall left) keeps what the IT has set since.
  ${If} ${FileExists} "${SHARED_DATA}\*.*"
  ${AndIf} $SharedGroupGiven != 1
    DetailPrint "${SHARED_DATA}: permissions kept"
    Goto config
  ${EndIf}
  CreateDirectory "${SHARED_DATA}"
  ; Only SYSTEM, the administrators and the chosen group (every local account by default):
  ; no inherited rights, and no "creator owner" rule that would lock one account out of a file
  ; another account wrote. The database itself is encrypted; this keeps out everyone else.
  nsExec::ExecToLog 'icacls "${SHARED_DATA}" /inheritance:r /grant:r "*S-1-5-18:(OI)(CI)F" \
      "*S-1-5-32-544:(OI)(CI)F" "$SharedGroup:(OI)(CI)M"'
  Pop $0
  ${If} $0 != 0
    DetailPrint "icacls: $0"
    SetErrorLevel 2
    Abort
  ${EndIf}
  config:
  ; The program reads the folder from this file beside it (shelter_desk/paths.py).
  FileOpen $1 "$INSTDIR\shelter-desk.ini" w
  FileWrite $1 "; Written by the installer: the data folder shared by every Windows account.$\r$\n"
  FileWrite $1 "[data]$\r$\nfolder = ${SHARED_DATA}$\r$\n"
  FileClose $1
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_PROGRAM} $(SecProgramDesc)
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_DESKTOP} $(SecDesktopDesc)
  !insertmacro MUI_DESCRIPTION_TEXT ${SEC_SHARED} $(SecSharedDesc)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; A silent install skips .onVerifyInstDir (below): the same rules, checked before any file is
; written, and a failure is an exit code for the IT's script.
Function CheckTarget
  ${If} ${FileExists} "$INSTDIR\shelter.db"
  ${OrIf} ${FileExists} "$INSTDIR\keyslots.json"
    MessageBox MB_OK|MB_ICONSTOP "$(DataInDir)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ${If} ${SectionIsSelected} ${SEC_SHARED}
  ${AndIf} $MultiUser.InstallMode != "AllUsers"
    MessageBox MB_OK|MB_ICONSTOP "$(SharedNeedsAll)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd

; The program's own files, before an upgrade or on uninstall. A running program's .exe cannot
; be opened for writing: then nothing at all is removed, and the person is asked to close it.
!macro REMOVE_PROGRAM PREFIX
Function ${PREFIX}RemoveProgram
  ${ForEach} $R0 1 2 + 1
    ${If} $R0 == 1
      StrCpy $R1 "$INSTDIR\shelter-desk.exe"
    ${Else}
      StrCpy $R1 "$INSTDIR\shelter-desk-gui.exe"
    ${EndIf}
    ${If} ${FileExists} $R1
      ClearErrors
      FileOpen $R2 $R1 a
      ${If} ${Errors}
        MessageBox MB_OK|MB_ICONSTOP "$(StillRunning)" /SD IDOK
        SetErrorLevel 2
        Quit
      ${EndIf}
      FileClose $R2
    ${EndIf}
  ${Next}
  Delete "$INSTDIR\shelter-desk.exe"
  Delete "$INSTDIR\shelter-desk-gui.exe"
  RMDir /r "$INSTDIR\_internal"
FunctionEnd
!macroend
!insertmacro REMOVE_PROGRAM ""
!insertmacro REMOVE_PROGRAM "un."

Function .onInit
  SetRegView 64
  ; MultiUser sets the default folder (or the installed one); /D= from the IT comes first.
  StrCpy $R9 $INSTDIR
  !insertmacro MULTIUSER_INIT
  ${If} $R9 != ""
    StrCpy $INSTDIR $R9
  ${EndIf}
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SEC_DESKTOP}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/SHAREDDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SEC_SHARED}
  ${EndIf}
  ; An upgrade keeps the shared data folder that the installed version uses.
  ${If} ${FileExists} "$INSTDIR\shelter-desk.ini"
    !insertmacro SelectSection ${SEC_SHARED}
  ${EndIf}
  StrCpy $SharedGroup "${DEFAULT_SHARED_GROUP}"
  ClearErrors
  ${GetOptions} $R0 "/SHAREDGROUP=" $R1
  ${IfNot} ${Errors}
  ${AndIf} $R1 != ""
    StrCpy $SharedGroup $R1
    StrCpy $SharedGroupGiven 1
  ${EndIf}
FunctionEnd

; The program folder must never be (or hold) a data folder: the uninstaller empties it.
Function .onVerifyInstDir
  IfFileExists "$INSTDIR\shelter.db" bad
  IfFileExists "$INSTDIR\keyslots.json" bad
  Return
  bad:
    Abort
FunctionEnd

Section "Uninstall"
  ; The program's files only. The data folders (%LOCALAPPDATA%\shelter_desk, ProgramData\
  ; shelter-desk, or wherever --data-dir points) are never touched.
  Call un.RemoveProgram
  Delete "$INSTDIR\shelter-desk.ini"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
  DetailPrint "$(KeptData)"
SectionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd
