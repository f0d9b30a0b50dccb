<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountCommand</name>
    <message>
        <source>Usage: binhyen account recover --register FILE [--key-file FILE] --recovery-key-file FILE --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chief&apos;s account %1 has a new password and is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRepo</name>
    <message>
        <source>Recording the activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>This computer remembers no audit checkpoint of this register: it is checked on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain on this computer: the register cannot be checked against the audit checkpoint remembered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: binhyen audit verify --register FILE [--key-file FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRepo</name>
    <message>
        <source>The backup&apos;s manifest could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s manifest is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked: log on again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; must be recorded by a logged-on user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station signing key is missing: the audit checkpoints cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint %1 is missing (checkpoints were deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint %1 was changed after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint %1 does not carry a valid station signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register&apos;s newest audit checkpoint is %1, but checkpoint %2 was made before: checkpoints were deleted or an older copy of the register was put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint %1 is not the one remembered outside the register: the register was replaced by another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1, signed by checkpoint %2, is missing (rows were deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is missing (rows were deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 does not follow the row before it (rows were deleted, inserted or reordered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is not the row that checkpoint %2 signed: rows up to it were changed, deleted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 (%2) carries no valid signature: only the application&apos;s own events may be unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 names a signing key that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 is signed with the key of another user (written in someone else&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row %1 does not carry a valid signature of its user: it was changed, or rows before it were deleted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no audit row: it was written outside BinhYen (or before the audit trail, and a chief has not vouched for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed outside BinhYen: it does not match its last audit row (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted outside BinhYen (its last audit row is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>The backup file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was restored from %1. The file it replaced was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: binhyen restore --register FILE [--key-file FILE] --from BACKUP --user NAME</source>
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
    <name>CaseLabels</name>
    <message>
        <source>Tip linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera footage extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice posted to the Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect located</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (closure proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLinkRepo</name>
    <message>
        <source>Linking tips and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tip is not linked to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tip is already linked to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePersonRepo</name>
    <message>
        <source>Changing the case&apos;s persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not (or no longer) listed in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person&apos;s role: suspect, victim, witness or reporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already listed in this case as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a suspect has an outcome (identified, arrested, surrendered, handed over); %1 is listed as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case&apos;s persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepo</name>
    <message>
        <source>Reading the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time it happened must be between 1990 and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such hamlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened from tip %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed case can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work can only be given to an active officer or chief.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTimelineRepo</name>
    <message>
        <source>Reading the case&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the case&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time of the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s time is before 1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such officer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTimelineReport</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in charge</source>
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
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMELINE OF THE CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkflowRepo</name>
    <message>
        <source>This case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closure of this case is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is closed only when a chief approves its closure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown case status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure of this case is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case already has this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the outcome of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure of this case is already waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the closure is sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tip is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work is already given to this officer.</source>
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
    <name>CoverageRepo</name>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the Zalo group coverage</source>
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
    <name>CsvReader</name>
    <message>
        <source>%1 more errors are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
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
    <message>
        <source>Loading the demo register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register already holds data; the demo can only fill an empty register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s first account is not number 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is missing from this build.</source>
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
    <message>
        <source>This register has no account yet. The station chief sets it up with the register&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to this register.</source>
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
    <message>
        <source>
Setting up the station and its first chief (password from BINHYEN_PASSWORD):
  binhyen init ... --station-name NAME --parent-body NAME --commune-code DIGITS
               --province-code DIGITS --place-name NAME [--hamlets &quot;A;B;...&quot;]
               --chief-user USER --chief-name &quot;FULL NAME&quot;
Acting as a user (password from BINHYEN_PASSWORD or typed, never an argument):
  binhyen backup ... [--user USER]                 audited as that user
  binhyen restore ... --user USER                  a chief only
  binhyen audit verify --register FILE [--key-file FILE]
Demo accounts: truong (chief), canbo1, canbo2 (officers), thanhtra (inspector);
password BinhYen-demo-2020.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips:
  binhyen import tips --register FILE [--key-file FILE] --user USER --csv FILE
               [--encoding utf-8|windows-1258|tcvn3|vni] [--skip-bad-rows]
  binhyen import residents --register FILE [--key-file FILE] --user USER --file CSV
               [--encoding utf-8|windows-1258|tcvn3|vni] [--skip-bad-rows]
  binhyen search --register FILE [--key-file FILE] --user USER [--limit N] &quot;QUERY&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics:
  binhyen stats --register FILE [--key-file FILE] --user USER --month YYYY-MM
               [--out FILE]                        the month&apos;s figures as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report (a chief; docs/REPORT-PACKAGE.md):
  binhyen report --register FILE [--key-file FILE] --user USER --month YYYY-MM
               --format pdf --out FILE         the report to the province (PDF)
  binhyen report ... --format json --out FILE      the signed report package
  binhyen report ... --format csv --out FOLDER     its tables as CSV files
  binhyen verify-package FILE [--public-key KEY]   check a package (exit 7 if not intact)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityRepo</name>
    <message>
        <source>ALARM: the identity sealing public key has been replaced: identities recorded now would not be readable by the chiefs. Stop recording informants&apos; identities and report this to the provincial police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not belong to this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALARM: the station&apos;s signing public key has been replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The informant records could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed identity of tip %1 cannot be opened with the chiefs&apos; identity key: it was sealed to another key or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed identity of tip %1 has been swapped: it was sealed for another tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No informant with this pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The informants&apos; merges form a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no identity to seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tip already has a sealed informant identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s identity key is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for seeing who gave this tip: it is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tip has no sealed informant identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for merging the two pseudonyms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two pseudonyms are already the same informant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed identity has an unknown format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed identity key left for this chief cannot be opened or is not signed by the station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>line %1: refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: binhyen import tips --register FILE [--key-file FILE] --user NAME --csv FILE [--encoding ENCODING] [--skip-bad-rows]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding: %1 (utf-8, utf-8-bom, windows-1258, tcvn3, vni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows refused: %1. Nothing was imported (--skip-bad-rows imports the rest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: binhyen import residents --register FILE [--key-file FILE] --user NAME --file CSV [--encoding ENCODING] [--skip-bad-rows]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorCatalog</name>
    <message>
        <source>Tips received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— through the hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— through the Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— from security cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— crime reports (tố giác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— crime information (tin báo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— prosecution requests (kiến nghị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— public feedback (phản ánh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not security or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not classified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuable tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime tips forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— forwarded in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— solved with the public&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects arrested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— caught in the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons who surrendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost persons found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value returned (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons and explosives handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass movement models in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— linked households (liên gia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— security cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— alarm bells (tiếng kẻng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— social evils prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— helping people live well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— other models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplary models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo groups in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— with a Zalo group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households connected through Zalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo members warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo members removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips received from the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases and suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help to residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The movement of all people to protect national security</source>
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
    <message>
        <source>Setting up the station needs --station-name, --parent-body, --commune-code, --province-code and --place-name (missing: --%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first chief needs --chief-user and --chief-name (missing: --%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station set up; its first chief is the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station set up; the first chief&apos;s account is created at the first start.</source>
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
    <name>LegalForms</name>
    <message>
        <source>%1, on %2/%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…… h …… min, on ……/……/………</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min, on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Signature, full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who gave the information did not give their identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card No.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued on, by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship to the matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and objects handed over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s name for the tip&apos;s date is missing (station identity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip&apos;s received time and content are needed for the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECORD OF RECEIPT OF INFORMATION ABOUT A CRIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, %1, of %2, received the information about a crime (tip No. %3, by %4) from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was read back to the person who gave the information, who agreed with its content and signed it together with the receiving officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE PERSON GIVING THE INFORMATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE RECEIVING OFFICER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of receipt of tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- As above;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Filed: case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer slip of tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLIP TRANSFERRING INFORMATION ABOUT A CRIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pursuant to Articles 145 and 146 of the Criminal Procedure Code 2015;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transfers the information about a crime No. %2, received at %3 by %4, to %5 for handling within its competence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and objects enclosed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHIEF OF THE COMMUNE POLICE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalFormsPrinter</name>
    <message>
        <source>Receipt record (Mẫu 01) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer slip (Mẫu 03) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt record names the informant, as the law requires. Printing is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The informant did not give an identity: the record says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer slip goes to %1 with the tip&apos;s documents. It never names the informant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the investigating body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file will contain the informant&apos;s name and identity. Keep it in a safe place and delete it when it is no longer needed. Saving it is recorded in the audit trail. Save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer slip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalFormsRepo</name>
    <message>
        <source>Reading the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station identity (name, parent body) is recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown form: %1.</source>
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
    <name>MobilisedRepo</name>
    <message>
        <source>Recording the mobilised residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resident&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down how the resident agreed to take part (consent note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the joining date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leaving date %1 is before the joining date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model had already ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the leaving date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such mobilised resident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthLockRepo</name>
    <message>
        <source>Reading the month reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 has not ended yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 is already locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the correction is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of %1 have not changed since they were issued: there is nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Month %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure of a month already reported has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures corrected by this report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the figures of months already reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1, %2: reported %3, now %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: VT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORRECTION REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report corrects report No. %1 of %2. Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. THE SITUATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. RESULTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. SHORTCOMINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. TASKS FOR NEXT MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The above is the report of %1 on the results of building the movement of all people to protect national security in %2./.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commune police of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of building the movement of all people to protect national security in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD OF THE COMMUNE POLICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON BEHALF OF THE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPUTY HEAD OF THE COMMUNE POLICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the political security and social order in the commune were basically stable. During the month %2 received %3 tips from the public (previous month: %4), of which %5 were of value; %6 cases were solved, %7 of them with the public&apos;s help. The hamlets&apos; Zalo groups cover %8 of %9 hamlets, connecting %10 households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commune police of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some residents still hesitate to report what they see; tips that arrive at night are not always verified within the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the hamlets&apos; Zalo groups active and answered during office hours; verify every tip within the legal time; hold a residents&apos; meeting in each hamlet without a Zalo group; report valuable tips to the chief for recognition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips received per month, by channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementLabels</name>
    <message>
        <source>Lost person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons, explosives, firecrackers handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person persuaded to surrender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents&apos; meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propaganda session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots security force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementRecords</name>
    <message>
        <source>Reading the hamlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no hamlet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hamlet %1 does not exist on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no officer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementRepo</name>
    <message>
        <source>Changing the movement register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model type &quot;%1&quot; is no longer used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the model&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, teams, members and households cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hamlet Zalo group must cover at least one hamlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hamlet Zalo group keeps its type, and another model cannot become one: end the model and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model already ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the movement register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the model types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the model type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model type &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hamlet Zalo group type is always in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such model type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeHours</name>
    <message>
        <source>&apos;%1&apos; is not a period of office hours: write it as 07:30-11:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &apos;%1&apos; the end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; overlaps the period before it or is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one period of office hours, e.g. 07:30-11:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day: use 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one office day, e.g. 1,2,3,4,5 (Monday to Friday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Cannot write the PDF file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the document.</source>
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
    <message>
        <source>change a tip&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose that a tip was valuable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm that a tip was valuable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extend a tip&apos;s verification period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the legal rules and days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose closing a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or send back a case&apos;s closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign tips and cases to officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link a tip to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlink a tip from a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark that a tip contributed to a case&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge duplicate person records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the hamlets and their neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the legal forms of a tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import data from a file (the old tip register, residents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock a month and issue its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue a correction report for a locked month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the monthly report to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDuplicates</name>
    <message>
        <source>Looking for duplicate persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same ID number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar names: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging the persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different persons to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonMatch</name>
    <message>
        <source>A phone number holds only digits (spaces and dots are allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has 9 to 11 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number (CCCD or CMND) holds only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 12 digits (CCCD) or 9 digits (old CMND); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspect&apos;s times cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caught in the act: give the time of the arrest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrest cannot be before the suspect was identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over cannot be before the suspect was identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over cannot be before the arrest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepo</name>
    <message>
        <source>Saving the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such hamlet or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the person&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceEditRepo</name>
    <message>
        <source>Changing the hamlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such hamlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind: hamlet, neighbourhood, village or residential group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hamlet&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a hamlet %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of households cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the commune code (digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name is the same as the old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hamlet %1 is valid from %2 to %3: the new name must start within that period, after its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hamlet %1 already ceased on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hamlet %1 only exists from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceRepo</name>
    <message>
        <source>Reading or changing the places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residential group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place cannot be its own neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no place %1.</source>
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
    <name>ReportCommand</name>
    <message>
        <source>Usage: binhyen report --register FILE [--key-file FILE] --user NAME --month YYYY-MM --format pdf|json|csv --out FILE|FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output already exists; BinhYen never overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use pdf, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 is not locked: the report is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1 written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is not empty; BinhYen never overwrites files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportNarrativeRepo</name>
    <message>
        <source>Reading the text of the monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section of the report is longer than %1 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of recipients is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is signed by an active chief of the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who signs the report is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPackage</name>
    <message>
        <source>The report holds a number that is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is intact, but its origin is not proven: give the station&apos;s registered public key to prove who signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is intact and was signed by the station&apos;s registered key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was changed after it was signed: do not use its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not signed by the given station key: it does not come from that station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package format version is not supported by this BinhYen: update BinhYen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a BinhYen report package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report package could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentImport</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number (CCCD/CMND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household note / role in the hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 column(s) where the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the full name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the year of birth &quot;%2&quot; is not a year between 1900 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the ID number &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the ID number &quot;%2&quot; lost its leading 0 in the spreadsheet: read as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the phone number &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the hamlet &quot;%2&quot; is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household / role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentImportRepo</name>
    <message>
        <source>Importing the residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a residents sheet (more than 64 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the ID number %2 is already in the register (%3): skipped, not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the phone number %2 is already in the register (%3): skipped, not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the ID number %2 is the same as on line %3: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the phone number %2 is the same as on line %3: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a residents sheet: no column for the full name (ho_ten) (first line: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultRepo</name>
    <message>
        <source>Recording the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents and property returned have a value (VND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewChoices</name>
    <message>
        <source>Denunciation (tố giác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime report (tin báo về tội phạm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to prosecute (kiến nghị khởi tố)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and order report (phản ánh ANTT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a security and order matter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueueRepo</name>
    <message>
        <source>Reading the review queue</source>
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
    <name>RulesRepo</name>
    <message>
        <source>The legal rules could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a value of zero or more, a date and the legal source of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule already has a value from %1: choose another date (past values are never rewritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day and its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a listed day off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Usage: binhyen search --register FILE [--key-file FILE] --user NAME [--limit N] QUERY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchRepo</name>
    <message>
        <source>The search could not be run.</source>
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
    <name>StationHistoryRepo</name>
    <message>
        <source>Reading or changing the station&apos;s identity history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station has no identity on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the change took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the report recipient and the province&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an identity from %1; rows are never rewritten: enter the change from another date.</source>
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
    <message>
        <source>Only the identity key is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chief&apos;s signing key is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationRepo</name>
    <message>
        <source>The station&apos;s details could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the superior body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commune code has digits only (e.g. 26698).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province code has digits only (e.g. 77).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the place name for the date line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Usage: binhyen stats --register FILE [--key-file FILE] --user NAME --month YYYY-MM [--out FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists; BinhYen never overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsDrillRepo</name>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the records behind a figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsRepo</name>
    <message>
        <source>Counting the month&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsSeriesRepo</name>
    <message>
        <source>Computing the series of the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (YYYY-MM).</source>
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
    <name>SuggestionRepo</name>
    <message>
        <source>There is no such case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1258 (VN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCVN3 (ABC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNI Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipDraftRepo</name>
    <message>
        <source>The draft tip could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s identity key is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipImport</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old number</source>
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
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received time &quot;%1&quot; is not a date and time (dd/MM/yyyy HH:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &quot;%1&quot; is not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification &quot;%1&quot; is not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is new: added as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hamlet &quot;%1&quot; is not known: kept in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer &quot;%1&quot; has no account: kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in the old register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not recognised: imported as new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipImportRepo</name>
    <message>
        <source>Importing the tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a tip register: no column for %1 (first line: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipIntake</name>
    <message>
        <source>The register could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such tip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipListRepo</name>
    <message>
        <source>Reading the tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TipMatching</name>
    <message>
        <source>%1 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minute(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbouring %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at %1, when it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at %1, %2 after it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at %1, %2 before it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same licence plate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared words: %1</source>
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
    <name>TipWorkflowRepo</name>
    <message>
        <source>Changing the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is not possible for a tip with the status &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding needs the receiving body and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forwarding time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip cannot be forwarded before it was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip cannot duplicate itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duplicate tip or one outside public order cannot be valuable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tip is already proposed or confirmed as valuable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposal that this tip was valuable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification period has already been extended twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a classification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip already has this classification.</source>
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
    <name>UserSession</name>
    <message>
        <source>Password of %1 (it is not shown), then Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set the environment variable BINHYEN_PASSWORD or run the command at a terminal to type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password of %1 (it is not shown), then Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same password again, then Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command acts as a user: give --user NAME (the password is asked for).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPackageCommand</name>
    <message>
        <source>Month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: draft (not locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: issued, number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: binhyen verify-package FILE [--public-key KEY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--public-key needs the station&apos;s public key: 44 characters of base64, or a file holding them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZaloModerationRepo</name>
    <message>
        <source>Recording the group&apos;s moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether members were warned or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of members must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is not a hamlet Zalo group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; was not running on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZaloNotice</name>
    <message>
        <source>The commune police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 informs residents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen vehicle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees this person or vehicle, please tell the commune police at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees this person or vehicle, please call the commune police at once: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not chase or detain anyone yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a lost person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees this person, please keep them safe and tell the commune police at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees this person, please keep them safe and call the commune police at once: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZaloNoticeRepo</name>
    <message>
        <source>Recording the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice&apos;s text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside office hours (%1). The hamlet Zalo groups take posts in office hours only, unless urgent. Next opening: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such tip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::AccountListModel</name>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change the password at the next logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logon lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::AuditListModel</name>
    <message>
        <source>Logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant identity sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant identity revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant pseudonyms merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity key renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity key alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System clock moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing record vouched for by a chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant identity sealed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuable tip proposed or decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification period extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form saved as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice posted to the Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closure proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closure reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case timeline event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip linked to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip unlinked from a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip&apos;s contribution to a case marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added to a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person removed from a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate persons merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person record removed by a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbouring hamlets changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Linked tips that contributed to the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::SessionController</name>
    <message>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BinhYen found signs that the register was changed outside the program. Check the audit trail (Administration → Audit trail) and the backups.</source>
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
    <message>
        <source>Informant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::TipWindowModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::AccountFormDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. canbo3 (letters without accents, digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Thiếu úy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cán bộ Công an xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user name and the full name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted: an account no longer in use is deactivated, and everything it did stays in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the identity &amp;sealing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created. Its user must change the temporary password at the first logon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset; it must be changed at the next logon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the account %1 (%2)? It can no longer log on; it is kept, with everything it did, and can be reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the identity sealing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was a chief and could open sealed informant identities. Renew the identity sealing key now, so the old key no longer opens them? This needs the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing the identity sealing key re-seals every informant identity under a new key pair. It needs the station&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity sealing key was not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity sealing key was renewed; %1 identities were sealed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ActionDialog</name>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ActivitiesTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities: %1 · attending in all: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(commune-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;mlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the chain of the audit trail, every signature and checkpoint, and each audited record against its last recorded state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %1 newest entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has been altered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact (%1 entries checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries after the last checkpoint are not yet signed by a chief.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseDetailsTab</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case&apos;s fields (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose closure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ve closure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in &amp;charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s lists could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed as solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed as unsolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the station chief assigns a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure waits for the chief&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure proposal already waits for the chief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not propose a closure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the station chief approves a closure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closure proposal waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose closing case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the case (what was done, what was found):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was &amp;solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve closing case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send case %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the closure sent back? The officer will see your comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseFields</name>
    <message>
        <source>dd/MM/yyyy HH:mm (empty when unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occurred at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no hamlet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the case a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time it occurred as dd/MM/yyyy HH:mm, or leave it empty when unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseLinksTab</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
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
    <message>
        <source>Contributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips &amp;linked to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked tips could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested tips (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the tip helped the result (the chief decides, with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the station chief marks a tip as having contributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or F2 to edit the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the station chief unlinks a tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the selected tip from the case, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected suggested tip to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed, or your role may not link tips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip %1 contributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip %1 did not contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did tip %1 contribute to the result of the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did tip %1 not contribute to the result?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the link (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is tip %1 unlinked from the case?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseListPage</name>
    <message>
        <source>Search cases: words without accents are fine (cay cam, trom xe may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cases assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for the chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the cases whose closure waits for the chief&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on to search and filter the cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not open cases.</source>
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
</context>
<context>
    <name>binhyen::ui::CasePersonsPanel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect &amp;outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught in the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surrendered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed or waits for review: it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a suspect has an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this case? The person&apos;s record stays in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CasePromptDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the text asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseSuggestionsDialog</name>
    <message>
        <source>Suggested cases for tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred at</source>
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
        <source>Why it is suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link the tip to this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not link tips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open case looks related to this tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open cases that may be related (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the link (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseTimelineTab</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (Ctrl+Enter adds the event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the event to the timeline (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseWindow</name>
    <message>
        <source>Post to &amp;Zalo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the notice for the hamlet Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Linked tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 — BinhYen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed, or your role may not post notices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CaseWindows</name>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a case from the selected tip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case from the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tip in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested cases for the selected tip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by a chief. Choose your own password before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ChiefPage</name>
    <message>
        <source>The first chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station chief&apos;s own account. The chief manages the other accounts and is the only one who can see who gave a confidential tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the chief&apos;s user name and full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CorrectionDialog</name>
    <message>
        <source>Issue a correction — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report no. %1 of %2 stays stored unchanged. A correction report with its own number will carry the month&apos;s figures as they are now and the differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (required): why the correction is issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the note of the correction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::CoverageTab</name>
    <message>
        <source>Coverage &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 hamlets have a Zalo group · %3 households connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::DashboardPage</name>
    <message>
        <source>My tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tips of the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 24 hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tips not yet classified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today (%1): &lt;b&gt;%2&lt;/b&gt; tips &amp;nbsp;·&amp;nbsp; This month: &lt;b&gt;%3&lt;/b&gt; tips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::DrillDialog</name>
    <message>
        <source>Records behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 (from %4 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to open this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the selected tip or case; Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::DuplicatesDialog</name>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the &amp;left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into the &amp;right…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge person records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 (record %2) and merge %3 (record %4) into it: the cases and the movement register follow, empty fields are filled, the merged record is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::FirstRunWizard</name>
    <message>
        <source>Bình Yên — set up the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::HamletsPage</name>
    <message>
        <source>Hamlets and neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, with its kind: &quot;Ấp Cây Cám&quot;, &quot;Khu phố 3&quot;, &quot;Thôn Đông&quot;, &quot;Tổ dân phố 5&quot;. A name without a kind is taken as an ấp. More can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::HolidaysPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the holiday (e.g. Tết Nguyên đán)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added as a day off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a day off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ImportDialog</name>
    <message>
        <source>Import the old tip register (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BinhYen field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (as it will be imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the old tip register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recognised; check the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(detected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed on import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1; with errors: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct the file or tick &quot;Skip the rows with errors&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tip(s) (%1 – %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binhyen::ui::LockScreen</name>
    <message>
        <source>Bình Yên — screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bình Yên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on as someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by %1 (%2). Enter %1&apos;s password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::LogonDialog</name>
    <message>
        <source>Bình Yên — log on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bình Yên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
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
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics &amp; reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part will come in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on to record a tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the old tip register (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the station chief reviews the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import residents from a hamlet&apos;s sheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is logged on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MobilisedDialog</name>
    <message>
        <source>New mobilised resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new person, entered below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when the resident agreed to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the re&amp;gister:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;mlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consent note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered person matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MobilisedTab</name>
    <message>
        <source>All residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking &amp;part on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;leaving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilised residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobilised resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ModelDialog</name>
    <message>
        <source>Edit model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xemplary (advanced model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts about security and order only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours only, except urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hamlets covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;useholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group r&amp;ules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a Zalo group: the households connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ModelsTab</name>
    <message>
        <source>In force &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors read the register but do not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day it no longer runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ModerationDialog</name>
    <message>
        <source>Zalo group: warning or removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was posted, which rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Zalo group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MonthFilter</name>
    <message>
        <source>Only the mon&amp;th:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::MovementPage</name>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo &amp;coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;bilised residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zalo groups: moderation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::NeighboursDialog</name>
    <message>
        <source>Neighbouring hamlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hamlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bordering hamlets (tick them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice about one hamlet also goes to the Zalo groups of the hamlets that border it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the neighbours of %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the neighbours of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case from tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is opened from tip %1, which will be linked to it. Check the fields taken from the tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::OfficeHoursDialog</name>
    <message>
        <source>Office hours of the Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers post to the hamlet Zalo groups in office hours only, unless the notice is urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = Monday … 7 = Sunday, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days (1 = Monday … 7 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PasswordFields</name>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a temporary password: at least 10 characters mixing letters, digits and signs. The user must change it at the next logon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is strong enough. The user must change it at the next logon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PeoplePage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (accents not needed), or 3 digits or more of a phone or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate persons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on to search the persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not change person records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected person&apos;s record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person records that may be the same person, to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the station chief merges duplicate person records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, a phone number or a CCCD number to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 persons: type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PersonDetailsPanel</name>
    <message>
        <source>Choose a person in the list to see their record and their cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double click opens the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles in cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PersonFormDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCCD: 12 digits (old CMND: 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The register may already hold this person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chief can merge the records (Administration → Duplicate persons…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PersonPickerDialog</name>
    <message>
        <source>Add a person to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (accents not needed), phone or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person from the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::PlacesDialog</name>
    <message>
        <source>Hamlets of the commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename from a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;households…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the station chief edits the hamlets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a hamlet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the ha&amp;mlet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row is no longer valid: it is kept for old records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day: %1. Kept for the old records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the kind, e.g. Cây Cám</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Households:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the &amp;hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hamlet stays in the register for the old records; it is no longer offered after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
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
<context>
    <name>binhyen::ui::RecoveryKeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only this once. Without it, the register cannot be opened on another computer, and a chief who forgets the password cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery sheet (or copy the key by hand), sign it and keep it locked in the station&apos;s safe. Do not keep it on this computer, in e-mail or in Zalo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down / printed the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet saved: %1. Print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery-sheet.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RegisterTools</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors read the register but do not change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ReportDialog</name>
    <message>
        <source>Monthly report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. The &amp;situation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. S&amp;hortcomings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. &amp;Tasks for next month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients (one per line; &quot;Archive: VT.&quot; is added):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S: keeps this text as a new version (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the signed &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;CSV tables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month %1 is not locked: the report is a DRAFT, marked on every page. A chief locks the month in the statistics view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report No. %1 issued on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the signed package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report package (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed package was saved in %1. The province checks it with the station&apos;s public key (Administration → Station signing key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables were saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the station chief exports the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the report was changed and not saved. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password for %1 (%2). They must change it at their next logon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to them in person, never in a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ResidentImportDialog</name>
    <message>
        <source>Import residents from a hamlet&apos;s sheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file saved from the hamlet&apos;s sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BinhYen field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
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
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (as it will be imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lines, as decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors, duplicates and warnings by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the hamlet&apos;s residents sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recognised; check the first lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(detected: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the register: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1; to import: %2; with errors: %3; already in the register: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct the file or tick &quot;Skip the rows with errors&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n resident(s); %1 already in the register were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ResultDialog</name>
    <message>
        <source>New result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (đồng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ha&amp;mlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents and property returned carry a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value in đồng, for example 1.500.000, or untick &quot;Valued at&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ResultsTab</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: %1 · value returned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RevealDialog</name>
    <message>
        <source>Informant identity — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip %1, informant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An informant&apos;s identity is kept secret (Criminal Procedure Code, Articles 484–486). Write why you need to see it and for which task: the reason and the reveal are recorded in the audit trail under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for viewing (at least %1 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: call the informant back to verify the theft reported on 03/09</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing this identity has been recorded in the audit trail. It is hidden again when this window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason in at least %1 characters: why the identity is needed and for which task. It is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ReviewPage</name>
    <message>
        <source>Tips not yet classified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tip has been classified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines due within 24 hours (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed as valuable tips (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tip waits for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases proposed for closure (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm valuable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve closure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm tip %1 as valuable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not confirm tip %1 as valuable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the closure of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send case %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is missing: the officer in charge reads this comment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ReviewSection</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RuleChangeDialog</name>
    <message>
        <source>Change a legal rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier values stay in the register: deadlines before this date keep the old value. The change is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::RulesDialog</name>
    <message>
        <source>Legal deadlines and days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rule a new value from a date, with its legal source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new value applies from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::SessionActions</name>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who gave this tip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the sealed identity of the selected tip&apos;s informant, with a written reason (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;deadlines and days off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neighbouring hamlets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office hours of the Zalo groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate persons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt record (Mẫu 01)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt record of the selected tip (Mẫu 01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print transfer slip (Mẫu 03)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer slip of the selected forwarded tip (Mẫu 03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post lost-person notice to Zalo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice about the lost person for the hamlet Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify the selected tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected tip to an officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tip&apos;s informant identity is sealed: only a chief can print its receipt record, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a forwarded tip has a transfer slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a tip about a lost person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt record (Mẫu 01) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt record names the informant %1. Write why it is printed: the reason and the reveal are recorded in the audit trail under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason in at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hamlets of the commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Station identity over time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station signing &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StationHistoryDialog</name>
    <message>
        <source>Station identity over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a row from a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the station chief changes the station&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New station identity row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &amp;name (date line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vince code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provin&amp;ce name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StationKeyDialog</name>
    <message>
        <source>Station signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report packages this station sends are signed with this key. The province registers the public key and its fingerprint once, then checks every package with it (binhyen verify-package FILE --public-key KEY). Read the fingerprint to the province by telephone or send it in writing: if the fingerprints differ, the packages do not come from this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (base64):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StationPage</name>
    <message>
        <source>The station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it is written at the top of the station&apos;s documents. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superior body *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province code *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name for the date line *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StatisticsPage</name>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjustments to locked months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on to see the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked, report no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: issued %3, now %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adjustments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chief of the station can lock a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month is already locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the month&apos;s figures as issued in the monthly report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock %1? Its figures will be stored as issued and can then only be changed by a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this table as a CSV file that Excel opens (the export is recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a c&amp;orrection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the monthly report of this month for the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure or press Enter to list the records behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports &amp;issued for the month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chief of the station can issue a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a locked month can be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a correction report of this month (đính chính) with the figures as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction no. %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 — correction issued %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1 — original report, issued %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report issued: the month is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the audit checkpoint could not be kept in this computer&apos;s keychain (%1). The report is issued; keep the backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::StatsChartsPanel</name>
    <message>
        <source>Click a bar to list the tips behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips received per month by channel (12 months to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips of %1 by classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips of %1 by classification: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips of %1 by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo groups by hamlet on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hamlets have a Zalo group in force; %3 of %4 households are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households connected (hamlet with a group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet without a group (households)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of %1 (property returned worth %2 đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::SuspectOutcomeDialog</name>
    <message>
        <source>Suspect outcome — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caught in the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surrendered (đầu thú)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handed over to the investigating body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::TipFormDialog</name>
    <message>
        <source>The summary or the details repeat the informant&apos;s name or phone number. Remove them: only the sealed identity may hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved tip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved tip from %1 was found (the form was closed without saving). Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The informant&apos;s identity was sealed in the draft and cannot be shown again: ask for it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this tip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip has not been saved. Discard what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamlet Zalo group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security camera (footage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified (sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant identity — sealed on saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters, accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denunciation (tố giác)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime report (tin báo về tội phạm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecution request (kiến nghị khởi tố)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public order report (phản ánh ANTT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a security matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate — report at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what happened, where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
        <source>Zalo group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informant</source>
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
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sealed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Mẫu 01 now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt record (Mẫu 01) with the informant&apos;s identity typed in this form; printing is recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::TipListPage</name>
    <message>
        <source>Search tips: words without accents are fine (lang dai, trom cap, 72E1-123.45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denunciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crime report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecution petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security and order report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a security matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hamlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::TipStatusDialog</name>
    <message>
        <source>%1 — tip %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Investigation police of the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer slip number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB-NNNN/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original tip number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the investigating body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn into a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a security and order matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose as a valuable tip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm as a valuable tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the forwarding time as dd/MM/yyyy HH:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the original tip&apos;s number as TB-NNNN/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tip %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ZaloModerationTab</name>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;warning or removal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group to see its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts about security and order only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts on any subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours only, except urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At any hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rules written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members warned: %1 · removed from the group: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zalo group moderation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>binhyen::ui::ZaloNoticeDialog</name>
    <message>
        <source>Notice to the hamlet Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost-person notice to the hamlet Zalo groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. man, about 25, black jacket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. red Honda Wave motorbike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. about 70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 72F1-123.45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which hamlet groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice (edit before posting):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent (may be posted outside office hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is outside the groups&apos; office hours and the notice is not marked urgent. Record it as posted anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
