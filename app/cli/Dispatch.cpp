#include "app/cli/Dispatch.h"

#include <QCoreApplication>

namespace binhyen {

int dispatch(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return 0;
}

} // namespace binhyen
