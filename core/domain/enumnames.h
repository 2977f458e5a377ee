#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace herald {

// Each enum that crosses a boundary (database, CLI, UI) specialises EnumNames with the
// exact strings of shared/design/STATUS_MODEL.md. toString/fromString are the only way
// to convert, so the vocabulary lives in one table per enum.
template <typename E>
struct EnumNames;

template <typename E>
QString nameOf(E value)
{
    for (const auto &[v, name] : EnumNames<E>::table) {
        if (v == value)
            return QString::fromLatin1(name.data(), qsizetype(name.size()));
    }
    return {};
}

// Matches case-insensitively, so "running" on a command line finds Running.
template <typename E>
std::optional<E> fromString(QStringView text)
{
    for (const auto &[v, name] : EnumNames<E>::table) {
        if (text.compare(QLatin1StringView(name.data(), qsizetype(name.size())), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

template <typename E>
constexpr auto allValues()
{
    constexpr auto &table = EnumNames<E>::table;
    std::array<E, table.size()> values{};
    for (std::size_t i = 0; i < table.size(); ++i)
        values[i] = table[i].first;
    return values;
}

// The accepted spellings, joined for an error message: "Draft, Ready, Scheduled".
template <typename E>
QString allNames(QStringView separator = u", ")
{
    QString out;
    for (const auto &[v, name] : EnumNames<E>::table) {
        if (!out.isEmpty())
            out += separator;
        out += QLatin1StringView(name.data(), qsizetype(name.size()));
    }
    return out;
}

} // namespace herald
