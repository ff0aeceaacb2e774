#include "ChartsModuleTable.h"

#include "ExportDialog.h"
#include "ReportWriter.h"
#include "TrendsPage.h"

namespace backstride {

const ChartsModuleApi* chartsModuleTable()
{
    static const ChartsModuleApi table {
        [](JournalRepository& repository, const Clock& clock, QWidget* parent) -> TrendsView* {
            return new TrendsPage(repository, clock, parent);
        },
        [](JournalRepository& repository, const Clock& clock, QWidget* parent) -> QDialog* {
            return new ExportDialog(repository, clock, parent);
        },
        &ReportWriter::exportPdf,
    };
    return &table;
}

} // namespace backstride
