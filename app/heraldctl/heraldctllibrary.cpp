// heraldctl goals|writers|templates|segments ...: the pieces campaigns name, from a shell,
// with the same checks as the GUI's pages (LibraryService).
#include "heraldctl.h"
#include "providers/sip/callaudio.h"
#include "providers/telegram/telegramphoto.h"

#include "content/libraryservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herald::ctl {

namespace {

QJsonObject goalJson(const Goal &g)
{
    return QJsonObject{{QStringLiteral("id"), g.id},
                       {QStringLiteral("name"), g.name},
                       {QStringLiteral("description"), g.description},
                       {QStringLiteral("metric"), g.metric},
                       {QStringLiteral("target"), g.target},
                       {QStringLiteral("url"), g.url}};
}

QJsonObject writerJson(const Writer &w)
{
    return QJsonObject{{QStringLiteral("id"), w.id},
                       {QStringLiteral("name"), w.name},
                       {QStringLiteral("instructions"), w.instructions},
                       {QStringLiteral("tone"), w.tone},
                       {QStringLiteral("audience"), w.audience},
                       {QStringLiteral("key_points"), QJsonArray::fromStringList(w.keyPoints)},
                       {QStringLiteral("sms_max_segments"), w.smsMaxSegments},
                       {QStringLiteral("email_subject_max"), w.emailSubjectMax}};
}

QJsonObject templateJson(const MessageTemplate &t)
{
    QJsonArray attachments;
    for (const Attachment &a : t.attachments)
        attachments.append(QJsonObject{{QStringLiteral("file_name"), a.fileName},
                                       {QStringLiteral("mime_type"), a.mimeType},
                                       {QStringLiteral("size"), a.size}});
    return QJsonObject{{QStringLiteral("id"), t.id},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("channel"), nameOf(t.kind)},
                       {QStringLiteral("subject"), t.subject},
                       {QStringLiteral("preheader"), t.preheader},
                       {QStringLiteral("body"), t.body},
                       {QStringLiteral("text_body"), t.textBody},
                       {QStringLiteral("from_name"), t.fromName},
                       {QStringLiteral("attachments"), attachments}};
}

QJsonObject segmentJson(const Segment &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("rules"), QJsonDocument::fromJson(s.rules.toUtf8()).object()}};
}

CatalogKind kindOf(const QString &command)
{
    if (command.startsWith(QLatin1StringView("goals ")))
        return CatalogKind::Goal;
    if (command.startsWith(QLatin1StringView("writers ")))
        return CatalogKind::Writer;
    if (command.startsWith(QLatin1StringView("templates ")))
        return CatalogKind::Template;
    return CatalogKind::Segment;
}

} // namespace

Result<QString> Heraldctl::textOption(const QString &option, const QString &what)
{
    const QString value = m_cli.value(option);
    if (!value.startsWith(u'@'))
        return value;
    auto data = readInput(value.mid(1), what); // @FILE: the text of a file
    if (!data)
        return data.error();
    return QString::fromUtf8(*data);
}

Result<QString> Heraldctl::fileOption(const QString &option, const QString &what)
{
    auto data = readInput(m_cli.value(option), what);
    if (!data)
        return data.error();
    return QString::fromUtf8(*data);
}

