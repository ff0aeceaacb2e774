#pragma once

#include "CheckIn.h"
#include "EntryDialog.h"

#include <array>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace backstride {

class JournalCommands;

// The weekly check-in, 30 seconds by keyboard: the activities the back makes hard (last week's
// carried over with their last rating, up to five; one can be retired and another added), each
// rated 0-10 by typing a digit, and "compared with when you started, your back is ..." from -5 to
// +5. The method of the Patient-Specific Functional Scale and the global rating of change
// (CheckIn.h for the sources), in Backstride's own words.
class CheckInDialog : public EntryDialog
{
    Q_OBJECT

public:
    CheckInDialog(JournalCommands& commands, const CheckIn& checkIn, QWidget* parent = nullptr);
    CheckIn currentCheckIn() const;

protected:
    FieldProblems problems() const override;
    Status save() override;

private:
    struct Row
    {
        QLineEdit* name = nullptr;
        QSpinBox* score = nullptr;
    };
    QList<int> filledRows() const; // the rows with a name, in order
    // Whether no check-in comes before this one: then "compared with when you started" is not asked.
    static bool isFirst(JournalCommands& commands, const CheckIn& checkIn);

    JournalCommands& m_commands;
    CheckIn m_original;
    QDateEdit* m_date = nullptr;
    std::array<Row, CheckIn::maxActivities> m_rows;
    QComboBox* m_global = nullptr;
    QLineEdit* m_notes = nullptr;
    bool m_first = false;
};

} // namespace backstride
