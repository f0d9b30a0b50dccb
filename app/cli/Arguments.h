#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace binhyen {

// Command-line arguments: words (the command and positional arguments) and --options, in any
// order. "--name value" and "--name=value" both work; flags take no value.
class Arguments {
public:
    Arguments(const QStringList& args, const QSet<QString>& flags);

    const QStringList& words() const { return m_words; }
    QString word(int i) const { return m_words.value(i); }
    bool has(const QString& name) const {
        return m_options.contains(name) || m_flags.contains(name);
    }
    QString value(const QString& name) const { return m_options.value(name); }
    // Options given but not in `known` (for a usage error).
    QStringList unknown(const QSet<QString>& known) const;
    // An option that needs a value came last with none.
    QString missingValue() const { return m_missingValue; }

private:
    QStringList m_words;
    QHash<QString, QString> m_options;
    QSet<QString> m_flags;
    QString m_missingValue;
};

} // namespace binhyen
