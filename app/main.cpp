#include "app/cli/Dispatch.h"

int main(int argc, char** argv) {
    return binhyen::dispatch(argc, argv);
}