int Heraldctl::library()
{
    const QString command = m_cli.command();
    const QString verb = command.section(u' ', 1);
    const CatalogKind kind = kindOf(command);
    const bool json = m_cli.isSet(QStringLiteral("json"));
    LibraryService library(*m_db, m_tenant.id, m_user);
    const QString noun = CatalogRepository::noun(kind);

    if (verb == QLatin1StringView("delete")) {
        auto entry = CatalogRepository(*m_db, m_tenant.id).resolve(kind, m_cli.positional().first());
        auto campaigns = library.remove(kind, m_cli.positional().first());
        if (!campaigns)
            return fail(campaigns.error());
        if (json) {
            printJson(QJsonObject{{QStringLiteral("id"), entry ? entry->id : 0},
                                  {QStringLiteral("name"), entry ? entry->name : QString()},
                                  {QStringLiteral("deleted"), true},
                                  {QStringLiteral("campaigns"), QJsonArray::fromStringList(*campaigns)}});
            return 0;
        }
        m_out << "Deleted " << noun << " '" << (entry ? entry->name : m_cli.positional().first()) << "'";
        if (!campaigns->isEmpty())
            m_out << "; " << campaigns->join(u", ") << " now ask" << (campaigns->size() == 1 ? "s" : "")
                  << " for another in preflight";
        m_out << Qt::endl;
        return 0;
    }

    // list: every live entry; show: one; create and edit: the options over a new or stored entry.
    const auto done = [&](const QJsonObject &o, const QString &name, const QString &said) {
        if (json)
            printJson(o);
        else
            m_out << said << ' ' << noun << " '" << name << "'" << Qt::endl;
        return 0;
    };
    const auto listOf = [&](const auto &all, const auto &toJson) {
        if (!all)
            return fail(all.error());
        QJsonArray out;
        for (const auto &e : *all) {
            if (e.deleted)
                continue;
            if (json)
                out.append(toJson(e));
            else
                m_out << e.id << "  " << e.name << Qt::endl;
        }
        if (json)
            printJson(out);
        return 0;
    };
    const bool creating = verb == QLatin1StringView("create");
    const QString reference = creating || verb == QLatin1StringView("list") ? QString() : m_cli.positional().first();
    const auto showOrSave = [&](auto stored, const auto &toJson, const auto &apply) {
        if (!stored)
            return fail(stored.error());
        if (verb == QLatin1StringView("show"))
            return (printJson(toJson(*stored)), 0);
        auto entry = *stored;
        if (auto st = apply(entry); !st)
            return fail(st.error());
        auto saved = library.save(entry);
        if (!saved)
            return fail(saved.error());
        return done(toJson(*saved), saved->name, creating ? QStringLiteral("Created") : QStringLiteral("Saved"));
    };
    const auto text = [&](const char *option, QString &target) -> Status {
        const QString name = QString::fromLatin1(option);
        if (!m_cli.isSet(name))
            return {};
        auto value = textOption(name, u"--" + name);
        if (!value)
            return value.error();
        target = *value;
        return {};
    };
    const auto number = [&](const char *option, auto &target) -> Status {
        const QString name = QString::fromLatin1(option);
        if (!m_cli.isSet(name))
            return {};
        bool ok = false;
        const double v = m_cli.value(name).toDouble(&ok);
        if (!ok)
            return Error::usage(u"--" + name + u" takes a number, not '" + m_cli.value(name) + u'\'');
        target = static_cast<std::remove_reference_t<decltype(target)>>(v);
        return {};
    };

    switch (kind) {
    case CatalogKind::Goal:
        if (verb == QLatin1StringView("list"))
            return listOf(library.goals(), goalJson);
        return showOrSave(creating ? Result<Goal>(Goal{}) : library.goal(reference), goalJson, [&](Goal &g) {
            for (const auto &[option, target] : {std::pair{"name", &g.name}, std::pair{"description", &g.description},
                                                 std::pair{"metric", &g.metric}, std::pair{"url", &g.url}})
                if (auto st = text(option, *target); !st)
                    return st;
            return number("target", g.target);
        });
    case CatalogKind::Writer:
        if (verb == QLatin1StringView("list"))
            return listOf(library.writers(), writerJson);
        return showOrSave(creating ? Result<Writer>(Writer{}) : library.writer(reference), writerJson, [&](Writer &w) {
            for (const auto &[option, target] : {std::pair{"name", &w.name}, std::pair{"instructions", &w.instructions},
                                                 std::pair{"tone", &w.tone}, std::pair{"audience", &w.audience}})
                if (auto st = text(option, *target); !st)
                    return st;
            if (m_cli.isSet(QStringLiteral("key-point")))
                w.keyPoints = m_cli.values(QStringLiteral("key-point"));
            if (auto st = number("sms-segments", w.smsMaxSegments); !st)
                return st;
            return number("subject-max", w.emailSubjectMax);
        });
    case CatalogKind::Template:
        if (verb == QLatin1StringView("list"))
            return listOf(library.templates(), templateJson);
        return showOrSave(creating ? Result<MessageTemplate>(MessageTemplate{}) : library.messageTemplate(reference),
                          templateJson, [&](MessageTemplate &t) -> Status {
                              if (creating) {
                                  auto channel = enumOption<ChannelKind>(QStringLiteral("channel"), QStringLiteral("channel"));
                                  if (!channel)
                                      return channel.error();
                                  if (!*channel)
                                      return Error::usage(u"'templates create' needs --channel (" + allNames<ChannelKind>()
                                                          + u')');
                                  t.kind = **channel;
                              }
                              for (const auto &[option, target] :
                                   {std::pair{"name", &t.name}, std::pair{"subject", &t.subject},
                                    std::pair{"preheader", &t.preheader}, std::pair{"from-name", &t.fromName}})
                                  if (auto st = text(option, *target); !st)
                                      return st;
                              // A call script's recording, a Telegram message's photo: one file
                              // or none ("").
                              for (const auto &[option, fileKind, what, read] :
                                   {std::tuple{"audio-file", ChannelKind::Phone, "a call script's recording",
                                               &CallAudio::readRecording},
                                    std::tuple{"photo-file", ChannelKind::Telegram, "a Telegram message's photo",
                                               &telegramphoto::read}}) {
                                  if (!m_cli.isSet(QLatin1StringView(option)))
                                      continue;
                                  if (t.kind != fileKind)
                                      return Error::usage(u"--" + QLatin1StringView(option) + u" is "
                                                          + QLatin1StringView(what) + u": the " + displayName(t.kind)
                                                          + u" template has none");
                                  const QString path = m_cli.value(QLatin1StringView(option));
                                  t.attachments.clear();
                                  if (!path.isEmpty()) {
                                      auto file = read(path);
                                      if (!file)
                                          return file.error();
                                      t.attachments = {*file};
                                  }
                              }
                              const bool email = t.kind == ChannelKind::Email;
                              const QString bodyOption = email ? QStringLiteral("html-file") : QStringLiteral("body-file");
                              const QString other = email ? QStringLiteral("body-file") : QStringLiteral("html-file");
                              if (m_cli.isSet(other) || (!email && m_cli.isSet(QStringLiteral("text-file"))))
                                  return Error::usage(email ? QStringLiteral("an email template takes --html-file (and "
                                                                             "--text-file), not --body-file")
                                                            : u"the " + displayName(t.kind)
                                                                  + u" template takes --body-file, not --html-file or "
                                                                    u"--text-file");
                              if (m_cli.isSet(bodyOption)) {
                                  auto body = fileOption(bodyOption, QStringLiteral("the template body"));
                                  if (!body)
                                      return body.error();
                                  t.body = *body;
                              } else if (email && creating && m_cli.isSet(QStringLiteral("text-file"))) {
                                  auto body = fileOption(QStringLiteral("text-file"), QStringLiteral("the text part"));
                                  if (!body)
                                      return body.error();
                                  t.body = *body; // a text-only email
                                  return {};
                              }
                              if (email && m_cli.isSet(QStringLiteral("text-file"))) {
                                  auto textPart = fileOption(QStringLiteral("text-file"), QStringLiteral("the text part"));
                                  if (!textPart)
                                      return textPart.error();
                                  t.textBody = *textPart;
                              }
                              return {};
                          });
    default:
        if (verb == QLatin1StringView("list"))
            return listOf(library.segments(), segmentJson);
        return showOrSave(creating ? Result<Segment>(Segment{}) : library.segment(reference), segmentJson,
                          [&](Segment &s) -> Status {
                              if (auto st = text("name", s.name); !st)
                                  return st;
                              return text("rules", s.rules);
                          });
    }
}

} // namespace herald::ctl
