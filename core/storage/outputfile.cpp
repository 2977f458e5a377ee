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
// a folder without free space that is the full disk, said as the system says it.
Error failed(const QString &name, const QFileDevice &out, const QString &folder = {})
{
    QString reason = out.errorString();
    if (reason.isEmpty() || reason == QLatin1StringView("Unknown error")) {
        const QStorageInfo disk(folder);
        reason = !folder.isEmpty() && disk.isValid() && disk.bytesAvailable() < 4096
                     ? QString::fromLocal8Bit(std::strerror(ENOSPC))
                     : QStringLiteral("the system took only part of the data");
    }
    return Error::runtime(u"cannot write " + name + u": " + reason);
}

// Streams into an open device (standard output, a FIFO, a device node) and checks that
// every byte got out.
Result<qint64> writeInPlace(QFile &out, const QString &name, const std::function<Result<qint64>(QIODevice &)> &write)
{
    auto written = write(out);
    const bool flushed = out.flush();
    if (!flushed || out.error() != QFileDevice::NoError)
        return failed(name, out);
    return written; // or the writer's own error
}

} // namespace

Result<qint64> writeFile(const QString &path, const std::function<Result<qint64>(QIODevice &)> &write)
{
    if (path.isEmpty())
        return Error::usage(QStringLiteral("no file name given to write to"));
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Error::runtime(u"cannot write to standard output: " + out.errorString());
        auto written = writeInPlace(out, QStringLiteral("to standard output"), write);
        if (written && std::fflush(stdout) != 0)
            return Error::runtime(QStringLiteral("cannot write to standard output: the write did not complete"));
        return written;
    }
    const QFileInfo info(path);
    if (info.isDir())
        return Error::usage(u"cannot write " + path + u": it is a folder; give a file name");
    if (info.exists() && !info.isFile()) { // a FIFO, a device or a socket: written, never replaced
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return Error::runtime(u"cannot write " + path + u": " + out.errorString());
        return writeInPlace(out, path, write);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::runtime(u"cannot write " + path + u": " + out.errorString());
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
