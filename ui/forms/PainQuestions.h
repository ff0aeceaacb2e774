#pragma once

#include "PainEntry.h"
#include "Validation.h"
#include "Vocabulary.h"

#include <QMap>
#include <QObject>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QSpinBox;
class QWidget;

namespace backstride {

class BodyMapWidget;

// The questions every pain entry asks, built once for each form that logs pain (the pain form and
// the pain section of the run form), so that no path asks less: how strong (no number assumed:
// the level starts "not given"), where (the body map), what it feels like, when it comes, what
// makes it worse, and the warning signs — with the notices that answer at once (a warning sign:
// seek care today; pain beyond the low back: it radiates, or reaches below the knee).
// The widgets belong to the form, which lays them out; this object keeps them in step, reads the
// answers back and says what is missing.
class PainQuestions : public QObject
{
    Q_OBJECT

public:
    // `timingAskedElsewhere`: timing words the form asks in its own way (the run form's "during /
    // after the run"); they are left out of the timing boxes and kept from `pain` as they are.
    PainQuestions(QWidget* form, const PainEntry& pain, const QStringList& timingAskedElsewhere = {});

    QSpinBox* level() const { return m_level; }
    BodyMapWidget* bodyMap() const { return m_sites; }
    QWidget* characterBoxes() const { return m_characterGroup; }
    QWidget* timingBoxes() const { return m_timingGroup; }
    QWidget* aggravatorBoxes() const { return m_aggravatorGroup; }
    QGroupBox* warningSigns() const { return m_warnings; }
    QLabel* urgentNotice() const { return m_urgent; }
    QLabel* radiationNotice() const { return m_radiation; }

    // The level as answered; nothing while it is still "not given".
    std::optional<int> levelGiven() const;
    // Writes every answer into `pain` (a level not given is written as -1, which never validates).
    void read(PainEntry& pain) const;
    // The entry's problems by field, with "give a number" for a level not given instead of the
    // range message; `prefix` names the fields inside a larger form ("pain.").
    FieldProblems problems(const PainEntry& pain, const QString& prefix = {}) const;
    // The check boxes in reading order (what it feels like, when, worse with), then the warning signs.
    QList<QWidget*> detailOrder() const;
    QList<QWidget*> warningOrder() const;
    // Whether the answers are being given (the run form's pain section ticked): a warning sign in
    // a section that will not be saved shows no "seek care" notice. Asked by default.
    void setAsked(bool asked);

Q_SIGNALS:
    void changed();

private:
    QWidget* checkGroup(VocabularyKind kind, const QStringList& checked, const QStringList& leaveOut,
        QMap<QString, QCheckBox*>& boxes, const QString& objectName);
    static QStringList checkedWords(const QMap<QString, QCheckBox*>& boxes);
    void updateNotices();

    QWidget* m_form;
    bool m_asked = true;
    QStringList m_timingElsewhere;
    PainEntry m_original;
    QSpinBox* m_level = nullptr;
    BodyMapWidget* m_sites = nullptr;
    QWidget* m_characterGroup = nullptr;
    QWidget* m_timingGroup = nullptr;
    QWidget* m_aggravatorGroup = nullptr;
    QGroupBox* m_warnings = nullptr;
    QLabel* m_urgent = nullptr;
    QLabel* m_radiation = nullptr;
    QMap<QString, QCheckBox*> m_character;
    QMap<QString, QCheckBox*> m_timing;
    QMap<QString, QCheckBox*> m_aggravators;
    QMap<QString, QCheckBox*> m_redFlags;
};

} // namespace backstride
