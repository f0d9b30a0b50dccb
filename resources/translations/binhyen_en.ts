<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Backup</name>
    <message>
        <source>The backup folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be given its final name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be used: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied next to the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current register could not be moved aside; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored register could not be put in place; the original was put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Usage: binhyen backup --register FILE [--key-file FILE] --to FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: binhyen restore --register FILE [--key-file FILE] --from BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was restored from %1. The file it replaced was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupLogRepo</name>
    <message>
        <source>Recording the backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup history failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepo</name>
    <message>
        <source>Reading the cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See docs/CLI.md or run: binhyen help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>A protected value could not be opened: wrong key, or it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRepo</name>
    <message>
        <source>Generating the demo months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo story must be loaded before its recent months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiSession</name>
    <message>
        <source>This computer&apos;s keychain has no key for this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key kept in this computer&apos;s keychain no longer opens this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BinhYen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>BinhYen — register of tips and of the movement for national security protection

  binhyen [--register FILE]                      open the register in a window
  binhyen init --register FILE --recovery-key-out FILE [--register-key-out FILE]
               [--recovery-sheet-out PDF]        create an empty register
  binhyen demo --register FILE --recovery-key-out FILE [--register-key-out FILE]
                                                 create the demo register
  binhyen key sqlcipher-shell --register FILE [--key-file FILE]
  binhyen key recover --register FILE --recovery-key-file FILE
  binhyen key rekey --register FILE [--key-file FILE] --recovery-key-out FILE
  binhyen backup --register FILE [--key-file FILE] --to FOLDER
  binhyen restore --register FILE [--key-file FILE] --from BACKUP

Exit codes: 0 ok, 1 usage, 2 invalid input, 3 no or wrong key, 4 damaged or newer
register, 5 not permitted, 6 busy, 7 verification failed. Details: docs/CLI.md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Usage: binhyen %1 --register FILE --recovery-key-out FILE [--register-key-out FILE] [--recovery-sheet-out PDF]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo register created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is in %1: print it (or write it down), keep it offline, then delete that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>The register key is stored in this computer&apos;s keychain again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: binhyen key rekey --register FILE [--key-file FILE] --recovery-key-out FILE [--register-key-out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has a new key. The new recovery key is in %1; the old recovery key no longer opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: binhyen key sqlcipher-shell|recover|rekey --register FILE …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFiles</name>
    <message>
        <source>The key file does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file&apos;s first line is not a BinhYen register key (64 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySources</name>
    <message>
        <source>No key for this register: give --key-file, store the key on this computer with &apos;binhyen key recover&apos;, or run the command at a terminal to type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key (it is not shown), then Enter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>This computer has no usable keychain (secret service), so the register key cannot be remembered here. Open the register with the recovery key each time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This register was written by a newer version of BinhYen (schema %1; this version knows up to %2). Install the newer BinhYen; the register was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the register to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>read the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an informant&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see who gave a confidential tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge informant pseudonyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign an audit checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew the identity key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the station&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with the role &apos;%1&apos; may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key has 36 letters and digits in groups of four; this one does not look like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has 36 letters and digits in groups of four; %1 were typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key contains a typing mistake (its checksum does not match). Check each group again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>RECOVERY KEY OF THE BINHYEN REGISTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to keep this sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet on paper only, in a locked place (a safe). Never store it on a computer or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever holds this sheet can open the register and the sealed informant compartment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is needed when this computer&apos;s keychain is lost or when the register moves to another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never photograph this sheet and never send it by Zalo or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this sheet is lost or exposed, the chief must rekey the register at once; rekeying issues a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of receipt: ....../....../..........</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE CHIEF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BinhYen register recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterFile</name>
    <message>
        <source>The register is on a network share. BinhYen refuses to open it there because the file can be corrupted; copy it to this computer&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the register cannot be written (read-only). BinhYen needs to write next to the register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file is empty or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file is damaged (truncated). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; BinhYen never overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the new register does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterLock</name>
    <message>
        <source>This register is already open in another BinhYen window (on %1). Use that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCipherResult</name>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query contains no SQL statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one SQL statement can be executed at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch: %1 expected, %2 bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is not prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationKeyRepo</name>
    <message>
        <source>The station keys could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account holds no copy of the station&apos;s keys (only chiefs do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station has no keys yet (first-run set-up not done).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>BinhYen was built with the wrong encryption engine and refuses to run. Reinstall BinhYen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s integrity check found damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file is damaged or is not a BinhYen register. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file or its folder cannot be written (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is busy with another program. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file cannot be opened (missing, or the folder is not accessible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was refused because it conflicts with data already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register reported an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file is damaged: some pages are unreadable. Restore it from a backup; the damaged file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this register (wrong key, or the file is not a BinhYen register). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is available for the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipRepo</name>
    <message>
        <source>Reading the tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip needs a received time and a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepo</name>
    <message>
        <source>The accounts could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must mix at least three of: lower-case letters, capital letters, digits, other signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this user name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be processed (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is already set up: its first chief exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no password yet; a chief must set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password %1 times: this account is locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. %n attempt(s) left before the account is locked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This account has no signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s signing key cannot be opened with its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active chief&apos;s account is restored with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last chief&apos;s account cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new chief receives the station keys with a password: create the chief&apos;s account, or reset this account&apos;s password after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account with the user name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was changed outside BinhYen (its signature does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user&apos;s signing key was replaced outside BinhYen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n more minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binhyen::CaseListModel</name>
    <message>
        <source>Opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linked tips, %2 of them contributed to the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::SqlCipherDriver</name>
    <message>
        <source>Unable to open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to close the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::TipListModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MainWindow</name>
    <message>
        <source>BinhYen — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BinhYen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tips could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %1 newest tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %1 newest cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register of tips and of the movement for national security protection, for commune police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BinhYen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BinhYen, version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RecoveryKeyDialog</name>
    <message>
        <source>Open the register with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from the recovery sheet the station chief keeps (36 letters and digits in groups of four).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
