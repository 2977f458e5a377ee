#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace herald {

// A call's message as audio: 16-bit signed samples, 8 kHz mono, native byte order (what
// SipAgent plays). Script text is spoken by espeak-ng, run as a program of its own per
// distinct text; what it says is read by libsndfile (which reads WAV, FLAC, Ogg, ... at
// any rate and channel count) and resampled by libsamplerate. Rendered audio is kept per
// distinct text; as many espeak-ng run at once as the machine has cores, and a text
// asked for again while it is being spoken waits for the same one.
class CallAudio final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallAudio)

public:
    static constexpr int kRate = 8000;

    explicit CallAudio(const QString &voice, QObject *parent = nullptr);
    ~CallAudio() override;

    // Speaks `text` (at once from the cache); `done` gets the samples or why there are none.
    void speak(const QString &text, std::function<void(Result<QByteArray>)> done);
    // Decodes audio bytes (a WAV from espeak-ng, a file's contents).
    static Result<QByteArray> decode(const QByteArray &bytes, const QString &what);
    // G.711: mu-law (PCMU) or A-law (PCMA), one byte per sample.
    static QByteArray toG711(const QByteArray &pcm, bool alaw);
    // How long `pcm` plays, in milliseconds.
    static qint64 durationMs(const QByteArray &pcm) { return pcm.size() / 2 * 1000 / kRate; }
    // Whether espeak-ng is installed.
    static bool speechAvailable();

private:
    struct Request
    {
        QString text;
        std::function<void(Result<QByteArray>)> done;
    };
    void startSpeaking();
    void spoken(const QString &text, Result<QByteArray> pcm);

    QString m_voice;
    QCache<QString, QByteArray> m_cache; // by text; cost in KiB
    QList<Request> m_waiting;            // for a free espeak-ng
    QHash<QString, QList<std::function<void(Result<QByteArray>)>>> m_speaking; // text -> who waits for it
};

} // namespace herald
