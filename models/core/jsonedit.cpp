// Planning and applying edits on a Json::Document. Every edit is a single TextEdit over
// the original text; new content copies the layout of its neighbours (indentation, line
// ends, one-line or multi-line containers), so a change touches only its own lines.

#include "jsondocument.h"

#include <QCoreApplication>

namespace Models::Json {

namespace {

QByteArray afterLastNewline(const QByteArray &gap)
{
    const auto nl = gap.lastIndexOf('\n');
    return nl < 0 ? QByteArray() : gap.mid(nl + 1);
}

Error editError(const QString &msg)
{
    return Error(msg);
}

} // namespace

TextEdit diffText(const QByteArray &before, const QByteArray &after)
{
    const int nb = int(before.size());
    const int na = int(after.size());
    int prefix = 0;
    const int maxPrefix = qMin(nb, na);
    while (prefix < maxPrefix && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < nb - prefix && suffix < na - prefix
           && before.at(nb - 1 - suffix) == after.at(na - 1 - suffix))
        ++suffix;
    return {prefix, before.mid(prefix, nb - prefix - suffix), after.mid(prefix, na - prefix - suffix)};
}

Result<TextEdit> Document::planReplace(const Node &node, const Value &value) const
{
    if (!node.isValid() || node.m_doc != this)
        return editError(QCoreApplication::translate("Json", "The value to replace does not exist"));
    const QByteArray indent = lineIndentAt(entryStart(node.m_index));
    return stamped(TextEdit{node.offset(), node.rawText(), format(value, indent)});
}

// Inserts an entry (a member when key != nullptr) into a container at index.
Result<TextEdit> Document::planInsertEntry(const Node &container, int index, const QString *key,
                                           const Value &value) const
{
    const int n = container.size();
    if (index < 0 || index > n)
        index = n;
    auto entryText = [&](const QByteArray &indent) {
        QByteArray out;
        if (key) {
            out += quoteString(*key);
            out += m_style.colon;
        }
        formatInto(value, indent, out);
        return out;
    };

    if (n == 0) {
        const int innerStart = container.offset() + 1;
        const int innerEnd = container.end() - 1;
        const QByteArray inner = m_text.mid(innerStart, innerEnd - innerStart);
        const QByteArray containerIndent = lineIndentAt(entryStart(container.m_index));
        const QByteArray ind = containerIndent + m_style.indentUnit;
        const bool onlyWhitespace = inner.trimmed().isEmpty();
        const bool inlineArray = container.isArray() && !inner.contains('\n')
            && writeInline(Value::array({value}), containerIndent);
        if (inlineArray && onlyWhitespace)
            return TextEdit{innerStart, inner, entryText(ind)};
        const QByteArray text = m_style.newline + ind + entryText(ind) + m_style.newline + containerIndent;
        if (onlyWhitespace)
            return TextEdit{innerStart, inner, text};
        // Only comments inside: keep them and add the entry before the closing bracket.
        return TextEdit{innerEnd, QByteArray(), text};
    }

    if (index < n) {
        const int at = entryStart(container.at(index).m_index);
        QByteArray gap = gapAt(at);
        const QByteArray ind = gap.contains('\n') ? afterLastNewline(gap) : childIndent(container);
        // Before the first entry of a one-line container the gap is the one after the
        // bracket; the new separator must look like the ones between entries.
        if (index == 0 && !gap.contains('\n'))
            gap = n >= 2 ? gapAt(entryStart(container.at(1).m_index)) : m_style.inlineGap;
        return TextEdit{at, QByteArray(), entryText(ind) + ',' + gap};
    }

    const Node last = container.at(n - 1);
    QByteArray gap = gapAt(entryStart(last.m_index));
    if (n == 1 && !gap.contains('\n'))
        gap = m_style.inlineGap;
    const QByteArray ind = gap.contains('\n') ? afterLastNewline(gap) : childIndent(container);
    const int comma = separatorAfter(last.m_index);
    if (comma >= 0)
        return TextEdit{comma + 1, QByteArray(), gap + entryText(ind) + ','};
    return TextEdit{last.end(), QByteArray(), ',' + gap + entryText(ind)};
}

Result<TextEdit> Document::planInsertMember(const Node &object, const QString &key, const Value &value, int index) const
{
    if (!object.isObject() || object.m_doc != this)
        return editError(QCoreApplication::translate("Json", "Cannot add \"%1\": the target is not an object").arg(key));
    return stamped(planInsertEntry(object, index, &key, value));
}

Result<TextEdit> Document::planInsertElement(const Node &array, int index, const Value &value) const
{
    if (!array.isArray() || array.m_doc != this)
        return editError(QCoreApplication::translate("Json", "Cannot add an element: the target is not an array"));
    return stamped(planInsertEntry(array, index, nullptr, value));
}

Result<TextEdit> Document::planRemove(const Node &node) const
{
    return stamped(planRemoveUnstamped(node));
}

Result<TextEdit> Document::planRemoveUnstamped(const Node &node) const
{
    if (!node.isValid() || node.m_doc != this)
        return editError(QCoreApplication::translate("Json", "The value to remove does not exist"));
    const Node parent = node.parent();
    if (!parent.isValid())
        return editError(QCoreApplication::translate("Json", "The whole document cannot be removed"));
    const int n = parent.size();
    const int i = node.indexInParent();
    const char *t = m_text.constData();
    const int textSize = int(m_text.size());

    if (n == 1) {
        const int innerStart = parent.offset() + 1;
        const int innerEnd = parent.end() - 1;
        return TextEdit{innerStart, m_text.mid(innerStart, innerEnd - innerStart), QByteArray()};
    }

    const int start = entryStart(node.m_index);
    const int line = lineAt(start);
    const int lineStart = m_lineStarts.at(line - 1);
    const bool ownLine = lineIndentAt(start).size() == start - lineStart;
    const int comma = separatorAfter(node.m_index);

    if (comma >= 0) {
        // Entry followed by a comma (not last, or last with a trailing comma).
        int p = comma + 1;
        while (p < textSize && (t[p] == ' ' || t[p] == '\t'))
            ++p;
        const bool restOfLineEmpty = p >= textSize || t[p] == '\n' || t[p] == '\r';
        if (ownLine && restOfLineEmpty) {
            int e = p;
            if (e < textSize && t[e] == '\r')
                ++e;
            if (e < textSize && t[e] == '\n')
                ++e;
            return TextEdit{lineStart, m_text.mid(lineStart, e - lineStart), QByteArray()};
        }
        if (i < n - 1) {
            const int next = entryStart(parent.at(i + 1).m_index);
            // Remove up to the next entry, but keep a comment standing between them.
            int e = comma + 1;
            while (e < next && (t[e] == ' ' || t[e] == '\t' || t[e] == '\n' || t[e] == '\r'))
                ++e;
            return TextEdit{start, m_text.mid(start, e - start), QByteArray()};
        }
        return TextEdit{start, m_text.mid(start, comma + 1 - start), QByteArray()};
    }

    // Last entry without a trailing comma: remove the previous entry's comma and this entry.
    const Node prev = parent.at(i - 1);
    const int prevComma = separatorAfter(prev.m_index);
    if (prevComma < 0)
        return editError(QCoreApplication::translate("Json", "Cannot find the separator before the value"));
    if (ownLine && lineStart > prevComma + 1) {
        // Keep whatever follows the comma on its line (a comment), drop the comma and the entry's line(s).
        int cut = lineStart - 1;  // the '\n' ending the previous line
        if (cut > 0 && t[cut - 1] == '\r')
            --cut;
        const QByteArray kept = m_text.mid(prevComma + 1, cut - (prevComma + 1));
        return TextEdit{prevComma, m_text.mid(prevComma, node.end() - prevComma), kept};
    }
    return TextEdit{prevComma, m_text.mid(prevComma, node.end() - prevComma), QByteArray()};
}

Result<TextEdit> Document::planRenameKey(const Node &member, const QString &newKey) const
{
    if (!member.isMember() || member.m_doc != this)
        return editError(QCoreApplication::translate("Json", "Only object members can be renamed"));
    const NodeData &nd = m_nodes.at(member.m_index);
    return stamped(TextEdit{nd.keyOffset, m_text.mid(nd.keyOffset, nd.keyLength), quoteString(newKey)});
}

// Applies the minimal set of changes making the value at pointer equal to value.
static Status updateInPlace(Document &doc, const QString &pointer, const Value &value)
{
    Node node = doc.find(pointer);
    if (!node.isValid())
        return Error(QCoreApplication::translate("Json", "No value at %1").arg(pointer));
    if (node.isObject() && value.isObject()) {
        // Remove members that are gone (from the end so indexes stay valid).
        for (int i = node.size() - 1; i >= 0; --i) {
            const Node child = node.at(i);
            const Value *wanted = value.find(child.key());
            // Duplicate keys: keep only the last occurrence, which is the one that counts.
            const bool shadowed = node.member(child.key()) != child;
            if (!wanted || shadowed) {
                auto e = doc.planRemove(child);
                if (!e)
                    return e.error();
                if (auto st = doc.apply(*e); !st)
                    return st;
                node = doc.find(pointer);
            }
        }
        QString previousKey;
        bool havePrevious = false;
        for (const auto &m : value.members()) {
            node = doc.find(pointer);
            const Node existing = node.member(m.first);
            if (existing.isValid()) {
                if (auto st = updateInPlace(doc, appendPointer(pointer, m.first), m.second); !st)
                    return st;
            } else {
                int index = 0;
                if (havePrevious) {
                    const Node prev = node.member(previousKey);
                    index = prev.isValid() ? prev.indexInParent() + 1 : node.size();
                }
                auto e = doc.planInsertMember(node, m.first, m.second, index);
                if (!e)
                    return e.error();
                if (auto st = doc.apply(*e); !st)
                    return st;
            }
            previousKey = m.first;
            havePrevious = true;
        }
        return {};
    }
    if (node.isArray() && value.isArray()) {
        const int oldCount = node.size();
        const int newCount = value.size();
        if (oldCount == newCount) {
            for (int i = 0; i < newCount; ++i) {
                if (auto st = updateInPlace(doc, appendPointer(pointer, i), value.at(i)); !st)
                    return st;
            }
            return {};
        }
        // Keep the common head and tail; replace what lies between.
        int head = 0;
        while (head < oldCount && head < newCount && node.at(head).toValue() == value.at(head))
            ++head;
        int tail = 0;
        while (tail < oldCount - head && tail < newCount - head
               && node.at(oldCount - 1 - tail).toValue() == value.at(newCount - 1 - tail))
            ++tail;
        for (int i = oldCount - tail - 1; i >= head; --i) {
            node = doc.find(pointer);
            auto e = doc.planRemove(node.at(i));
            if (!e)
                return e.error();
            if (auto st = doc.apply(*e); !st)
                return st;
        }
        for (int i = head; i < newCount - tail; ++i) {
            node = doc.find(pointer);
            auto e = doc.planInsertElement(node, i, value.at(i));
            if (!e)
                return e.error();
            if (auto st = doc.apply(*e); !st)
                return st;
        }
        return {};
    }
    if (node.toValue() == value && !(node.isNumber() && value.isNumber() && node.rawText() != value.numberLiteral()
                                     && value.numberLiteral() != formatNumber(value.toDouble())))
        return {};  // same value: keep its text (e.g. the literal 1.0)
    auto e = doc.planReplace(node, value);
    if (!e)
        return e.error();
    return doc.apply(*e);
}

Result<TextEdit> Document::planUpdate(const Node &node, const Value &value) const
{
    // Scalars and type changes need no structural diff: replace the value's text directly.
    const bool structural = (node.isObject() && value.isObject()) || (node.isArray() && value.isArray());
    if (!structural) {
        const bool sameLiteral = !node.isNumber() || !value.isNumber() || node.rawText() == value.numberLiteral()
            || value.numberLiteral() == formatNumber(value.toDouble());
        if (node.toValue() == value && sameLiteral)
            return stamped(TextEdit{node.offset(), {}, {}});
        return planReplace(node, value);
    }
    Document scratch = *this;
    if (auto st = updateInPlace(scratch, node.pointer(), value); !st)
        return st.error();
    return stamped(diffText(m_text, scratch.m_text));
}

Result<TextEdit> Document::planSet(QStringView pointer, const Value &value) const
{
    const Node node = find(pointer);
    if (node.isValid())
        return planUpdate(node, value);
    QStringList tokens = splitPointer(pointer);
    if (tokens.isEmpty())
        return editError(QCoreApplication::translate("Json", "The document has no value to set"));
    const QString last = tokens.takeLast();
    const Node parent = find(joinPointer(tokens));
    if (parent.isObject())
        return planInsertMember(parent, last, value);
    if (parent.isArray()) {
        bool ok = false;
        const int index = last == u"-" ? parent.size() : last.toInt(&ok);
        if (last != u"-" && (!ok || index != parent.size()))
            return editError(QCoreApplication::translate("Json", "Index %1 is outside the array at %2")
                                 .arg(last, joinPointer(tokens)));
        return planInsertElement(parent, index, value);
    }
    return editError(QCoreApplication::translate("Json", "Cannot set %1: its parent does not exist").arg(pointer));
}

Result<TextEdit> Document::planRemoveAt(QStringView pointer) const
{
    const Node node = find(pointer);
    if (!node.isValid())
        return editError(QCoreApplication::translate("Json", "Nothing to remove at %1").arg(pointer));
    return planRemove(node);
}

TextEdit Document::stamped(TextEdit edit) const
{
    edit.beforeHash = textHash(m_text);
    QByteArray after = m_text;
    after.replace(edit.offset, edit.oldText.size(), edit.newText);
    edit.afterHash = textHash(after);
    return edit;
}

Result<TextEdit> Document::stamped(Result<TextEdit> edit) const
{
    if (!edit)
        return edit;
    return stamped(*edit);
}

quint64 textHash(const QByteArray &text)
{
    const quint64 h = qHashBits(text.constData(), size_t(text.size()), size_t(0x9e3779b97f4a7c15ULL));
    return h == 0 ? 1 : h;  // 0 means "not recorded"
}

Status Document::apply(const TextEdit &edit)
{
    if ((edit.beforeHash != 0 && textHash(m_text) != edit.beforeHash) || edit.offset < 0
        || edit.offset + edit.oldText.size() > m_text.size()
        || m_text.mid(edit.offset, edit.oldText.size()) != edit.oldText)
        return Error(QCoreApplication::translate("Json", "The file has changed since the edit was planned"));
    if (edit.isNoop())
        return {};
    const QByteArray before = m_text;
    m_text.replace(edit.offset, edit.oldText.size(), edit.newText);
    if (Status st = reindex(); !st) {
        m_text = before;
        static_cast<void>(reindex());  // the previous text parsed before
        return Error(QCoreApplication::translate("Json", "The edit would make the file invalid: %1").arg(st.error().message),
                     st.error().location);
    }
    return {};
}

} // namespace Models::Json
