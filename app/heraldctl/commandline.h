#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace herald::ctl {

// heraldctl's command words and options. The command ("campaigns create") is found
// first, so that each command gets a parser with exactly its own options: an option
// that does not belong to the command is a usage error, and `--json` can be a flag for
// most commands and take a FILE for `campaigns create`.
class CommandLine final
{
public:
    // Returns false with errorText() set on a usage error.
    bool parse(const QStringList &arguments);

    QString command() const { return m_command; } // "init", "campaigns list", ...
    QStringList positional() const { return m_positional; }
    // Whether the option was given; false, without a warning, for one the command lacks.
    bool isSet(const QString &name) const { return m_parser.optionNames().contains(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); } // a repeated option
    QString errorText() const { return m_error; }
    QString helpText() const;
    bool helpRequested() const { return m_help; }
    bool versionRequested() const { return m_version; }
    // --man and --bash-completion: heraldctl(1) and its bash completion, from the command
    // table (the build installs both).
    bool manRequested() const { return m_man; }
    bool completionRequested() const { return m_completion; }
    static QString manPage(const QString &version);
    static QString bashCompletion();

private:
    QCommandLineParser m_parser;
    QString m_command;
    QStringList m_positional;
    QString m_error;
    bool m_help = false;
    bool m_version = false;
    bool m_man = false;
    bool m_completion = false;
};

} // namespace herald::ctl
