#include "callpreview.h"

#include "providers/sip/callaudio.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMediaDevices>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace herald {

CallPreview::CallPreview(const QString &script, const Attachment &recording, const QString &voice, QWidget *parent)
    : QWidget(parent), m_audio(new CallAudio(voice, this))
{
    setObjectName(QStringLiteral("callPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *line = new QHBoxLayout;
    m_duration = new QLabel(this);
    m_duration->setObjectName(QStringLiteral("callPreviewDuration"));
    m_duration->setWordWrap(true);
    m_duration->setTextFormat(Qt::PlainText); // a file name is not markup
    line->addWidget(m_duration, 1);
    m_play = new QPushButton(tr("&Play"), this);
    m_play->setObjectName(QStringLiteral("callPreviewPlay"));
    m_play->setEnabled(false);
    connect(m_play, &QPushButton::clicked, this, &CallPreview::togglePlaying);
    line->addWidget(m_play);
    layout->addLayout(line);
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("callPreviewScript"));
    text->setPlainText(script);
    layout->addWidget(text, 1);

    if (!recording.fileName.isEmpty()) {
        show(tr("The recording %1 is played").arg(recording.fileName), m_audio->recording(recording));
        return;
    }
    m_duration->setText(tr("Rendering the speech…"));
    QPointer<CallPreview> self(this);
    m_audio->speak(script, [self, voice](Result<QByteArray> pcm) {
        if (self)
            self->show(tr("Spoken by espeak-ng (voice %1)").arg(voice), pcm);
    });
}

CallPreview::~CallPreview()
{
    delete m_sink; // before m_buffer, which it reads
}

void CallPreview::show(const QString &source, const Result<QByteArray> &pcm)
{
    if (!pcm) {
        m_duration->setText(pcm.error().shown());
        emit rendered();
        return;
    }
    m_pcm = *pcm;
    const double secs = double(CallAudio::durationMs(m_pcm)) / 1000.0;
    m_duration->setText(tr("%1: %2 s.").arg(source, QLocale().toString(secs, 'f', 1)));
    const QAudioDevice out = QMediaDevices::defaultAudioOutput();
    m_play->setEnabled(!out.isNull());
    m_play->setToolTip(out.isNull() ? tr("This computer has no audio output") : tr("Play what the callee hears"));
    emit rendered();
}

void CallPreview::togglePlaying()
{
    if (m_sink && m_sink->state() == QAudio::ActiveState) {
        m_sink->stop();
        return;
    }
    QAudioFormat format;
    format.setSampleRate(CallAudio::kRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    delete m_sink;
    m_sink = new QAudioSink(QMediaDevices::defaultAudioOutput(), format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        m_play->setText(state == QAudio::ActiveState ? tr("&Stop") : tr("&Play"));
    });
    m_buffer.close();
    m_buffer.setData(m_pcm);
    m_buffer.open(QIODevice::ReadOnly);
    m_sink->start(&m_buffer);
}

} // namespace herald
