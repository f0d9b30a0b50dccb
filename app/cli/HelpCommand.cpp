#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"

#include <QCoreApplication>

namespace binhyen::cli {

int runHelp() {
    out(QCoreApplication::translate(
        "HelpCommand",
        "BinhYen — register of tips and of the movement for national security protection\n"
        "\n"
        "  binhyen [--register FILE]                      open the register in a window\n"
        "  binhyen init --register FILE --recovery-key-out FILE [--register-key-out FILE]\n"
        "               [--recovery-sheet-out PDF]        create an empty register\n"
        "  binhyen demo --register FILE --recovery-key-out FILE [--register-key-out FILE]\n"
        "                                                 create the demo register\n"
        "  binhyen key sqlcipher-shell --register FILE [--key-file FILE]\n"
        "  binhyen key recover --register FILE --recovery-key-file FILE\n"
        "  binhyen key rekey --register FILE [--key-file FILE] --recovery-key-out FILE\n"
        "  binhyen backup --register FILE [--key-file FILE] --to FOLDER\n"
        "  binhyen restore --register FILE [--key-file FILE] --from BACKUP\n"
        "\n"
        "Exit codes: 0 ok, 1 usage, 2 invalid input, 3 no or wrong key, 4 damaged or newer\n"
        "register, 5 not permitted, 6 busy, 7 verification failed. Details: docs/CLI.md"));
    out(QCoreApplication::translate(
        "HelpCommand",
        "\n"
        "Setting up the station and its first chief (password from BINHYEN_PASSWORD):\n"
        "  binhyen init ... --station-name NAME --parent-body NAME --commune-code DIGITS\n"
        "               --province-code DIGITS --place-name NAME [--hamlets \"A;B;...\"]\n"
        "               --chief-user USER --chief-name \"FULL NAME\"\n"
        "Acting as a user (password from BINHYEN_PASSWORD or typed, never an argument):\n"
        "  binhyen backup ... [--user USER]                 audited as that user\n"
        "  binhyen restore ... --user USER                  a chief only\n"
        "  binhyen audit verify --register FILE [--key-file FILE]\n"
        "Demo accounts: truong (chief), canbo1, canbo2 (officers), thanhtra (inspector);\n"
        "password BinhYen-demo-2020."));
    out(QCoreApplication::translate(
        "HelpCommand",
        "Tips:\n"
        "  binhyen import tips --register FILE [--key-file FILE] --user USER --csv FILE\n"
        "               [--encoding utf-8|windows-1258|tcvn3|vni] [--skip-bad-rows]\n"
        "  binhyen import residents --register FILE [--key-file FILE] --user USER --file CSV\n"
        "               [--encoding utf-8|windows-1258|tcvn3|vni] [--skip-bad-rows]\n"
        "  binhyen search --register FILE [--key-file FILE] --user USER [--limit N] \"QUERY\""));
    out(QCoreApplication::translate(
        "HelpCommand",
        "Statistics:\n"
        "  binhyen stats --register FILE [--key-file FILE] --user USER --month YYYY-MM\n"
        "               [--out FILE]                        the month's figures as JSON"));
    out(QCoreApplication::translate(
        "HelpCommand",
        "The monthly report (a chief; docs/REPORT-PACKAGE.md):\n"
        "  binhyen report --register FILE [--key-file FILE] --user USER --month YYYY-MM\n"
        "               --format pdf --out FILE         the report to the province (PDF)\n"
        "  binhyen report ... --format json --out FILE      the signed report package\n"
        "  binhyen report ... --format csv --out FOLDER     its tables as CSV files\n"
        "  binhyen verify-package FILE [--public-key KEY]   check a package (exit 7 if not "
        "intact)"));
    return 0;
}

} // namespace binhyen::cli
