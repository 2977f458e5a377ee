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

namespace {

// An opened audio file whose header says it holds at most kMaxSeconds of sound.
struct Opened
{
    Memory mem;
    SF_VIRTUAL_IO io = memoryIo();
    SF_INFO info{};
    SndFile file;
};

Result<std::unique_ptr<Opened>> open(const QByteArray &bytes, const Text &what)
{
    auto o = std::make_unique<Opened>();
    o->mem.bytes = bytes;
    o->file.reset(sf_open_virtual(&o->io, SFM_READ, &o->info, &o->mem));
    if (!o->file)
        return Error::usage(Text::tr("%1 is not audio libsndfile can read (WAV, FLAC, Ogg Vorbis, AIFF, ...): %2")
                                .arg(what, QString::fromUtf8(sf_strerror(nullptr))));
    if (o->info.channels < 1 || o->info.samplerate < 1000 || o->info.frames <= 0)
        return Error::usage(Text::tr("%1 holds no audio").arg(what));
    if (o->info.frames / o->info.samplerate > CallAudio::kMaxSeconds)
        return Error::refused(Text::tr("%1 lasts %2 minutes; a call's message may last %3 at most")
                                  .arg(what, QString::number(o->info.frames / o->info.samplerate / 60),
                                       QString::number(CallAudio::kMaxSeconds / 60)));
    return o;
}

} // namespace

Status CallAudio::check(const QByteArray &bytes, const Text &what)
{
    auto opened = open(bytes, what);
    if (!opened)
        return opened.error();
    return {};
}

Result<QByteArray> CallAudio::decode(const QByteArray &bytes, const Text &what)
{
    auto opened = open(bytes, what);
    if (!opened)
        return opened.error();
    const SF_INFO info = (*opened)->info;
    SNDFILE *file = (*opened)->file.get();
    // A block at a time: mixed down to mono and resampled as it is read, so memory follows
    // the 8 kHz result, never the file's rate and channels.
    constexpr sf_count_t kBlock = 8192;
    std::vector<float> block(size_t(kBlock) * size_t(info.channels));
    std::vector<float> mono(static_cast<size_t>(kBlock));
    std::vector<float> resampled(static_cast<size_t>(kBlock) * 8);
    const double ratio = double(kRate) / double(info.samplerate);
    std::vector<float> out;
    out.reserve(size_t(double(info.frames) * ratio) + 16);
    int err = 0;
    std::unique_ptr<SRC_STATE, SRC_STATE *(*)(SRC_STATE *)> state(
        info.samplerate == kRate ? nullptr : src_new(SRC_SINC_MEDIUM_QUALITY, 1, &err), src_delete);
    if (err != 0)
        return Error::runtime(
            Text::tr("cannot resample %1 to 8 kHz: %2").arg(what, QString::fromUtf8(src_strerror(err))));
    const size_t most = size_t(kMaxSeconds) * kRate;
    for (bool end = false; !end;) {
        const sf_count_t got = sf_readf_float(file, block.data(), kBlock);
        end = got < kBlock;
        for (sf_count_t i = 0; i < got; ++i) {
            float sum = 0;
            for (int c = 0; c < info.channels; ++c)
                sum += block[size_t(i) * size_t(info.channels) + size_t(c)];
            mono[size_t(i)] = sum / float(info.channels);
        }
        if (!state) {
            out.insert(out.end(), mono.begin(), mono.begin() + got);
        } else {
            SRC_DATA data{};
            data.data_in = mono.data();
            data.input_frames = long(got);
            data.src_ratio = ratio;
            data.end_of_input = end ? 1 : 0;
            do { // until this block is used up and, at the end, everything is flushed
                data.data_out = resampled.data();
                data.output_frames = long(resampled.size());
                if ((err = src_process(state.get(), &data)) != 0)
                    return Error::runtime(
                        Text::tr("cannot resample %1 to 8 kHz: %2").arg(what, QString::fromUtf8(src_strerror(err))));
                out.insert(out.end(), resampled.begin(), resampled.begin() + data.output_frames_gen);
                data.data_in += data.input_frames_used;
                data.input_frames -= data.input_frames_used;
            } while (data.input_frames > 0 || (end && data.output_frames_gen > 0));
        }
        if (out.size() > most) // the header said less than the file holds
            return Error::refused(Text::tr("%1 lasts over %2 minutes, the most a call's message may last")
                                      .arg(what, QString::number(kMaxSeconds / 60)));
    }
    QByteArray pcm(qsizetype(out.size()) * 2, Qt::Uninitialized);
    src_float_to_short_array(out.data(), reinterpret_cast<short *>(pcm.data()), int(out.size()));
    return pcm;
}

Result<QByteArray> CallAudio::recording(const Attachment &file)
{
    if (const QByteArray *kept = m_recordings.object(file.sha256))
        return *kept;
    auto pcm = decode(file.data, Text::tr("the recording %1").arg(file.fileName));
    if (pcm)
        m_recordings.insert(file.sha256, new QByteArray(*pcm), int(std::max<qsizetype>(1, pcm->size() / 1024)));
    return pcm;
}

Result<Attachment> CallAudio::readRecording(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Error::usage(Text::tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxRecordingBytes)
        return Error::refused(Text::tr("%1 is %2, over the %3 a recording may take: shorten it or save it as mono, 8 "
                                       "or 16 kHz")
                                  .arg(name, EmailContent::sizeText(file.size()),
                                       EmailContent::sizeText(kMaxRecordingBytes)));
    const QByteArray data = file.readAll();
    if (data.isEmpty())
        return Error::usage(Text::tr("%1 is empty: choose the recording you meant").arg(name));
    if (auto st = check(data, name); !st) // its header: what saving decodes in full
        return st.error();
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
        done(Error::usage(Text::tr("the call script is empty")));
        return;
    }
    if (text.size() > kMaxScript) {
        done(Error::usage(Text::tr("the call script is longer than %1 characters: nobody listens that long")
                              .arg(QString::number(kMaxScript))));
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
                spoken(text, Error::runtime(
                                 Text::tr("espeak-ng could not speak the call script with voice %1: %2")
                                     .arg(m_voice,
                                          QString::fromLocal8Bit(espeak->readAllStandardError()).trimmed().left(200))));
                return;
            }
            spoken(text, decode(espeak->readAllStandardOutput(), Text::tr("espeak-ng's speech")));
        });
        connect(espeak, &QProcess::errorOccurred, this, [this, espeak, text](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return;
            espeak->deleteLater();
            spoken(text, Error::runtime(Text::tr("espeak-ng is not installed: install the Debian package espeak-ng, "
                                                 "or attach a recording to the call script")));
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
