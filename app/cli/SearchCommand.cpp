#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/KeySources.h"
#include "app/cli/UserSession.h"
#include "models/repo/tips/SearchRepo.h"
#include "models/store/Register.h"

#include <QCoreApplication>

namespace binhyen::cli {

// binhyen search --register F [--key-file K] --user U [--limit N] "QUERY"
// Prints every matching record number (tips TB-…, cases VV-…), one a line, newest first; nothing
// else on stdout.
int runSearch(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    const QStringList words = args.words().mid(1);
    const QString usageText = QCoreApplication::translate(
        "SearchCommand",
        "Usage: binhyen search --register FILE [--key-file FILE] --user NAME [--limit N] QUERY");
    if (path.isEmpty() || words.isEmpty() || !args.has(QStringLiteral("user")))
        return usage(usageText);
    int limit = 0;
    if (args.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return usage(usageText);
    }
    auto opened = openAsUser(args);
    if (!opened)
        return exitForOpenError(opened.error());
    Register* const reg = opened.value().reg.get();
    const Session& user = opened.value().session;
    auto hits = SearchRepo(reg->database()).search(user, words.join(QLatin1Char(' ')), limit);
    if (!hits)
        return fail(hits.error());
    for (const SearchHit& hit : hits.value())
        out(hit.number);
    return 0;
}

} // namespace binhyen::cli
