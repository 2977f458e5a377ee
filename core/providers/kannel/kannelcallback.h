#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

// What a Kannel gateway's callback says, decoded from its form-encoded parameters (the
// query of a GET, or the body of a POST): pure functions, so the listener stays a thin
// HTTP shell and the decoding can be fuzzed on its own.
namespace herald::kannelcallback {

// /kannel/dlr?token=T&id=MESSAGE&type=%d&reason=%A
struct Report
{
    qint64 messageId = 0;
    int type = 0;
    QString reason;
};

// /kannel/mo?token=T&from=%p&to=%P&text=%a[&charset=%C]
struct Inbound
{
    QString from;
    QString to;
    QString text;
};

// Most characters a delivery report's reason or an inbound text may have.
inline constexpr qsizetype kMaxText = 1600;

// The tenant's secret the callback names; empty when it names none.
QString token(const QByteArray &form);
// A usage error (answered 400) says what is wrong with the callback.
Result<Report> decodeReport(const QByteArray &form);
Result<Inbound> decodeInbound(const QByteArray &form);

} // namespace herald::kannelcallback
