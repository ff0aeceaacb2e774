#include "ExportDialog.h"

#include "Clock.h"
#include "FileDialogs.h"
#include "FormFields.h"
#include "JournalRepository.h"
#include "JournalSettings.h"
#include "ReportWriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace backstride {

ExportDialog::ExportDialog(JournalRepository& repository, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_repository(repository), m_clock(clock)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Report for your physical therapist"));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("A summary your therapist can read in two minutes: what you logged, the patterns "
                        "Backstride flagged, and the numbers behind them."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("periodCombo"));
    for (int weeks : {4, 8, 12, 26, 52})
        m_range->addItem(tr("The last %1 weeks").arg(weeks), weeks);
    m_range->addItem(tr("Custom dates"), 0);
    m_range->setCurrentIndex(2);
    form->addRow(tr("&Period:"), m_range);
    auto* dates = new QHBoxLayout;
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(FormFields::dateFormat());
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    form->addRow(tr("Dates:"), dates);
    layout->addLayout(form);

    auto* sections = new QGroupBox(tr("Sections"), this);
    auto* sectionLayout = new QVBoxLayout(sections);
    for (const QString& label : {tr("Summary against the period before"),
             tr("Flagged patterns with their evidence"), tr("Week-by-week table"),
             tr("Charts: weekly trend and body map"), tr("Pain log"), tr("Self-care per week")}) {
        auto* box = new QCheckBox(label, sections);
        box->setChecked(true);
        sectionLayout->addWidget(box);
        m_sections.append(box);
    }
    auto* always
        = new QLabel(tr("<i>The header and the most important findings are always included.</i>"), sections);
    sectionLayout->addWidget(always);
    layout->addWidget(sections);

    // The runner's questions for the therapist: kept in the journal, printed on the first page.
    auto* questions = new QGroupBox(tr("&Questions for your therapist (printed on the first page)"), this);
    auto* questionsLayout = new QVBoxLayout(questions);
    m_questions = new QPlainTextEdit(questions);
    m_questions->setObjectName(QStringLiteral("reportQuestions"));
    m_questions->setTabChangesFocus(true);
    m_questions->setAccessibleName(tr("Questions for your therapist"));
    const Result<std::optional<QString>> asked = m_repository.setting(JournalSettings::therapistQuestions);
    m_questions->setPlainText(asked && asked->has_value() ? **asked : QString());
    m_questions->setFixedHeight(m_questions->fontMetrics().lineSpacing() * 4 + 12);
    questionsLayout->addWidget(m_questions);
    m_clearQuestions = new QCheckBox(tr("C&lear them once the report is saved or printed"), questions);
    m_clearQuestions->setObjectName(QStringLiteral("clearQuestions"));
    questionsLayout->addWidget(m_clearQuestions);
    layout->addWidget(questions);

    auto* format = new QGroupBox(tr("Format"), this);
    auto* formatLayout = new QVBoxLayout(format);
    m_pdf
        = new QRadioButton(tr("PDF report (%1 pages)").arg(ReportWriter::pageSizeForLocale().name()), format);
    m_pdf->setObjectName(QStringLiteral("pdfRadio"));
    m_pdf->setChecked(true);
    m_csv = new QRadioButton(tr("CSV files of every entry, for spreadsheets"), format);
    m_csv->setObjectName(QStringLiteral("csvRadio"));
    formatLayout->addWidget(m_pdf);
    formatLayout->addWidget(m_csv);
    layout->addWidget(format);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    connect(preview, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(print, &QPushButton::clicked, this, &ExportDialog::print);
    connect(save, &QPushButton::clicked, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csv, &QRadioButton::toggled, this, [preview, print, sections](bool csv) {
        preview->setEnabled(!csv);
        print->setEnabled(!csv);
        sections->setEnabled(!csv);
    });
    layout->addWidget(buttons);

    auto applyRange = [this] {
        const int weeks = m_range->currentData().toInt();
        m_from->setEnabled(weeks == 0);
        m_to->setEnabled(weeks == 0);
        if (weeks > 0) {
            m_to->setDate(m_clock.today());
            m_from->setDate(m_clock.today().addDays(1 - 7 * weeks));
        }
        updateSummary();
    };
    connect(m_range, &QComboBox::currentIndexChanged, this, applyRange);
    connect(m_from, &QDateEdit::dateChanged, this, &ExportDialog::updateSummary);
    connect(m_to, &QDateEdit::dateChanged, this, &ExportDialog::updateSummary);
    applyRange();
    resize(520, 520);
}

