#include "FormFields.h"

#include "InputParsing.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>

namespace backstride {

namespace {

// A date field that Tab leaves, like every other field. (QDateEdit's own Tab walks through day,
// month and year first; here the arrow keys and typing do that.)
class DateField : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

QString FormFields::dateFormat()
{
    // The locale's short date with all four digits of the year (de: 26.11.2026, en_US: 11/26/2026).
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1String("yyyy")))
        return format;
    return format.contains(QLatin1String("yy")) ? format.replace(QLatin1String("yy"), QLatin1String("yyyy"))
                                                : QStringLiteral("yyyy-MM-dd");
}

QDateEdit* FormFields::dateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new DateField(date, parent);
    edit->setObjectName(QStringLiteral("dateEdit"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFormat());
    edit->setMaximumDate(QDate(2200, 12, 31));
    edit->setMinimumDate(QDate(1900, 1, 1));
    return edit;
}

QLineEdit* FormFields::lineEdit(const QString& objectName, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(false);
    return edit;
}

QComboBox* FormFields::vocabularyCombo(VocabularyKind kind, bool allowNone, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    if (allowNone)
        combo->addItem(QStringLiteral("—"), QString());
    for (const QString& word : Vocabulary::words(kind))
        combo->addItem(Vocabulary::label(kind, word), word);
    return combo;
}

void FormFields::selectWord(QComboBox* combo, const QString& word)
{
    const int index = combo->findData(word);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString FormFields::selectedWord(const QComboBox* combo)
{
    return combo->currentData().toString();
}

QLineEdit* FormFields::numberEdit(const QString& objectName, const QString& placeholder, QWidget* parent)
{
    QLineEdit* edit = lineEdit(objectName, placeholder, parent);
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit] {
        if (const std::optional<double> value = InputParsing::number(edit->text())) {
            const QString shown = numberText(*value, 2);
            if (shown != edit->text())
                edit->setText(shown);
        }
    });
    return edit;
}

QString FormFields::numberText(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = locale.toString(value, 'f', decimals);
    // 8.50 reads better as 8.5, and 9.0 hours as 9.
    if (text.contains(locale.decimalPoint())) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

} // namespace backstride
