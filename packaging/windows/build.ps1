<#
.SYNOPSIS
    Builds the Windows installer for Boernesamtale: a per-user install without administrator
    rights (packaging\windows\borne-samtale.iss).

.DESCRIPTION
    Run from anywhere on a Windows 10/11 x64 build machine that has Python 3.11 (64-bit) and
    Inno Setup 6.3 or newer; signing also needs signtool.exe from the Windows SDK.

        powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

    Steps: a virtual environment in .venv with the pinned versions (constraints.txt), the
    English translation compiled, the PyInstaller one-folder build in dist\borne-samtale, the
    smoke test (packaging\smoke_test.py), optional code signing, then the installer
    dist\borne-samtale-<version>-setup.exe. The version is the one the built program reports
    (borne_samtale.__version__); nothing here repeats it.

    Code signing (an IT step; see packaging\README.md): give the SHA-1 thumbprint of the
    organisation's code-signing certificate, installed in the current user's certificate
    store, and the RFC 3161 timestamp server that IT or the certificate's vendor names.
    The two programs are signed before they are packed, Setup and the uninstaller by Inno
    Setup. With -SignAll every unsigned .exe, .dll and .pyd in the bundle is signed too, for
    machines whose application control (WDAC, AppLocker) requires signed code.

    This script was written on Linux and has not been run on Windows yet.

.EXAMPLE
    packaging\windows\build.ps1

    -Publisher sets the publisher shown in "Installed apps" (the organisation's name).

.EXAMPLE
    packaging\windows\build.ps1 -CertThumbprint 0000000000000000000000000000000000000000 -TimestampUrl <the timestamp server IT names>
#>
[CmdletBinding()]
param(
    [string]$Python = "py",
    [string[]]$PythonArgs = @("-3.11"),
    [string]$Iscc = "",
    [string]$SignTool = "signtool.exe",
    [string]$CertThumbprint = "",
    [string]$TimestampUrl = "",
    [string]$Publisher = "",
    [switch]$SignAll
)

$ErrorActionPreference = "Stop"
$root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $root

function Invoke-Checked {
    param([string]$File, [string[]]$Arguments)
    Write-Host "> $File $($Arguments -join ' ')"
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$File exited with $LASTEXITCODE"
    }
}

function Find-Iscc {
    if ($Iscc) { return $Iscc }
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    foreach ($candidate in $candidates) {
        if (Test-Path $candidate) { return $candidate }
    }
    throw "ISCC.exe (Inno Setup 6.3 or newer) was not found; pass -Iscc <path>"
}

function Invoke-Sign {
    param([string[]]$Files)
    $arguments = @("sign", "/sha1", $CertThumbprint, "/fd", "sha256",
                   "/tr", $TimestampUrl, "/td", "sha256", "/d", "Boernesamtale") + $Files
    Invoke-Checked $SignTool $arguments
}

$signing = [bool]$CertThumbprint
if ($signing -and -not $TimestampUrl) {
    throw "-CertThumbprint needs -TimestampUrl: without a timestamp the signature ends with the certificate"
}
$isccPath = Find-Iscc

# 1. The virtual environment, with the versions pinned in constraints.txt.
$venvPython = Join-Path $root ".venv\Scripts\python.exe"
if (-not (Test-Path $venvPython)) {
    Invoke-Checked $Python ($PythonArgs + @("-m", "venv", ".venv"))
}
Invoke-Checked $venvPython @("-m", "pip", "install", "--quiet", "-c", "constraints.txt", "-e", ".[package]")

# 2. The compiled translations (build output, never committed).
foreach ($ts in Get-ChildItem "resources\translations\*.ts") {
    $qm = [System.IO.Path]::ChangeExtension($ts.FullName, ".qm")
    Invoke-Checked (Join-Path $root ".venv\Scripts\pyside6-lrelease.exe") @("-silent", $ts.FullName, "-qm", $qm)
}

# 3. The one-folder build and its smoke test. (The smoke test keeps its vaults in a temporary
#    folder; the window may read, not write, the build account's settings under
#    HKCU\Software\borne-samtale.)
if (Test-Path "dist\borne-samtale") { Remove-Item -Recurse -Force "dist\borne-samtale" }
Invoke-Checked (Join-Path $root ".venv\Scripts\pyinstaller.exe") @(
    "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build", "packaging\borne-samtale.spec")
Invoke-Checked $venvPython @("packaging\smoke_test.py", "dist\borne-samtale")

$versionLine = & "dist\borne-samtale\borne-samtale.exe" --version
if ($LASTEXITCODE -ne 0 -or -not ($versionLine -match '^borne-samtale (\S+)$')) {
    throw "borne-samtale.exe --version printed '$versionLine'"
}
$version = $Matches[1]
Write-Host "Version $version"

# 4. Code signing of what goes into the installer.
if ($signing) {
    $files = @("dist\borne-samtale\borne-samtale.exe", "dist\borne-samtale\Boernesamtale.exe")
    if ($SignAll) {
        $files += Get-ChildItem "dist\borne-samtale\_internal" -Recurse -Include *.exe, *.dll, *.pyd |
            Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -eq "NotSigned" } |
            ForEach-Object { $_.FullName }
    }
    Invoke-Sign $files
} else {
    Write-Warning "Not signed: Windows SmartScreen will warn about the installer. See packaging\README.md."
}

# 5. The installer.
$isccArgs = @("/Q", "/DAppVersion=$version")
if ($Publisher) {
    # The organisation shown as the publisher in "Installed apps".
    $isccArgs += "/DPublisher=$Publisher"
}
if ($signing) {
    # Inno Setup replaces $f with the file to sign and $q with a quote.
    $signCommand = '$q' + $SignTool + '$q sign /sha1 ' + $CertThumbprint +
        ' /fd sha256 /tr ' + $TimestampUrl + ' /td sha256 /d Boernesamtale $f'
    $isccArgs += @("/DSIGN", "/Sbornesamtale=$signCommand")
}
Invoke-Checked $isccPath ($isccArgs + @("packaging\windows\borne-samtale.iss"))

$setup = "dist\borne-samtale-$version-setup.exe"
if ($signing) {
    Invoke-Checked $SignTool @("verify", "/pa", "/v", $setup)
}
Write-Host "Built $setup"
