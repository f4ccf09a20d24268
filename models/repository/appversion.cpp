#include "appversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

constexpr int NewestMajor = 9;

int leadingNumber(const QString &version)
{
    static const QRegularExpression re(u"^\\s*(\\d+)"_s);
    const auto m = re.match(version);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// Version of the Altinn.App.Api package reference in a project file, or empty.
QString apiPackageVersion(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader r(&f);
    bool inReference = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"PackageReference") {
            const QString include = r.attributes().value(u"Include"_s).toString();
            inReference = include == u"Altinn.App.Api" || include == u"Altinn.App.Api.Experimental";
            if (inReference && r.attributes().hasAttribute(u"Version"_s))
                return r.attributes().value(u"Version"_s).toString();
        } else if (inReference && r.isStartElement() && r.name() == u"Version") {
            return r.readElementText().trimmed();
        } else if (r.isEndElement() && r.name() == u"PackageReference") {
            inReference = false;
        }
    }
    return {};
}

QString frontendVersionFromIndex(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression script(u"altinn-app-frontend/([0-9][^/\"']*)/"_s);
    static const QRegularExpression meta(u"<meta[^>]*altinn[^>]*version[^>]*content=\"([0-9][^\"]*)\""_s,
                                         QRegularExpression::CaseInsensitiveOption);
    auto m = script.match(text);
    if (m.hasMatch())
        return m.captured(1);
    m = meta.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString AppVersion::displayName() const
{
    return QCoreApplication::translate("AppVersion", "v%1 (frontend %2)").arg(backendMajor).arg(frontendMajor);
}

AppVersion AppVersion::detect(const QString &repositoryRoot)
{
    AppVersion v;
    const QDir app(repositoryRoot + u"/App"_s);
    QStringList projects = app.entryList({u"*.csproj"_s}, QDir::Files, QDir::Name);
    if (projects.removeAll(u"App.csproj"_s) > 0)
        projects.prepend(u"App.csproj"_s);
    for (const QString &p : projects) {
        const QString version = apiPackageVersion(app.filePath(p));
        if (!version.isEmpty()) {
            v.backendVersion = version;
            v.source = u"App/"_s + p;
            break;
        }
    }
    v.backendMajor = leadingNumber(v.backendVersion);
    if (v.backendMajor == 0) {
        v.backendMajor = NewestMajor;
        v.assumedNewest = true;
        v.source = projects.isEmpty() ? QString() : u"App/"_s + projects.first();
    }
    if (v.backendMajor >= NewestMajor) {
        v.frontendMajor = v.backendMajor;
        return v;
    }
    v.frontendVersion = frontendVersionFromIndex(app.filePath(u"views/Home/Index.cshtml"_s));
    v.frontendMajor = leadingNumber(v.frontendVersion);
    if (v.frontendMajor == 0)
        v.frontendMajor = v.backendMajor >= 8 ? 4 : 3;
    return v;
}

} // namespace Models
