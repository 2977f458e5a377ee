#pragma once

#include "domain/text.h"

#include <QString>

#include <utility>
#include <variant>

namespace herald {

// What went wrong, in a form a caller can act on. The kinds map one-to-one onto
// heraldctl's exit codes (see app/heraldctl), so the CLI never guesses.
struct Error
{
    enum class Kind {
        Runtime = 1,   // I/O, database, anything unexpected
        Usage = 2,     // bad input from the caller
        Blocked = 3,   // preflight blockers
        Refused = 4,   // refused transition or conflict
        NotFound = 5,  // no such object
    };

    Kind kind = Kind::Runtime;
    // One line that names the object and, where there is one, the fix, in English: what
    // logs, `--json` and the database keep.
    QString message;
    // The same in the user interface's language; empty when it is not translated.
    QString translated;

    Error() = default;
    Error(Kind k, QString english) : kind(k), message(std::move(english)) {}
    Error(Kind k, const Text &text) : kind(k), message(text.english()), translated(text.shown()) {}

    // What a window shows.
    const QString &shown() const { return translated.isEmpty() ? message : translated; }
    // The message as Text, to quote it in another one.
    Text text() const { return {message, shown()}; }

    static Error runtime(QString m) { return {Kind::Runtime, std::move(m)}; }
    static Error usage(QString m) { return {Kind::Usage, std::move(m)}; }
    static Error blocked(QString m) { return {Kind::Blocked, std::move(m)}; }
    static Error refused(QString m) { return {Kind::Refused, std::move(m)}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m)}; }
    static Error runtime(const Text &t) { return {Kind::Runtime, t}; }
    static Error usage(const Text &t) { return {Kind::Usage, t}; }
    static Error blocked(const Text &t) { return {Kind::Blocked, t}; }
    static Error refused(const Text &t) { return {Kind::Refused, t}; }
    static Error notFound(const Text &t) { return {Kind::NotFound, t}; }
};

// A value or an Error (std::expected is C++23; this is the part Herald needs).
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // On a temporary the value is moved out, so `for (x : *repo.list())` owns its range.
    T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    // The value, or `fallback` on an error (for optional decoration such as display names).
    T value_or(T fallback) const & { return ok() ? value() : std::move(fallback); }
    T value_or(T fallback) && { return ok() ? std::move(*this).value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace herald
