#include "propertycontext.h"

#include "core/jsondocument.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

constexpr int InlineWidth = 72;  // longer values are spread over lines
const char *const LoadedTextProperty = "altinnLoadedText";

void writeJson(const Models::Json::Value &value, int indent, QString &out);

QString compactJson(const Models::Json::Value &value)
{
    using Models::Json::Type;
    switch (value.type()) {
    case Type::Array: {
        QStringList parts;
        for (const Models::Json::Value &e : value.elements())
            parts.append(compactJson(e));
        return u'[' + parts.join(u", "_s) + u']';
    }
    case Type::Object: {
        QStringList parts;
        for (const auto &[key, v] : value.members())
            parts.append(QString::fromUtf8(Models::Json::quoteString(key)) + u": "_s + compactJson(v));
        return parts.isEmpty() ? u"{}"_s : u"{ "_s + parts.join(u", "_s) + u" }"_s;
    }
    default:
        return QString::fromUtf8(value.toCompactJson());
    }
}

void writeJson(const Models::Json::Value &value, int indent, QString &out)
{
    const QString compact = compactJson(value);
    if ((!value.isArray() && !value.isObject()) || compact.size() + indent <= InlineWidth || value.size() == 0) {
        out += compact;
        return;
    }
    const QString inner(indent + 2, u' ');
    const bool array = value.isArray();
    out += array ? u"[\n"_s : u"{\n"_s;
    for (int i = 0; i < value.size(); ++i) {
        out += inner;
        if (array) {
            writeJson(value.at(i), indent + 2, out);
        } else {
            const auto &[key, v] = value.members().at(i);
            out += QString::fromUtf8(Models::Json::quoteString(key)) + u": "_s;
            writeJson(v, indent + 2, out);
        }
        out += i + 1 < value.size() ? u",\n"_s : u"\n"_s;
    }
    out += QString(indent, u' ') + (array ? u']' : u'}');
}

} // namespace

const Models::Json::Value *valueAt(const Models::Json::Value &root, QStringView pointer)
{
    const Models::Json::Value *current = &root;
    for (const QString &token : Models::Json::splitPointer(pointer)) {
        if (current->isObject()) {
            current = current->find(token);
        } else if (current->isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= current->size())
                return nullptr;
            current = &current->elements().at(index);
        } else {
            return nullptr;
        }
        if (!current)
            return nullptr;
    }
    return current;
}

QString formatJson(const Models::Json::Value &value)
{
    QString out;
    writeJson(value, 0, out);
    return out;
}

std::optional<Models::Json::Value> parseJson(const QString &text, QString *error)
{
    Models::Result<Models::Json::Document> doc = Models::Json::Document::parse(text.toUtf8());
    if (!doc) {
        if (error) {
            const Models::Location &at = doc.error().location;
            *error = at.line > 0 ? QCoreApplication::translate("Designer::PropertyPanel", "Line %1, column %2: %3")
                                       .arg(at.line).arg(at.column).arg(doc.error().message)
                                 : doc.error().message;
        }
        return std::nullopt;
    }
    return doc->root().toValue();
}

QString languageName(const QString &code)
{
    if (code == u"nb")
        return QCoreApplication::translate("Designer::PropertyPanel", "Bokmål");
    if (code == u"nn")
        return QCoreApplication::translate("Designer::PropertyPanel", "Nynorsk");
    if (code == u"en")
        return QCoreApplication::translate("Designer::PropertyPanel", "English");
    const QLocale locale(code);
    if (locale.language() != QLocale::C && !locale.nativeLanguageName().isEmpty())
        return locale.nativeLanguageName();
    return code;
}

QString expressionSummary(const Models::Json::Value &expression)
{
    if (expression.isArray() && expression.at(0).isString()) {
        QStringList args;
        for (int i = 1; i < expression.size(); ++i)
            args.append(expressionSummary(expression.at(i)));
        return expression.at(0).toString() + u'(' + args.join(u", "_s) + u')';
    }
    return compactJson(expression);
}

void RevertOnEscape::install(QLineEdit *edit)
{
    static RevertOnEscape *filter = new RevertOnEscape(QCoreApplication::instance());
    edit->installEventFilter(filter);
}

void RevertOnEscape::setLoadedText(QLineEdit *edit, const QString &text)
{
    edit->setProperty(LoadedTextProperty, text);
}

bool RevertOnEscape::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (auto *edit = qobject_cast<QLineEdit *>(watched)) {
            const QVariant loaded = edit->property(LoadedTextProperty);
            if (loaded.isValid() && edit->text() != loaded.toString()) {
                edit->setText(loaded.toString());
                edit->setModified(false);
                Q_EMIT edit->textEdited(edit->text());  // lets live checks clear their messages
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void loadLineEdit(QLineEdit *edit, const QString &text)
{
    RevertOnEscape::setLoadedText(edit, text);
    if (edit->text() == text) {
        edit->setModified(false);
        return;
    }
    if (edit->hasFocus() && edit->isModified())
        return;  // the user is typing: the commit will bring the document up to date
    edit->setText(text);
}

} // namespace Designer
