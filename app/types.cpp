#include "types.h"

QString platformName(Platform platform)
{
    return platform == Platform::Windows ? QStringLiteral("Windows") : QStringLiteral("Android");
}
