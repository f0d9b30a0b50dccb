#include "app/cli/Arguments.h"

namespace binhyen {

Arguments::Arguments(const QStringList& args, const QSet<QString>& flags) {
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_words.append(a);
            continue;
        }
        QString name = a.mid(2);
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            m_options.insert(name.left(eq), name.mid(eq + 1));
        } else if (flags.contains(name)) {
            m_flags.insert(name);
        } else if (i + 1 < args.size()) {
            m_options.insert(name, args.at(++i));
        } else {
            m_missingValue = name;
        }
    }
}

QStringList Arguments::unknown(const QSet<QString>& known) const {
    QStringList out;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (!known.contains(it.key()))
            out.append(QStringLiteral("--") + it.key());
    }
    for (const QString& f : m_flags) {
        if (!known.contains(f))
            out.append(QStringLiteral("--") + f);
    }
    out.sort();
    return out;
}

} // namespace binhyen
