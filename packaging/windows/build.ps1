<#
.SYNOPSIS
    Membangun SP Desktop untuk Windows: folder program beku (PyInstaller) dan SP-Desktop-Setup-<versi>.exe (Inno Setup).

.DESCRIPTION
    From the repository root or anywhere else (paths are taken from this script's folder):
      1. a virtual environment in build\venv-win with the project and its `package` extra (PyInstaller);
      2. the icon packaging\windows\sp-desktop.ico, made by make_ico.py from packaging\icons;
      3. PyInstaller with packaging\sp_desktop.spec -> build\dist\sp-desktop\sp-desktop.exe, then checks
         that `sp-desktop.exe --version` prints the version of sp_desktop/__init__.py;
      4. Inno Setup's ISCC with packaging\windows\sp_desktop.iss -> build\installer\SP-Desktop-Setup-<versi>.exe.
    The installer's Indonesian messages are Inno Setup's unofficial Indonesian.isl (not shipped with Inno
    Setup): downloaded once from a pinned commit and checked against its SHA-256, or given with
    -IndonesianIsl on a machine without network. Nothing is cached outside build\.
    Works with Windows PowerShell 5.1 and PowerShell 7.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
.EXAMPLE
    pwsh packaging\windows\build.ps1 -Python "C:\Python311\python.exe" -SkipInstaller
#>
[CmdletBinding()]
param(
    # The Python 3.11+ that creates the build venv.
    [string]$Python = "python",
    # ISCC.exe; found on PATH or in the usual Inno Setup folders when not given.
    [string]$Iscc = "",
    # A local Indonesian.isl (offline builds); its SHA-256 is checked all the same.
    [string]$IndonesianIsl = "",
    # Build the frozen folder only, no installer.
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3.0

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Build = Join-Path $Root "build"
$Venv = Join-Path $Build "venv-win"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
$Dist = Join-Path $Build "dist\sp-desktop"
$Exe = Join-Path $Dist "sp-desktop.exe"
$Icon = Join-Path $PSScriptRoot "sp-desktop.ico"
$InstallerDir = Join-Path $Build "installer"

# Inno Setup's unofficial Indonesian translation, pinned: the commit of jrsoftware/issrc and the file's SHA-256.
$IslCommit = "b88bd653e04a59f9e84483d7186cfca383b8abff"
$IslUrl = "https://raw.githubusercontent.com/jrsoftware/issrc/$IslCommit/Files/Languages/Unofficial/Indonesian.isl"
$IslSha256 = "06232EFFF765902DDF7BE78E39F1C5471B7E35F4C7C537DEEB76692F3B5E208D"

function Step([string]$Text) {
    Write-Host ""
    Write-Host "==> $Text"
}

function Invoke-Native {
    # Runs a program and stops the build when it exits non-zero (Windows PowerShell 5.1 has no
    # $PSNativeCommandUseErrorActionPreference).
    param([Parameter(Mandatory = $true)][string]$FilePath, [string[]]$Arguments = @())
    & $FilePath @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "Gagal (kode keluar $LASTEXITCODE): $FilePath $($Arguments -join ' ')"
    }
}

function Find-Iscc {
    if ($Iscc) {
        if (-not (Test-Path -LiteralPath $Iscc)) { throw "ISCC tidak ditemukan: $Iscc" }
        return $Iscc
    }
    $onPath = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $roots = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs")) |
        Where-Object { $_ }
    foreach ($folder in $roots) {
        foreach ($name in @("Inno Setup 7", "Inno Setup 6")) {
            $candidate = Join-Path $folder "$name\ISCC.exe"
            if (Test-Path -LiteralPath $candidate) { return $candidate }
        }
    }
    throw "Inno Setup (ISCC.exe) tidak ditemukan. Pasang Inno Setup 6 atau 7 (https://jrsoftware.org/isdl.php) atau beri -Iscc <path>."
}

function Get-IndonesianIsl {
    $target = Join-Path $Build "windows\Indonesian.isl"
    if ($IndonesianIsl) {
        $source = $IndonesianIsl
    } else {
        $source = $target
        if (-not (Test-Path -LiteralPath $target)) {
            New-Item -ItemType Directory -Force -Path (Split-Path $target) | Out-Null
            Write-Host "Mengunduh terjemahan Indonesia Inno Setup: $IslUrl"
            [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
            Invoke-WebRequest -UseBasicParsing -Uri $IslUrl -OutFile $target
        }
    }
    $hash = (Get-FileHash -Algorithm SHA256 -LiteralPath $source).Hash
    if ($hash -ne $IslSha256) {
        throw "Indonesian.isl tidak cocok (SHA-256 $hash, seharusnya $IslSha256): $source"
    }
    return (Resolve-Path -LiteralPath $source).Path
}

Set-Location $Root

Step "Lingkungan Python di $Venv"
if (-not (Test-Path -LiteralPath $VenvPython)) {
    Invoke-Native $Python @("-m", "venv", $Venv)
}
Invoke-Native $VenvPython @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Native $VenvPython @("-m", "pip", "install", "--quiet", "${Root}[package]")
# pip only warns about an unknown extra: make sure PyInstaller really is there.
Invoke-Native $VenvPython @("-m", "PyInstaller", "--version")

$Version = (& $VenvPython -c "import sp_desktop; print(sp_desktop.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "Versi sp_desktop tidak terbaca" }
Write-Host "Versi: $Version"

Step "Ikon $Icon"
Invoke-Native $VenvPython @((Join-Path $PSScriptRoot "make_ico.py"), "--out", $Icon)

Step "PyInstaller -> $Dist"
Invoke-Native $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean",
    "--distpath", (Join-Path $Build "dist"), "--workpath", (Join-Path $Build "pyinstaller"),
    (Join-Path $Root "packaging\sp_desktop.spec"))
if (-not (Test-Path -LiteralPath $Exe)) { throw "Berkas program tidak terbentuk: $Exe" }

$printed = (& $Exe --version | Out-String).Trim()
if ($LASTEXITCODE -ne 0 -or $printed -ne "SP Desktop $Version") {
    throw "sp-desktop.exe --version mencetak '$printed' (kode $LASTEXITCODE), seharusnya 'SP Desktop $Version'"
}
$size = (Get-ChildItem -LiteralPath $Dist -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("Folder program: {0:N1} MB" -f ($size / 1MB))

if ($SkipInstaller) {
    Write-Host "Selesai (tanpa penginstal): $Dist"
    exit 0
}

Step "Inno Setup -> $InstallerDir"
$isccExe = Find-Iscc
$isl = Get-IndonesianIsl
New-Item -ItemType Directory -Force -Path $InstallerDir | Out-Null
Invoke-Native $isccExe @("/Q", "/DAppVersion=$Version", "/DSourceDir=$Dist", "/DIconFile=$Icon",
    "/DIndonesianIsl=$isl", "/O$InstallerDir", (Join-Path $PSScriptRoot "sp_desktop.iss"))
$setup = Join-Path $InstallerDir "SP-Desktop-Setup-$Version.exe"
if (-not (Test-Path -LiteralPath $setup)) { throw "Penginstal tidak terbentuk: $setup" }
Write-Host ("Penginstal: {0} ({1:N1} MB)" -f $setup, ((Get-Item -LiteralPath $setup).Length / 1MB))
