#pragma once

#include "Vocabulary.h"

#include <QDate>
#include <QString>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QWidget;

namespace backstride {

// Small builders the entry forms share, so every form reads and behaves the same.
namespace FormFields {

// The date format of every date field: the locale's short date, with a four-digit year.
QString dateFormat();
QDateEdit* dateEdit(const QDate& date, QWidget* parent);
QLineEdit* lineEdit(const QString& objectName, const QString& placeholder, QWidget* parent);
// A line edit for a decimal number: it reads the locale's separator and a point alike, and shows
// what was typed the locale's way once the runner leaves the field (10.2 becomes 10,2 in German).
QLineEdit* numberEdit(const QString& objectName, const QString& placeholder, QWidget* parent);
// A combo of a vocabulary's words (translated labels, stored words as data), optionally with "—".
QComboBox* vocabularyCombo(VocabularyKind kind, bool allowNone, QWidget* parent);
void selectWord(QComboBox* combo, const QString& word);
QString selectedWord(const QComboBox* combo);
// The runner's locale's way of writing a number (8,5 in German).
QString numberText(double value, int decimals);

} // namespace FormFields
} // namespace backstride
