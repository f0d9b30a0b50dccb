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
    return 0;
}

} // namespace binhyen::cli