DateRange ExportDialog::period() const
{
    return DateRange {std::min(m_from->date(), m_to->date()), std::max(m_from->date(), m_to->date())};
}

void ExportDialog::setPeriod(const DateRange& period)
{
    m_range->setCurrentIndex(m_range->findData(0));
    m_from->setDate(period.from);
    m_to->setDate(period.to);
}

TherapistReport::Sections ExportDialog::sections() const
{
    TherapistReport::Sections chosen;
    chosen.summary = m_sections.at(0)->isChecked();
    chosen.flags = m_sections.at(1)->isChecked();
    chosen.weekly = m_sections.at(2)->isChecked();
    chosen.charts = m_sections.at(3)->isChecked();
    chosen.painLog = m_sections.at(4)->isChecked();
    chosen.selfCare = m_sections.at(5)->isChecked();
    return chosen;
}

bool ExportDialog::csvChosen() const
{
    return m_csv->isChecked();
}

void ExportDialog::updateSummary()
{
    const DateRange range = period();
    Result<QList<PainEntry>> pain = m_repository.painEntries(range);
    Result<QList<Run>> runs = m_repository.runs(range);
    m_status->setText(tr("%1 days: %2 runs and %3 pain entries.")
                          .arg(range.days())
                          .arg(runs ? runs->size() : 0)
                          .arg(pain ? pain->size() : 0));
}

Status ExportDialog::exportTo(const QString& path)
{
    if (csvChosen()) {
        Result<QStringList> files = TherapistReport::writeCsv(m_repository, path, period(), m_clock.today());
        return files ? Status() : Status(files.takeError());
    }
    if (Status kept = keepQuestions(); !kept)
        return kept;
    if (Status written = ReportWriter::exportPdf(m_repository, period(), m_clock.today(), path, sections()); !written)
        return written;
    return afterReport();
}

Status ExportDialog::keepQuestions()
{
    return m_repository.setSetting(JournalSettings::therapistQuestions, m_questions->toPlainText().trimmed());
}

Status ExportDialog::afterReport()
{
    if (!m_clearQuestions->isChecked())
        return {};
    m_questions->clear();
    return m_repository.setSetting(JournalSettings::therapistQuestions, QString());
}

int ExportDialog::printOn(QPrinter* printer)
{
    if (Status kept = keepQuestions(); !kept) {
        m_status->setText(tr("Cannot keep your questions: %1").arg(kept.error()));
        return 0;
    }
    printer->setResolution(72); // the report is laid out in points
    printer->setPageSize(ReportWriter::pageSizeForLocale());
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    Result<TherapistReport> report
        = TherapistReport::load(m_repository, period(), m_clock.today(), sections());
    Result<TrendData> trend = TrendData::load(m_repository, period(), m_clock.today());
    if (!report || !trend) {
        m_status->setText(tr("Cannot read the journal: %1").arg(!report ? report.error() : trend.error()));
        return 0;
    }
    return ReportWriter::paint(*report, *trend, printer);
}

void ExportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report preview"));
    connect(
        &dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) { printOn(target); });
    dialog.exec();
}

void ExportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted && printOn(&printer) > 0) {
        if (Status cleared = afterReport(); !cleared)
            m_status->setText(cleared.error());
    }
}

void ExportDialog::save()
{
    QString path;
    const QString documents = FileDialogs::startFolder(QStandardPaths::DocumentsLocation);
    if (csvChosen()) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"), documents);
    } else {
        const QString name = tr("back-pain-report-%1.pdf").arg(period().to.toString(Qt::ISODate));
        path = QFileDialog::getSaveFileName(
            this, tr("Save the report"), QDir(documents).filePath(name), tr("PDF documents (*.pdf)"));
    }
    if (path.isEmpty())
        return;
    if (Status saved = exportTo(path); !saved) {
        m_status->setText(tr("Not saved: %1").arg(saved.error()));
        return;
    }
    m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace backstride
