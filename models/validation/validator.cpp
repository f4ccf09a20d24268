#include "validator.h"

#include "validationcontext.h"

namespace Models {

Diagnostics validateApp(const AppRepository &repo)
{
    ValidationContext ctx(repo);
    checkStructure(ctx);
    checkLayouts(ctx);
    checkTexts(ctx);
    Diagnostics out = repo.loadDiagnostics() + ctx.takeResults();
    // Errors first; then by file and line, so findings of one file stay together.
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.file != b.file)
            return a.file < b.file;
        return a.line < b.line;
    });
    return out;
}

} // namespace Models
