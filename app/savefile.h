#pragma once
// Writing a whole file at once, replacing it only when every byte is on disk: QR codes and run logs.

#include <QByteArray>
#include <QString>

namespace SaveFile {

// Writes `bytes` to `path` through a temporary file renamed over it. Empty when written; otherwise the
// system's reason ("No space left on device", "File too large"…), and `path` is left as it was.
QString replace(const QString& path, const QByteArray& bytes);

} // namespace SaveFile
