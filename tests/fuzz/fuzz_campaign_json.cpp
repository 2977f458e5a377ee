// `campaigns create` JSON on any bytes: read into a campaign or refused with a reason,
// against a real (empty) workspace whose references it tries to resolve.
#include "fuzzsupport.h"
#include "lifecycle/campaigndocument.h"
#include "storage/database.h"
#include "storage/tenantrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace herald;

namespace {
// Never destroyed: at exit Qt's SQL globals may be gone before a static would close it.
Database *s_db = nullptr;
Id s_tenant = 0;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::application(argc, argv);
    static QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("fuzz.herald")), Database::Mode::CreateNew);
    if (!db)
        fuzz::fail("cannot create the workspace", db.error().message);
    s_db = new Database(*db);
    Tenant t;
    t.name = QStringLiteral("Fuzz");
    t.isDefault = true;
    auto id = TenantRepository(*s_db).create(t);
    if (!id)
        fuzz::fail("cannot create the tenant", id.error().message);
    s_tenant = *id;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &error);
    if (!doc.isObject())
        return 0;
    auto campaign = CampaignDocument(*s_db, s_tenant).fromJson(doc.object());
    if (!campaign)
        HERALD_FUZZ_CHECK(!campaign.error().message.isEmpty(), QString());
    return 0;
}
