#include "tests/bench/BenchQueries.h"

#include "tests/bench/BenchData.h"

namespace binhyen::bench {

using namespace Qt::StringLiterals;

QStringList benchQueries() {
    return {u"lang dai"_s,
            u"Láng Dài"_s,
            u"LANG DAI"_s,
            u"dat do"_s,
            u"trom cap"_s,
            u"trom cap xe may"_s,
            QString::fromLatin1(kRecurringPlate),
            u"72e112345"_s,
            u"0938456789"_s,
            QString::fromLatin1(kRecurringPhone),
            u"cay cam"_s,
            u"Cây Cám"_s,
            u"bau rang"_s,
            u"dong hung"_s,
            u"phuoc long tho"_s,
            u"ma tuy"_s,
            u"danh bai"_s,
            u"xo xat quan nhau"_s,
            u"giat dien thoai"_s,
            u"nguoi la"_s,
            u"may bom"_s,
            u"xe dap dien truong"_s,
            u"trom*"_s,
            u"nguyen van hai"_s,
            u"muong thuy loi"_s,
            u"xe tai bien so"_s,
            u"tau ngam"_s};
}

} // namespace binhyen::bench
