#include "callaudio.h"

#include "content/emailcontent.h"

#include <QFile>
#include <QFileInfo>

#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <samplerate.h>
#include <sndfile.h>

#include <cstring>
#include <memory>
#include <vector>

namespace herald {

namespace {

constexpr qsizetype kMaxScript = 20000;           // characters spoken for one call
constexpr int kSpeechTimeoutMs = 60000;

// libsndfile reading from or writing to memory.
struct Memory
{
    QByteArray bytes;
    sf_count_t at = 0;
};

sf_count_t length(void *m)
{
    return static_cast<Memory *>(m)->bytes.size();
}

sf_count_t seek(sf_count_t offset, int whence, void *m)
{
    auto *mem = static_cast<Memory *>(m);
    const sf_count_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? mem->at : mem->bytes.size();
    mem->at = std::clamp<sf_count_t>(base + offset, 0, mem->bytes.size());
    return mem->at;
}

sf_count_t readBytes(void *to, sf_count_t count, void *m)
{
    auto *mem = static_cast<Memory *>(m);
    const sf_count_t n = std::min<sf_count_t>(count, mem->bytes.size() - mem->at);
    std::memcpy(to, mem->bytes.constData() + mem->at, size_t(n));
    mem->at += n;
    return n;
}

sf_count_t writeBytes(const void *from, sf_count_t count, void *m)
{
    auto *mem = static_cast<Memory *>(m);
    if (mem->at + count > mem->bytes.size())
        mem->bytes.resize(qsizetype(mem->at + count));
    std::memcpy(mem->bytes.data() + mem->at, from, size_t(count));
    mem->at += count;
    return count;
}

sf_count_t tell(void *m)
{
    return static_cast<Memory *>(m)->at;
}

SF_VIRTUAL_IO memoryIo()
{
    return SF_VIRTUAL_IO{length, seek, readBytes, writeBytes, tell};
}

struct SndCloser
{
    void operator()(SNDFILE *f) const { sf_close(f); }
};
using SndFile = std::unique_ptr<SNDFILE, SndCloser>;

} // namespace

CallAudio::CallAudio(const QString &voice, QObject *parent) : QObject(parent), m_voice(voice)
{
    m_cache.setMaxCost(64 * 1024); // 64 MiB: about 70 minutes of speech
    m_recordings.setMaxCost(64 * 1024);
}

CallAudio::~CallAudio()
{
    // Before the members go: a process ending now would otherwise report to them.
    for (QProcess *espeak : findChildren<QProcess *>()) {
        espeak->disconnect(this);
        espeak->kill();
        espeak->waitForFinished(1000);
    }
}

bool CallAudio::speechAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty();
}

Result<QByteArray> CallAudio::decode(const QByteArray &bytes, const QString &what)
{
    Memory mem{bytes, 0};
    SF_VIRTUAL_IO io = memoryIo();
    SF_INFO info{};
    SndFile file(sf_open_virtual(&io, SFM_READ, &info, &mem));
    if (!file)
        return Error::usage(what + u" is not audio libsndfile can read (WAV, FLAC, Ogg Vorbis, AIFF, ...): "
                            + QString::fromUtf8(sf_strerror(nullptr)));
    if (info.channels < 1 || info.samplerate < 1000 || info.frames <= 0)
        return Error::usage(what + u" holds no audio");
    std::vector<float> frames(size_t(info.frames) * size_t(info.channels));
    const sf_count_t got = sf_readf_float(file.get(), frames.data(), info.frames);
    std::vector<float> mono(static_cast<size_t>(got));
    for (sf_count_t i = 0; i < got; ++i) {
        float sum = 0;
        for (int c = 0; c < info.channels; ++c)
            sum += frames[size_t(i) * size_t(info.channels) + size_t(c)];
        mono[size_t(i)] = sum / float(info.channels);
    }
    std::vector<float> out = std::move(mono);
    if (info.samplerate != kRate) {
        const double ratio = double(kRate) / double(info.samplerate);
        std::vector<float> resampled(size_t(double(out.size()) * ratio) + 16);
        SRC_DATA data{};
        data.data_in = out.data();
        data.input_frames = long(out.size());
        data.data_out = resampled.data();
        data.output_frames = long(resampled.size());
        data.src_ratio = ratio;
        if (const int err = src_simple(&data, SRC_SINC_MEDIUM_QUALITY, 1); err != 0)
            return Error::runtime(u"cannot resample " + what + u" to 8 kHz: " + QString::fromUtf8(src_strerror(err)));
        resampled.resize(size_t(data.output_frames_gen));
        out = std::move(resampled);
    }
    QByteArray pcm(qsizetype(out.size()) * 2, Qt::Uninitialized);
    src_float_to_short_array(out.data(), reinterpret_cast<short *>(pcm.data()), int(out.size()));
    return pcm;
}

