#pragma once

#include "EntryDialog.h"
#include "PainEntry.h"
#include "Vocabulary.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace backstride {

class BodyMapWidget;
class JournalCommands;

// Logs or edits a pain entry: how strong, where (on the body map), what it feels like, when it
// comes and what makes it worse, the run it came with, and the warning-sign questions. Choosing a
// site beyond the low back says at once that the pain radiates; answering yes to a warning sign
// shows at once that care is needed today.
class PainDialog : public EntryDialog
{
    Q_OBJECT

public:
    PainDialog(JournalCommands& commands, const PainEntry& pain, QWidget* parent = nullptr);

    PainEntry currentPain() const;
    EntryId savedId() const { return m_savedId; }
    BodyMapWidget* bodyMap() const { return m_sites; }

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    void updateNotices();
    void loadRunsOfTheDay();
    QWidget* checkGroup(VocabularyKind kind, const QStringList& checked, int columns,
        QMap<QString, QCheckBox*>& boxes, const QString& objectName);
    static QStringList checkedWords(const QMap<QString, QCheckBox*>& boxes);

    JournalCommands& m_commands;
    PainEntry m_original;
    EntryId m_savedId = 0;

    QDateEdit* m_date = nullptr;
    QLineEdit* m_time = nullptr;
    QSpinBox* m_intensity = nullptr;
    QSlider* m_intensitySlider = nullptr;
    BodyMapWidget* m_sites = nullptr;
    QLabel* m_radiation = nullptr;
    QMap<QString, QCheckBox*> m_character;
    QMap<QString, QCheckBox*> m_timing;
    QMap<QString, QCheckBox*> m_aggravators;
    QMap<QString, QCheckBox*> m_redFlags;
    QLabel* m_urgent = nullptr;
    QComboBox* m_run = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace backstride
