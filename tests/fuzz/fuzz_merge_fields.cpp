// Merge-field templates on any text: filled or left as they are, never crashing; text
// without "{{" comes back unchanged, and HTML escaping never lets a value's markup through.
#include "content/mergefields.h"
#include "fuzzsupport.h"

using namespace herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> in = fuzz::parts(fuzz::bytes(data, size), 2);
    const QString text = QString::fromUtf8(in.at(0));
    const QString value = QString::fromUtf8(in.at(1));
    const QHash<QString, QString> values =
        MergeFields::values(value, QStringLiteral("Byron"), QStringLiteral("ada@x.example"), QStringLiteral("+447700900123"),
                            QStringLiteral("Spring"), QStringLiteral("Northwind"),
                            QStringLiteral("https://h.example/u/x"), QStringLiteral("c1_x"), {{QStringLiteral("Tier"), value}});
    (void)MergeFields::used(text);
    const QString plain = MergeFields::apply(text, values);
    if (!text.contains(QLatin1StringView("{{")))
        HERALD_FUZZ_CHECK(plain == text, text);
    const QString html = MergeFields::apply(QStringLiteral("<p>{{first_name}}</p>"), values, MergeFields::Escape::Html);
    HERALD_FUZZ_CHECK(!html.mid(3, html.size() - 7).contains(u'<'), html);
    return 0;
}
