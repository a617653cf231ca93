# Tests the per-user .msi on a Windows machine: installs it silently (no elevation asked), checks the program, the
# Start-menu entry and the *.veerkracht association in HKCU, runs the installed `check` on an example, uninstalls
# and checks that the program is gone.
#
#   pwsh packaging/windows/test-msi.ps1 -Msi dist\Veerkrachtplanner-0.1.0.msi
param([Parameter(Mandatory = $true)][string]$Msi)
$ErrorActionPreference = "Stop"
$root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Msi = (Resolve-Path $Msi).Path
$exe = Join-Path $env:LOCALAPPDATA "Programs\Veerkrachtplanner\veerkrachtplanner.exe"
$shortcut = Join-Path $env:APPDATA "Microsoft\Windows\Start Menu\Programs\Veerkrachtplanner.lnk"

function Invoke-Msiexec([string[]]$Arguments) {
    $p = Start-Process msiexec.exe -ArgumentList $Arguments -Wait -PassThru
    if ($p.ExitCode -ne 0) { throw "msiexec $Arguments gaf $($p.ExitCode)" }
}

Invoke-Msiexec @("/i", "`"$Msi`"", "/qn", "/l*v", "`"$env:RUNNER_TEMP\install.log`"")
if (-not (Test-Path $exe)) { throw "niet geïnstalleerd in $exe" }
if (-not (Test-Path $shortcut)) { throw "geen Start-menu-snelkoppeling $shortcut" }
$progId = (Get-ItemProperty "HKCU:\Software\Classes\.veerkracht")."(default)"
if ($progId -ne "Veerkrachtplanner.Project") { throw ".veerkracht hoort bij '$progId'" }
$command = (Get-ItemProperty "HKCU:\Software\Classes\Veerkrachtplanner.Project\shell\open\command")."(default)"
if ($command -notlike "*veerkrachtplanner.exe*%1*") { throw "openen-opdracht is '$command'" }
Write-Host ".veerkracht -> $progId -> $command"
& $exe --version
& $exe check (Join-Path $root "projects\voorbeeld-gemeente.veerkracht")
if ($LASTEXITCODE -ne 0) { throw "check gaf $LASTEXITCODE" }

Invoke-Msiexec @("/x", "`"$Msi`"", "/qn")
if (Test-Path $exe) { throw "na verwijderen staat $exe er nog" }
if (Test-Path $shortcut) { throw "na verwijderen staat de snelkoppeling er nog" }
if (Test-Path "HKCU:\Software\Classes\Veerkrachtplanner.Project") { throw "na verwijderen is de koppeling er nog" }
Write-Host "Het .msi-pakket: per gebruiker geïnstalleerd, .veerkracht gekoppeld, weer verwijderd."
