#pragma once

#include "storage/messagerepository.h"

#include <QHash>

#include <map>

namespace herald {

// The messages of one run (all, or one status and/or channel) by position in id order,
// as a table reads them: a page of rows at a time, read by key when a row is first
// asked for, and kept in a small least-recently-used cache.
//
// Positions map to ids through anchors: the first and last id of the selection (from
// the count) and of every page read. A page is read from the nearest anchor:
//  - between two anchors whose id gap equals their position gap every id is selected,
//    so the page's first id is known and it is read by key, forward (a run's messages
//    are inserted together, so this covers any jump in an unfiltered run);
//  - otherwise forward from the nearest anchor before it (`id > anchor`) or backward
//    from the nearest after it (`id < anchor ... DESC`, so the last rows are as quick as
//    the first), skipping the messages in between in an index-only scan. Scrolling
//    reads next to a known page and skips nothing; a jump into the middle of a sparse
//    selection (one status, or a channel whose messages interleave with another's) walks
//    at most half of it in the index, never the table or the contacts.
class MessagePageCache final
{
public:
    // A view shows some 30 rows: pages of 64 keep a jump to a new place (one or two
    // page reads) well under a millisecond; 64 of them hold 4,096 rows.
    static constexpr int kDefaultPageSize = 64;
    static constexpr int kDefaultMaxPages = 64;

    // What reading pages cost so far, so tests and benchmarks can see the strategy work.
    struct Stats
    {
        qint64 pageReads = 0;
        qint64 skippedRows = 0; // messages walked over in the index to reach a page
    };

    MessagePageCache(Database db, Id tenantId, int pageSize = kDefaultPageSize, int maxPages = kDefaultMaxPages);

    // Forgets everything and selects another run or filter; count() is 0 until setSpan().
    void select(Id runId, const MessageFilter &filter);
    Id runId() const { return m_runId; }
    const MessageFilter &filter() const { return m_filter; }
    // How a fresh count relates to the one held. Without a status filter a run's
    // selection only ever grows, by messages with new (higher) ids: the same first and
    // last id and count mean the same messages, a higher count and last id mean more
    // after them. With a status filter messages come and go anywhere: Other.
    enum class SpanChange
    {
        Same,
        Appended,
        Other
    };

    // Counts the selection now (one indexed COUNT); nothing cached changes.
    Result<MessageSpan> readSpan();
    SpanChange compare(const MessageSpan &span) const;
    // Adopts a fresh count and drops every cached page. The anchors are kept unless the
    // change is Other, so re-reading a page is then a plain read by key.
    void setSpan(const MessageSpan &span);
    qint64 count() const { return m_span.count; }

    // The row at `position`, reading its page first if needed; nullptr when out of range
    // or when the page could not be read (error() says why; it is not retried until the
    // next setSpan()). Valid until the next call.
    const MessageRow *row(qint64 position);
    const Text &error() const { return m_error; }
    const Stats &stats() const { return m_stats; }
    int cachedPages() const { return int(m_pages.size()); }

private:
    struct Page
    {
        QList<MessageRow> rows;
        qint64 missingFront = 0; // a backward read that found fewer rows than counted
        quint64 lastUse = 0;
    };
    // Where a page is read from: beyond anchorId in a direction, after skipping `skip` ids.
    struct Plan
    {
        Id anchorId = 0;
        PageDirection direction = PageDirection::Forward;
        qint64 skip = 0;
    };
    Plan plan(qint64 first, qint64 end) const;
    Page &load(qint64 page);

    MessageRepository m_repo;
    int m_pageSize = kDefaultPageSize;
    int m_maxPages = kDefaultMaxPages;
    Id m_runId = 0;
    MessageFilter m_filter;
    MessageSpan m_span;
    QHash<qint64, Page> m_pages;
    std::map<qint64, Id> m_anchors; // position -> id
    quint64 m_clock = 0;
    Text m_error;
    Stats m_stats;
};

} // namespace herald
