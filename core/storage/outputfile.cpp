#include "outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace herald {

namespace {

// What went wrong with a file device, in the system's words. A write the system cut
// short (it took part of the data, then refused the rest) leaves Qt without a reason: on
// a folder without free space that is the full disk, said as the system says it. An empty
// `path` is standard output.
Error failed(const QString &path, const QFileDevice &out, const QString &folder = {})
{
    Text reason(out.errorString());
    if (reason.isEmpty() || reason.english() == QLatin1StringView("Unknown error")) {
        const QStorageInfo disk(folder);
        reason = !folder.isEmpty() && disk.isValid() && disk.bytesAvailable() < 4096
                     ? Text(QString::fromLocal8Bit(std::strerror(ENOSPC)))
                     : Text::tr("the system took only part of the data");
    }
    if (path.isEmpty())
        return Error::runtime(Text::tr("cannot write to standard output: %1").arg(reason));
    return Error::runtime(Text::tr("cannot write %1: %2").arg(path, reason));
}

// Streams into an open device (standard output when `path` is empty, a FIFO, a device
// node) and checks that every byte got out.
Result<qint64> writeInPlace(QFile &out, const QString &path, const std::function<Result<qint64>(QIODevice &)> &write)
{
    auto written = write(out);
    const bool flushed = out.flush();
    if (!flushed || out.error() != QFileDevice::NoError)
        return failed(path, out);
    return written; // or the writer's own error
}

} // namespace

Result<qint64> writeFile(const QString &path, const std::function<Result<qint64>(QIODevice &)> &write)
{
    if (path.isEmpty())
        return Error::usage(Text::tr("no file name given to write to"));
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Error::runtime(Text::tr("cannot write to standard output: %1").arg(out.errorString()));
        auto written = writeInPlace(out, QString(), write);
        if (written && std::fflush(stdout) != 0)
            return Error::runtime(Text::tr("cannot write to standard output: the write did not complete"));
        return written;
    }
    const QFileInfo info(path);
    if (info.isDir())
        return Error::usage(Text::tr("cannot write %1: it is a folder; give a file name").arg(path));
    if (info.exists() && !info.isFile()) { // a FIFO, a device or a socket: written, never replaced
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return Error::runtime(Text::tr("cannot write %1: %2").arg(path, out.errorString()));
        return writeInPlace(out, path, write);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::runtime(Text::tr("cannot write %1: %2").arg(path, out.errorString()));
    // QSaveFile leaves no file behind when anything below fails.
    const QString folder = QFileInfo(path).absolutePath();
    auto written = write(out);
    // Flushed here and checked: QSaveFile::commit() does not notice when its own final
    // flush fails, and would put an empty or cut file in place.
    const bool flushed = out.flush();
    if (!flushed || out.error() != QFileDevice::NoError) // the device's reason, not the writer's guess
        return failed(path, out, folder);
    if (!written)
        return written;
    if (!out.commit())
        return failed(path, out, folder);
    return written;
}

} // namespace herald
