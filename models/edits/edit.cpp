#include "edit.h"

namespace Models {

MacroEdit::MacroEdit(QString description) : m_description(std::move(description)) {}

void MacroEdit::add(std::unique_ptr<Edit> edit)
{
    m_edits.push_back(std::move(edit));
}

QStringList MacroEdit::files() const
{
    QStringList out;
    for (const auto &e : m_edits) {
        for (const QString &f : e->files()) {
            if (!out.contains(f))
                out.append(f);
        }
    }
    return out;
}

Status MacroEdit::validate(const AppRepository &repo) const
{
    // Later parts may depend on earlier ones, so only the first can be checked without
    // applying; apply() undoes everything when a later part fails.
    return m_edits.empty() ? Status() : m_edits.front()->validate(repo);
}

Status MacroEdit::apply(AppRepository &repo)
{
    for (size_t i = 0; i < m_edits.size(); ++i) {
        if (Status st = m_edits[i]->apply(repo); !st) {
            for (size_t j = i; j-- > 0;)
                static_cast<void>(m_edits[j]->revert(repo));
            return st;
        }
    }
    return {};
}

Status MacroEdit::revert(AppRepository &repo)
{
    for (size_t i = m_edits.size(); i-- > 0;) {
        if (Status st = m_edits[i]->revert(repo); !st)
            return st;
    }
    return {};
}

} // namespace Models
