# Packs an already-built veerkrachtplanner.exe as a per-user .msi (WiX v3: candle + light), no admin rights needed:
#
#   pwsh packaging/windows/build-msi.ps1 -Binary target\release\veerkrachtplanner.exe [-OutDir dist]
#
# The version is the one the program reports (veerkrachtplanner --version). WiX v3 is found through %WIX% (set by
# its installer, e.g. `choco install wixtoolset`) or on PATH. Prints the path of the .msi.
param(
    [Parameter(Mandatory = $true)][string]$Binary,
    [string]$OutDir = "target\msi"
)
$ErrorActionPreference = "Stop"
$root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Binary = (Resolve-Path $Binary).Path
$version = ((& $Binary --version) -split ' ')[1]
if ($version -notmatch '^\d+\.\d+\.\d+$') { throw "'$Binary --version' gaf geen versie x.y.z: '$version'" }

$candle = $null
if ($env:WIX -and (Test-Path (Join-Path $env:WIX "bin\candle.exe"))) { $candle = Join-Path $env:WIX "bin\candle.exe" }
if (-not $candle) { $candle = (Get-Command candle.exe -ErrorAction Stop).Source }
$light = Join-Path (Split-Path $candle) "light.exe"

New-Item -ItemType Directory -Force $OutDir | Out-Null
$obj = Join-Path $OutDir "main.wixobj"
$msi = Join-Path $OutDir "Veerkrachtplanner-$version.msi"
& $candle -nologo -arch x64 "-dVersion=$version" "-dBinaryPath=$Binary" "-dIconDir=$root\assets\icons" `
    -out $obj (Join-Path $root "packaging\windows\main.wxs") | Write-Host
if ($LASTEXITCODE -ne 0) { throw "candle.exe faalde ($LASTEXITCODE)" }
# ICE91 warns that files go to a per-user folder: that is the point of a per-user install.
& $light -nologo -sice:ICE91 -out $msi $obj | Write-Host
if ($LASTEXITCODE -ne 0) { throw "light.exe faalde ($LASTEXITCODE)" }
Write-Output $msi
