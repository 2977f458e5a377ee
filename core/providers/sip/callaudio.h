#pragma once

#include "domain/attachment.h"
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
// SipAgent plays). Either a recording attached to the call script, or the script's text
// spoken by espeak-ng, run as a program of its own per distinct text. Both are read by
// libsndfile (which reads WAV, FLAC, Ogg, ... at any rate and channel count) and
// resampled by libsamplerate. Rendered audio is kept per distinct text and recording; as
// many espeak-ng run at once as the machine has cores, and a text asked for again while
// it is being spoken waits for the same one.
class CallAudio final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallAudio)

public:
    static constexpr int kRate = 8000;
    // A recording: at most 15 MiB (a quarter of an hour as 16-bit 8 kHz WAV); any message
    // at most 10 minutes (9.6 MB as samples).
    static constexpr qint64 kMaxRecordingBytes = 15 * 1024 * 1024;
    static constexpr int kMaxSeconds = 600;

    explicit CallAudio(const QString &voice, QObject *parent = nullptr);
    ~CallAudio() override;

    // Speaks `text` (at once from the cache); `done` gets the samples or why there are none.
    void speak(const QString &text, std::function<void(Result<QByteArray>)> done);
    // The recording attached to a call script, decoded (at once from the cache).
    Result<QByteArray> recording(const Attachment &file);
    // Reads a file to attach to a call script as its recording: refused when it is not
    // audio libsndfile reads, is empty or is over kMaxRecordingBytes.
    static Result<Attachment> readRecording(const QString &path);
    // Whether `bytes` are audio libsndfile reads, lasting at most kMaxSeconds, from the
    // header alone (decode reads it all). `what` names the audio in errors; a QString is
    // a name (a file's), the same in every language.
    static Status check(const QByteArray &bytes, const Text &what);
    static Status check(const QByteArray &bytes, const QString &what) { return check(bytes, Text(what)); }
    // Decodes audio bytes (a WAV from espeak-ng, a file's contents).
    static Result<QByteArray> decode(const QByteArray &bytes, const Text &what);
    static Result<QByteArray> decode(const QByteArray &bytes, const QString &what) { return decode(bytes, Text(what)); }
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
    QCache<QString, QByteArray> m_recordings; // by SHA-256 of the file; cost in KiB
    QList<Request> m_waiting;            // for a free espeak-ng
    QHash<QString, QList<std::function<void(Result<QByteArray>)>>> m_speaking; // text -> who waits for it
};

} // namespace herald