Result<QByteArray> CallAudio::recording(const Attachment &file)
{
    if (const QByteArray *kept = m_recordings.object(file.sha256))
        return *kept;
    auto pcm = decode(file.data, u"the recording " + file.fileName);
    if (pcm)
        m_recordings.insert(file.sha256, new QByteArray(*pcm), int(std::max<qsizetype>(1, pcm->size() / 1024)));
    return pcm;
}

Result<Attachment> CallAudio::readRecording(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::usage(u"cannot read " + path + u": " + file.errorString());
    if (file.size() > kMaxRecordingBytes)
        return Error::refused(name + u" is " + EmailContent::sizeText(file.size()) + u", over the "
                              + EmailContent::sizeText(kMaxRecordingBytes)
                              + u" a recording may take: shorten it or save it as mono, 8 or 16 kHz");
    const QByteArray data = file.readAll();
    if (data.isEmpty())
        return Error::usage(name + u" is empty: choose the recording you meant");
    if (auto pcm = decode(data, name); !pcm)
        return pcm.error();
    return EmailContent::describe(name, data);
}

QByteArray CallAudio::toG711(const QByteArray &pcm, bool alaw)
{
    Memory mem;
    SF_VIRTUAL_IO io = memoryIo();
    SF_INFO info{};
    info.samplerate = kRate;
    info.channels = 1;
    info.format = SF_FORMAT_RAW | (alaw ? SF_FORMAT_ALAW : SF_FORMAT_ULAW);
    SndFile file(sf_open_virtual(&io, SFM_WRITE, &info, &mem));
    if (!file)
        return {};
    sf_writef_short(file.get(), reinterpret_cast<const short *>(pcm.constData()), pcm.size() / 2);
    file.reset(); // flushes
    return mem.bytes;
}

void CallAudio::speak(const QString &text, std::function<void(Result<QByteArray>)> done)
{
    if (const QByteArray *kept = m_cache.object(text)) {
        done(*kept);
        return;
    }
    if (text.trimmed().isEmpty()) {
        done(Error::usage(QStringLiteral("the call script is empty")));
        return;
    }
    if (text.size() > kMaxScript) {
        done(Error::usage(u"the call script is longer than " + QString::number(kMaxScript)
                          + u" characters: nobody listens that long"));
        return;
    }
    if (auto speaking = m_speaking.find(text); speaking != m_speaking.end()) {
        speaking->append(std::move(done));
        return;
    }
    m_waiting.append({text, std::move(done)});
    startSpeaking();
}

void CallAudio::startSpeaking()
{
    const qsizetype most = std::max(1, QThread::idealThreadCount());
    while (!m_waiting.isEmpty() && m_speaking.size() < most) {
        Request next = m_waiting.takeFirst();
        if (auto speaking = m_speaking.find(next.text); speaking != m_speaking.end()) {
            speaking->append(std::move(next.done));
            continue;
        }
        m_speaking.insert(next.text, {std::move(next.done)});
        const QString text = next.text;
        auto *espeak = new QProcess(this);
        // --stdin: the text is never an argument (a script starting with "-" stays text);
        // no -m: markup is read as text, not as SSML.
        espeak->setProgram(QStringLiteral("espeak-ng"));
        espeak->setArguments({QStringLiteral("--stdout"), QStringLiteral("--stdin"), QStringLiteral("-v"), m_voice});
        auto *limit = new QTimer(espeak);
        limit->setSingleShot(true);
        connect(limit, &QTimer::timeout, espeak, &QProcess::kill);
        connect(espeak, &QProcess::finished, this, [this, espeak, text](int code, QProcess::ExitStatus status) {
            espeak->deleteLater();
            if (status != QProcess::NormalExit || code != 0) {
                spoken(text, Error::runtime(u"espeak-ng could not speak the call script with voice " + m_voice + u": "
                                            + QString::fromLocal8Bit(espeak->readAllStandardError()).trimmed().left(200)));
                return;
            }
            spoken(text, decode(espeak->readAllStandardOutput(), QStringLiteral("espeak-ng's speech")));
        });
        connect(espeak, &QProcess::errorOccurred, this, [this, espeak, text](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            espeak->deleteLater();
            spoken(text, Error::runtime(QStringLiteral("espeak-ng is not installed: install the Debian package "
                                                       "espeak-ng, or attach a recording to the call script")));
        });
        espeak->start();
        espeak->write(text.toUtf8());
        espeak->closeWriteChannel();
        limit->start(kSpeechTimeoutMs);
    }
}

void CallAudio::spoken(const QString &text, Result<QByteArray> pcm)
{
    if (pcm)
        m_cache.insert(text, new QByteArray(*pcm), int(std::max<qsizetype>(1, pcm->size() / 1024)));
    const auto waiting = m_speaking.take(text);
    for (const auto &done : waiting)
        done(pcm);
    startSpeaking();
}

} // namespace herald
