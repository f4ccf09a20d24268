#include "textfilterproxy.h"

#include "texts/textusages.h"
#include "texttablemodel.h"

using namespace Qt::StringLiterals;

namespace Designer {

TextFilterProxy::TextFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // Keep a row that stops matching while it is edited: it leaves at the next filter change.
    setDynamicSortFilter(false);
}

void TextFilterProxy::setTableModel(TextTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void TextFilterProxy::setFilterString(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    invalidate();
}

void TextFilterProxy::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    if (!m_text.isEmpty())
        invalidate();
}

void TextFilterProxy::setFlags(Flags flags)
{
    if (flags == m_flags)
        return;
    m_flags = flags;
    invalidate();
}

void TextFilterProxy::setFlag(Flag flag, bool on)
{
    setFlags(on ? m_flags | flag : m_flags & ~Flags(flag));
}

void TextFilterProxy::setUsages(const Models::TextUsageIndex *usages)
{
    m_usages = usages;
}

void TextFilterProxy::setPageKeys(const QSet<QString> &keys)
{
    m_pageKeys = keys;
    if (m_flags & OnlyOnPage)
        invalidate();
}

void TextFilterProxy::refilter()
{
    invalidate();
}

bool TextFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    if (m_flags & OnlyOnPage) {
        if (!m_pageKeys.contains(m_model->keyAt(sourceRow)))
            return false;
    }
    if (m_flags & OnlyUnused) {
        const QString key = m_model->keyAt(sourceRow);
        if (!m_usages || !m_usages->isUnused(key))
            return false;
    }
    if ((m_flags & OnlyMissing) && !m_model->hasGap(sourceRow))
        return false;
    if (m_text.isEmpty())
        return true;
    if (m_scope != TextsOnly && m_model->keyHaystack(sourceRow).contains(m_text))
        return true;
    return m_scope != KeysOnly && m_model->textHaystack(sourceRow).contains(m_text);
}

} // namespace Designer
