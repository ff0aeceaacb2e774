#pragma once

#include "DateRange.h"
#include "Result.h"
#include "TherapistReport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QRadioButton;
class QPlainTextEdit;

namespace backstride {

class Clock;
class JournalRepository;

// Before a physio visit: choose the period and the report's sections, then preview it, print it,
// or save it as a PDF — or save the raw entries as CSV files for a therapist who uses spreadsheets.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(JournalRepository& repository, const Clock& clock, QWidget* parent = nullptr);

    DateRange period() const;
    void setPeriod(const DateRange& period);
    TherapistReport::Sections sections() const;
    bool csvChosen() const;

    // Writes the chosen format to `path` (a PDF file, or a folder for CSV); what the Save button does
    // after asking where.
    Status exportTo(const QString& path);
    // Paints the report on a printer (print or preview); returns the number of pages.
    int printOn(QPrinter* printer);
    void preview();

private:
    // The questions box is the journal's setting: kept before the report is made, cleared after it
    // when the runner asked for that.
    Status keepQuestions();
    Status afterReport();

    void save();
    void print();
    void updateSummary();

    JournalRepository& m_repository;
    const Clock& m_clock;
    QComboBox* m_range = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QList<QCheckBox*> m_sections;
    QRadioButton* m_pdf = nullptr;
    QRadioButton* m_csv = nullptr;
    QPlainTextEdit* m_questions = nullptr;
    QCheckBox* m_clearQuestions = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace backstride
