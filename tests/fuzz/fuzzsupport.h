#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: the input as Qt types, and a check that stops the run
// (libFuzzer keeps the input that made it fail) with what was wrong.
namespace herald::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits the input into `n` parts at the 0xFF bytes (a byte that never occurs in UTF-8).
inline QList<QByteArray> parts(const QByteArray &input, int n)
{
    QList<QByteArray> out = input.split('\xff');
    while (out.size() < n)
        out.append(QByteArray());
    return out;
}

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, qPrintable(detail.left(2000)));
    std::abort();
}

#define HERALD_FUZZ_CHECK(condition, detail)                                                                            \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::herald::fuzz::fail(#condition, detail);                                                                  \
    } while (false)

// Qt wants an application object for plugins (the SQL driver) and converters.
inline void application(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    Q_UNUSED(app)
}

} // namespace herald::fuzz
