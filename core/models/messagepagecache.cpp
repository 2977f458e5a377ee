#include "messagepagecache.h"

#include <iterator>

namespace herald {

MessagePageCache::MessagePageCache(Database db, Id tenantId, int pageSize, int maxPages)
    : m_repo(std::move(db), tenantId), m_pageSize(qMax(1, pageSize)), m_maxPages(qMax(1, maxPages))
{}

void MessagePageCache::select(Id runId, const MessageFilter &filter)
{
    m_runId = runId;
    m_filter = filter;
    m_span = {};
    m_pages.clear();
    m_anchors.clear();
    m_error = {};
}

Result<MessageSpan> MessagePageCache::readSpan()
{
    if (m_runId == 0)
        return MessageSpan{};
    return m_repo.countForRun(m_runId, m_filter);
}

MessagePageCache::SpanChange MessagePageCache::compare(const MessageSpan &span) const
{
    if (m_filter.status)
        return SpanChange::Other;
    if (span == m_span)
        return SpanChange::Same;
    if (m_span.count == 0 ||
        (span.count > m_span.count && span.firstId == m_span.firstId && span.lastId > m_span.lastId))
        return SpanChange::Appended;
    return SpanChange::Other;
}

void MessagePageCache::setSpan(const MessageSpan &span)
{
    if (compare(span) == SpanChange::Other)
        m_anchors.clear();
    m_pages.clear();
    m_span = span;
    if (span.count > 0) {
        m_anchors[0] = span.firstId;
        m_anchors[span.count - 1] = span.lastId;
    }
    m_error = {};
}

const MessageRow *MessagePageCache::row(qint64 position)
{
    if (position < 0 || position >= m_span.count)
        return nullptr;
    const qint64 index = position / m_pageSize;
    auto it = m_pages.find(index);
    Page &page = it != m_pages.end() ? it.value() : load(index);
    page.lastUse = ++m_clock;
    const qint64 i = position - index * m_pageSize - page.missingFront;
    return i >= 0 && i < page.rows.size() ? &page.rows.at(i) : nullptr;
}

MessagePageCache::Plan MessagePageCache::plan(qint64 first, qint64 end) const
{
    const auto next = m_anchors.upper_bound(first);
    const auto below = next == m_anchors.begin() ? m_anchors.end() : std::prev(next);
    const auto above = m_anchors.lower_bound(end - 1);
    const bool hasBelow = below != m_anchors.end();
    const bool hasAbove = above != m_anchors.end();
    // As many ids as positions between the two: every id between them is selected.
    if (hasBelow && hasAbove && above->second - below->second == above->first - below->first)
        return {below->second + (first - below->first) - 1, PageDirection::Forward, 0};

    Plan forward{0, PageDirection::Forward, first};
    if (hasBelow) {
        forward = below->first == first ? Plan{below->second - 1, PageDirection::Forward, 0}
                                        : Plan{below->second, PageDirection::Forward, first - below->first - 1};
    }
    Plan backward{MessageRepository::kLastId, PageDirection::Backward, m_span.count - end};
    if (hasAbove) {
        backward = above->first == end - 1 ? Plan{above->second + 1, PageDirection::Backward, 0}
                                           : Plan{above->second, PageDirection::Backward, above->first - end};
    }
    return backward.skip < forward.skip ? backward : forward;
}

MessagePageCache::Page &MessagePageCache::load(qint64 index)
{
    while (m_pages.size() >= m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    const qint64 first = index * m_pageSize;
    const qint64 end = qMin(first + m_pageSize, m_span.count);
    const Plan p = plan(first, end);
    auto rows = m_repo.pageForRun(m_runId, p.anchorId, p.direction, int(end - first), p.skip, m_filter);
    ++m_stats.pageReads;
    m_stats.skippedRows += p.skip;
    Page &page = m_pages[index];
    if (!rows) {
        m_error = rows.error().text();
        return page;
    }
    page.rows = std::move(rows).value();
    if (page.rows.size() == end - first) {
        m_anchors[first] = page.rows.constFirst().message.id;
        m_anchors[end - 1] = page.rows.constLast().message.id;
    } else if (p.direction == PageDirection::Backward) {
        // The selection changed since it was counted: show what was read where it was
        // read, and learn no positions from it.
        page.missingFront = end - first - page.rows.size();
    }
    return page;
}

} // namespace herald
