#pragma once

#include "domain/attachment.h"
#include "domain/result.h"

#include <QBuffer>
#include <QWidget>

class QAudioSink;
class QLabel;
class QPushButton;

namespace herald {

class CallAudio;

// What a callee hears: the call script's recording, or its text as the voice speaks it,
// with how long it lasts and a Play button (through the system's audio output, when
// there is one), above the script as written.
class CallPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPreview)

public:
    // `recording`: the script's recording with its data, or none (fileName empty).
    CallPreview(const QString &script, const Attachment &recording, const QString &voice, QWidget *parent = nullptr);
    ~CallPreview() override;

    // The message as 16-bit 8 kHz mono samples once rendered (empty before, or on error).
    QByteArray audio() const { return m_pcm; }

signals:
    void rendered(); // the duration line says how long it lasts, or why it cannot

private:
    void show(const QString &source, const Result<QByteArray> &pcm);
    void togglePlaying();

    CallAudio *m_audio = nullptr;
    QLabel *m_duration = nullptr;
    QPushButton *m_play = nullptr;
    QByteArray m_pcm;
    QBuffer m_buffer;
    QAudioSink *m_sink = nullptr;
};

} // namespace herald
